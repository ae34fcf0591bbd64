// Reading a file someone sent (a returned 意见反馈表, a document to import) happens in a worker
// thread with a time limit, so the hosts stay responsive while it is read — the HTTP host keeps
// answering the page, the window keeps repainting — and a file that would take too long is
// stopped with a Chinese message instead of freezing the app. The size, depth and count caps of
// the readers bound the work; the time limit is the last line.
//
// Where the worker cannot start (a bundled host without the source tree, e.g. the packaged
// desktop app), the same capped parsing runs in-thread.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { QicaoError, type ErrorCode } from '../errors.ts';
import { replyOf, type JobReply, type ParseJob, type ParseResult } from './parse-jobs.ts';

/** Time one file may take to read: a real 意见反馈表 or 起草说明 takes well under a second. */
export const PARSE_TIME_LIMIT_MS = 30_000;

/** core/workers/parse-worker.mjs, from this file or (in a built bundle) from the checkout above it. */
function workerFile(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    for (const candidate of [path.join(dir, 'parse-worker.mjs'), path.join(dir, 'core/workers/parse-worker.mjs')]) {
      if (fs.existsSync(candidate)) return candidate;
    }
    dir = path.dirname(dir);
  }
  return null;
}

function nameOf(job: ParseJob): string {
  return job.kind === 'source' ? (typeof job.input === 'string' ? path.basename(job.input) : job.input.name) : job.fileName;
}

function settle<T>(reply: JobReply, job: ParseJob): T {
  if (reply.ok) return reply.value as T;
  if (reply.qicao) throw new QicaoError(reply.code as ErrorCode, reply.message);
  throw new Error(`读取“${nameOf(job)}”时出错：${reply.message}`);
}

// Starting a worker means loading the parsing code into a fresh thread (through tsx from the
// source tree): hundreds of milliseconds, far more than reading a typical file. So a worker that
// finished its job in time is kept for the next one (unref'd, so it never holds the process open,
// and ended after a while idle). A worker that ran out of time or failed is never reused.
const IDLE_MS = 30_000;
const MAX_IDLE = 2;
const idle: { worker: Worker; reap: NodeJS.Timeout }[] = [];

function takeWorker(file: string): Worker {
  const kept = idle.pop();
  if (kept) {
    clearTimeout(kept.reap);
    kept.worker.ref();
    return kept.worker;
  }
  const worker = new Worker(file);
  // a kept worker that dies on its own (out of memory, killed) must not be handed out again
  worker.once('exit', () => {
    const at = idle.findIndex((k) => k.worker === worker);
    if (at >= 0) clearTimeout(idle.splice(at, 1)[0].reap);
  });
  return worker;
}

function keepWorker(worker: Worker): void {
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const reap = setTimeout(() => {
    const at = idle.findIndex((k) => k.worker === worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
  }, IDLE_MS);
  reap.unref();
  idle.push({ worker, reap });
}

export function parseOffThread<J extends ParseJob>(job: J, options: { timeoutMs?: number } = {}): Promise<ParseResult<J>> {
  const file = workerFile();
  if (!file) return Promise.resolve().then(() => settle<ParseResult<J>>(replyOf(job), job));
  const timeoutMs = options.timeoutMs ?? PARSE_TIME_LIMIT_MS;
  return new Promise((resolve, reject) => {
    const worker = takeWorker(file);
    const timer = setTimeout(() => {
      stop();
      void worker.terminate();
      reject(
        new QicaoError('bad-input', `读取“${nameOf(job)}”超过 ${Math.max(1, Math.ceil(timeoutMs / 1000))} 秒仍未完成，已停止，未导入；文件可能过大或结构异常，请在 Word 或 WPS 中另存后再试。`),
      );
    }, timeoutMs);
    const stop = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: JobReply) => {
      stop();
      keepWorker(worker);
      try {
        resolve(settle<ParseResult<J>>(reply, job));
      } catch (e) {
        reject(e);
      }
    };
    const onError = (e: Error) => {
      stop();
      void worker.terminate();
      reject(new Error(`读取“${nameOf(job)}”的后台线程出错：${e.message}`));
    };
    const onExit = (code: number) => {
      stop();
      reject(new Error(`读取“${nameOf(job)}”的后台线程意外退出（代码 ${code}）。`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}
