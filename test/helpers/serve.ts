// Starts `qicao serve FILE` as a separate process (so a test can SIGKILL it) and returns its
// address and a session token once it prints them.
import { spawn, type ChildProcess } from 'node:child_process';
import { QICAO } from './cli.ts';

export interface ServedProcess {
  child: ChildProcess;
  port: number;
  token: string;
}

export function serveProcess(file: string): Promise<ServedProcess> {
  const child = spawn(process.execPath, [QICAO, 'serve', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let found = false;
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/);
      // the address's token opens one session (as the page does at load): exchanged once here
      if (m && !found) {
        found = true;
        fetch(`http://127.0.0.1:${m[1]}/session`, { method: 'POST', headers: { 'x-qicao-token': m[2] } })
          .then((r) => r.json() as Promise<{ token: string }>)
          .then(({ token }) => resolve({ child, port: Number(m[1]), token }), reject);
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`qicao serve exited (${code}): ${out}`)));
  });
}

export async function callServed(p: ServedProcess, channel: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  const res = await fetch(`http://127.0.0.1:${p.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qicao-token': p.token },
    body: JSON.stringify(input),
  });
  return res.json();
}
