// Requests an attacker on the same machine could send: a refused request is not read to the end,
// a malformed channel name is a plain 400, and plan.openCopy copies nothing but plans.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../../core/api/session.ts';
import { startHttpHost, type RunningHost } from '../../../http-host/server.ts';
import { tempDir } from '../../helpers/plans.ts';

let host: RunningHost;
let session: Session;
let dir: string;

beforeAll(async () => {
  dir = tempDir();
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>起草助手</title>');
  session = new Session(path.join(dir, 'data'));
  session.create(path.join(dir, 'p.qicao'), true);
  host = await startHttpHost(session, { rendererDir: root });
});
afterAll(async () => {
  await host.close();
  session.close();
});

/** Sends raw bytes; resolves with what came back and whether the server hung up on us. */
function raw(head: string, bodyBytes: number): Promise<{ reply: string; closedAfterMs: number; written: number }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(host.port, '127.0.0.1');
    let reply = '';
    let written = 0;
    const t0 = Date.now();
    socket.on('data', (d) => (reply += d.toString('utf8')));
    socket.on('close', () => resolve({ reply, closedAfterMs: Date.now() - t0, written }));
    socket.on('error', () => undefined); // EPIPE/ECONNRESET once the server hangs up is the point
    socket.on('connect', () => {
      socket.write(head);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (written < bodyBytes && !socket.destroyed) {
          written += chunk.length;
          if (!socket.write(chunk)) return void socket.once('drain', pump);
        }
      };
      pump();
    });
    setTimeout(() => reject(new Error('server kept the connection open')), 10_000).unref();
  });
}

describe('hostile requests to the HTTP host', () => {
  it('after a 401 the connection is closed without reading the rest of a 200 MB body', async () => {
    const size = 200 * 1024 * 1024;
    const head = `POST /api/plan.counts HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nX-Qicao-Token: wrong\r\nContent-Length: ${size}\r\n\r\n`;
    const r = await raw(head, size);
    expect(r.reply).toMatch(/^HTTP\/1\.1 401/);
    expect(r.reply).toMatch(/connection: close/i);
    expect(r.written).toBeLessThan(size / 4);
    expect(r.closedAfterMs).toBeLessThan(5000);
  });

  it('a bad percent-escape in a channel name is a 400 with a Chinese message, no stack trace', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/api/plan.%E0%A4%A`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qicao-token': host.token },
      body: '{}',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ ok: false, error: { code: 'bad-input', message: '操作名称中有无效的转义字符。' } });
    expect(text).not.toMatch(/URIError|at .*\.ts/);
  });

  it('plan.openCopy copies only plan files, not any file it is pointed at', async () => {
    const secret = path.join(dir, 'id_rsa');
    fs.writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----');
    const fakeSqlite = path.join(dir, 'other-app.db');
    const other = await import('better-sqlite3');
    const db = new other.default(fakeSqlite);
    db.exec('CREATE TABLE t(x)');
    db.close();
    for (const file of [secret, fakeSqlite]) {
      const res = await fetch(`http://127.0.0.1:${host.port}/api/plan.openCopy`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qicao-token': host.token },
        body: JSON.stringify({ path: file }),
      });
      const reply = await res.json();
      expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/不是起草助手的计划文件/) } });
    }
    expect(fs.existsSync(path.join(session.dataDir, 'copies')) ? fs.readdirSync(path.join(session.dataDir, 'copies')) : []).toEqual([]);
  });
});
