import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const QICAO = path.resolve('bin/qicao.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function qicao(args: string[], opts: { cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [QICAO, ...args], { encoding: 'utf8', cwd: opts.cwd });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `qicao …`, kills it with SIGKILL after `ms`, and returns what it printed until then. */
export function qicaoKilledAfter(args: string[], ms: number): Promise<CliResult & { killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [QICAO, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, killed: signal === 'SIGKILL' });
    });
  });
}
