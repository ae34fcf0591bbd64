// Everything that reads or interprets what someone sent — a returned 意见反馈表, a document to
// import, check or compare — runs in a worker thread (parse-jobs.ts), so the hosts stay
// responsive meanwhile (the HTTP host keeps answering the page, the window keeps repainting), and
// a file that would take too long or too much memory is stopped with a Chinese message instead of
// freezing or killing the app. The size, depth and count caps of the readers bound the work; the
// time and memory limits here are the last line.
//
// Which code the thread runs: a built host (dist/cli, dist/electron) starts the worker built with
// it (dist/worker/parse-worker.cjs: plain JavaScript, no TypeScript at run time); a host run from
// the sources (tests, a development checkout) starts the sources through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, workerData } from 'node:worker_threads';
import { QicaoError, type ErrorCode } from '../errors.ts';
import { replyOf, type JobReply, type ParseJob, type ParseResult } from './parse-jobs.ts';

/** Time one job may take: a real 意见反馈表 or 起草说明 takes well under a second. */
export const PARSE_TIME_LIMIT_MS = 30_000;
/** Heap one job may use: a 10,000-measure document needs a few hundred MB at most. */
export const PARSE_MEMORY_LIMIT_MB = 1024;
/** Threads at once: the machine's cores are shared with the window; more jobs wait their turn. */
export const MAX_WORKERS = 2;

const MARK = 'qicao-parse-worker';
/** Inside the worker itself a job runs directly (compare reads its documents there too). */
const insideWorker = (workerData as { mark?: string } | null)?.mark === MARK;

/** The built worker beside this bundle, or (run from the sources) the tsx loader; null when neither exists. */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const dev = path.join(path.dirname(here), 'parse-worker.mjs');
    return fs.existsSync(dev) ? dev : null;
  }
  // dist/cli/chunks/x.mjs, dist/cli/qicao.mjs or dist/electron/main.cjs → dist/worker/parse-worker.cjs
  let dir = path.dirname(here);
  for (let up = 0; up < 3; up++, dir = path.dirname(dir)) {
    const built = path.join(dir, 'worker', 'parse-worker.cjs');
    if (fs.existsSync(built)) return built;
  }
  return null;
}

let located: string | null | undefined;

/** The worker's file; a build without it is refused (never the same work unguarded on the main thread). */
function worker(): string {
  located ??= workerFile();
  if (located === null) {
    throw new QicaoError('io', '找不到后台读取线程的程序文件（dist/worker/parse-worker.cjs），无法安全读取文件。请在起草助手目录中运行 npm run build，或重新安装起草助手。');
  }
  return located;
}

function nameOf(job: ParseJob): string {
  switch (job.kind) {
    case 'source':
    case 'document':
    case 'check':
      return typeof job.input === 'string' ? path.basename(job.input) : job.input.name;
    case 'compare':
      return `${job.options.from.name}”与“${job.options.to.name}`;
    default:
      return job.fileName;
  }
}

/** What the job does, for messages: "读取“x.docx”", "比较“a”与“b”". */
function doing(job: ParseJob): string {
  const verb = { returned: '读取', clues: '读取', source: '读取', document: '读取', check: '审校', anchor: '对照计划定位', compare: '比较', progress: '读取' }[job.kind];
  return `${verb}“${nameOf(job)}”${job.kind === 'anchor' ? '中的意见' : ''}`;
}

/** Jobs that would have stored something end with "未导入"; a check or comparison stores nothing. */
const outcome = (job: ParseJob) => (job.kind === 'check' || job.kind === 'compare' || job.kind === 'clues' ? '' : '，未导入');

function settle<T>(reply: JobReply, job: ParseJob): T {
  if (reply.ok) return reply.value as T;
  if (reply.qicao) throw new QicaoError(reply.code as ErrorCode, reply.message);
  throw new Error(`${doing(job)}时出错：${reply.message}`);
}

// Starting a worker means loading the parsing code into a fresh thread: hundreds of milliseconds,
// more than reading a typical file. So a worker that finished its job in time is kept for the
// next one (unref'd, so it never holds the process open, and ended after a while idle). A worker
// that ran out of time or memory, or failed, is never reused.
const IDLE_MS = 30_000;
const idle: { worker: Worker; reap: NodeJS.Timeout }[] = [];
let busy = 0;
const waiting: (() => void)[] = [];

function newWorker(file: string): Worker {
  const worker = new Worker(file, {
    workerData: { mark: MARK },
    resourceLimits: { maxOldGenerationSizeMb: PARSE_MEMORY_LIMIT_MB, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
  });
  // a kept worker that dies on its own (out of memory, killed) must not be handed out again
  worker.once('exit', () => {
    const at = idle.findIndex((k) => k.worker === worker);
    if (at >= 0) clearTimeout(idle.splice(at, 1)[0].reap);
  });
  return worker;
}

function takeWorker(file: string): Worker {
  const kept = idle.pop();
  if (kept) {
    clearTimeout(kept.reap);
    kept.worker.ref();
    return kept.worker;
  }
  return newWorker(file);
}

function keepWorker(worker: Worker): void {
  if (idle.length >= MAX_WORKERS) {
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

/** A place among the MAX_WORKERS running jobs; later jobs wait in order. */
function acquire(): Promise<void> {
  if (busy < MAX_WORKERS) {
    busy++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else busy--;
}

/** Jobs running or waiting now (for tests and the benchmarks). */
export function jobsInFlight(): { running: number; waiting: number } {
  return { running: busy, waiting: waiting.length };
}

export async function parseOffThread<J extends ParseJob>(job: J, options: { timeoutMs?: number } = {}): Promise<ParseResult<J>> {
  if (insideWorker) return settle<ParseResult<J>>(replyOf(job), job);
  const file = worker();
  const timeoutMs = options.timeoutMs ?? PARSE_TIME_LIMIT_MS;
  await acquire();
  try {
    return await runInWorker(file, job, timeoutMs);
  } finally {
    release();
  }
}

function runInWorker<J extends ParseJob>(file: string, job: J, timeoutMs: number): Promise<ParseResult<J>> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker(file);
    const timer = setTimeout(() => {
      stop();
      void worker.terminate();
      reject(
        new QicaoError(
          'bad-input',
          `${doing(job)}超过 ${Math.max(1, Math.ceil(timeoutMs / 1000))} 秒仍未完成，已停止${outcome(job)}；文件可能过大或结构异常，请在 Word 或 WPS 中另存后再试。`,
        ),
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
    const onError = (e: Error & { code?: string }) => {
      stop();
      void worker.terminate();
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        reject(
          new QicaoError(
            'bad-input',
            `${doing(job)}所需内存超过上限（${PARSE_MEMORY_LIMIT_MB} MB），已停止${outcome(job)}；文件可能过大或结构异常，请在 Word 或 WPS 中另存后再试。`,
          ),
        );
        return;
      }
      reject(new Error(`${doing(job)}的后台线程出错：${e.message}`));
    };
    const onExit = (code: number) => {
      stop();
      reject(new Error(`${doing(job)}的后台线程意外退出（代码 ${code}）。`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}
