// The worker thread's entry: jobs arrive as messages, one at a time, and each reply goes back.
// Built into dist/worker/parse-worker.cjs (vite.worker.config.ts) for the built hosts; loaded
// through tsx by parse-worker.mjs when a host runs from the sources.
import { parentPort } from 'node:worker_threads';
import { replyOf, type ParseJob } from './parse-jobs.ts';

parentPort?.on('message', (job: ParseJob) => parentPort!.postMessage(replyOf(job)));
