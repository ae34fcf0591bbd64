// Vitest global setup (vitest.config.ts): the run's temp folder — TMPDIR of every test and of the
// programs the tests start — is removed when the run ends, whatever a test left in it.
import fs from 'node:fs';

export default function setup(): () => void {
  return () => {
    const root = process.env.QICAO_TEST_RUN_ROOT;
    if (root && /qicao-test-run-/.test(root)) fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
