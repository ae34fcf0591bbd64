// Worker thread entry: plain JavaScript, so it starts under any host; the parsing code is
// TypeScript, loaded through tsx (a runtime dependency). Jobs arrive as messages, one at a time;
// the host keeps the thread for the next job (loading the code is the slow part) and ends it
// when a job's time is up.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { replyOf } = await tsImport('./parse-jobs.ts', import.meta.url);
parentPort.on('message', (job) => parentPort.postMessage(replyOf(job)));
