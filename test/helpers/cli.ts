import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PAUSE_MARKER, type PausePoint } from '../../core/test-pause.ts';

// bin/qicao.js runs the built CLI (dist/cli) when it is current, else the sources through tsx:
// `npm test` builds first, so the suite spawns the built CLI; a checkout mid-edit still tests its sources.
export const QICAO = fileURLToPath(new URL('../../bin/qicao.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function qicao(args: string[], opts: { cwd?: string } = {}): CliResult {
  // a hung command fails its test (status null) instead of stalling the whole run
  const r = spawnSync(process.execPath, [QICAO, ...args], { encoding: 'utf8', cwd: opts.cwd, timeout: 120_000, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Starts `qicao …` with the test-only pause point set (core/test-pause.ts), waits until it stops
 * there — just before or just after its commit — and SIGKILLs it at that moment. `paused` is
 * false if the process ended without reaching the point.
 */
export function qicaoKilledAt(point: PausePoint, args: string[]): Promise<CliResult & { paused: boolean; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [QICAO, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, QICAO_TEST_PAUSE: point },
    });
    let stdout = '';
    let stderr = '';
    let paused = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!paused && stderr.includes(`${PAUSE_MARKER} ${point}`)) {
        paused = true;
        child.kill('SIGKILL');
      }
    });
    child.on('close', (status, signal) => resolve({ status, stdout, stderr, paused, killed: signal === 'SIGKILL' }));
  });
}
