// Worker thread entry: plain JavaScript, so it starts under any host; the parsing code is
// TypeScript, loaded through tsx (a runtime dependency). One job per worker: the host ends the
// thread when the job is done or its time is up.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { replyOf } = await tsImport('./parse-jobs.ts', import.meta.url);
parentPort.postMessage(replyOf(workerData));
