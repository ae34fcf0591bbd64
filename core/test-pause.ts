// A test-only pause at the moment a change becomes durable, so the kill tests can SIGKILL a
// process exactly there instead of at random moments (start-up is most of a CLI run, so random
// kills almost never hit a write). Does nothing unless QICAO_TEST_PAUSE names the point.
import fs from 'node:fs';

export type PausePoint = 'before-commit' | 'after-commit';

/** The line a paused process writes to stderr; tests wait for it, then kill. */
export const PAUSE_MARKER = 'QICAO_TEST_PAUSED';

const waitCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Called just before a transaction (or a file's rename into place) commits and just after.
 * With QICAO_TEST_PAUSE=<point> set, writes "QICAO_TEST_PAUSED <point>" to stderr and blocks
 * (synchronously: a transaction cannot yield) for up to QICAO_TEST_PAUSE_MS (default 60 s), then goes on.
 */
export function pauseForTest(point: PausePoint): void {
  if (process.env.QICAO_TEST_PAUSE !== point) return;
  fs.writeSync(2, `${PAUSE_MARKER} ${point}\n`);
  Atomics.wait(waitCell, 0, 0, Number(process.env.QICAO_TEST_PAUSE_MS ?? 60_000));
}
