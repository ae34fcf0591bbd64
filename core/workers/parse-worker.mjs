// Worker thread entry for a host run from the sources (tests, a development checkout): loads
// worker-thread.ts through tsx. Built hosts start dist/worker/parse-worker.cjs instead, which
// needs no tsx (core/workers/off-thread.ts picks the file).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker-thread.ts', import.meta.url);
