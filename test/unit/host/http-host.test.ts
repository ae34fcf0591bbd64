// The HTTP host refuses everything that is not our page talking to us with the launch token.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../../core/api/session.ts';
import { startHttpHost, type RunningHost } from '../../../http-host/server.ts';
import { tempDir } from '../../helpers/plans.ts';

let host: RunningHost;
let session: Session;
let root: string;

beforeAll(async () => {
  const dir = tempDir();
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>起草助手</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  session = new Session(path.join(dir, 'data'));
  session.create(path.join(dir, 'p.qicao'), true);
  host = await startHttpHost(session, { rendererDir: root });
});
afterAll(async () => {
  await host.close();
  session.close();
});

function request(p: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: p, method: init.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...init.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (init.body) req.write(init.body);
    req.end();
  });
}

const call = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qicao-token': host.token, ...headers },
    body: JSON.stringify(input),
  });

describe('the HTTP host', () => {
  it('listens on 127.0.0.1 only, with a random port and a long token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
  });

  it('serves the page (no plan data) with a strict CSP and never sets a token cookie; the API wants the header', async () => {
    const first = await request('/');
    expect(first.status).toBe(200);
    expect(first.body).toContain('起草助手');
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    expect(first.headers['content-security-policy']).not.toContain('unsafe');
    expect(first.headers['set-cookie']).toBeUndefined();
    expect((await request(`/?token=${host.token}`)).headers['set-cookie']).toBeUndefined();
    // a token in a cookie or in the address is not accepted: only the header
    const noHeader = { 'content-type': 'application/json', 'x-qicao-token': '' };
    expect((await call('plan.counts', {}, { ...noHeader, cookie: `qicao_token=${host.token}` })).status).toBe(401);
    expect((await request(`/api/plan.counts?token=${host.token}`, { method: 'POST', headers: noHeader, body: '{}' })).status).toBe(401);
  });

  it("takes the address's launch token once, for a session token; a second use (a copy from history) is refused", async () => {
    const launch = /#token=([\w-]+)$/.exec(host.url)![1];
    // the launch token itself opens no API call
    expect((await call('plan.counts', {}, { 'x-qicao-token': launch })).status).toBe(401);
    const first = await request('/session', { method: 'POST', headers: { 'x-qicao-token': launch } });
    expect(first.status).toBe(200);
    const { token } = JSON.parse(first.body) as { token: string };
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(token).not.toBe(launch);
    expect((await call('plan.counts', {}, { 'x-qicao-token': token })).status).toBe(200);
    const again = await request('/session', { method: 'POST', headers: { 'x-qicao-token': launch } });
    expect(again.status).toBe(401);
    expect(again.body).toContain('这个地址中的访问令牌已经用过');
    // nor can a session token be turned into another one
    expect((await request('/session', { method: 'POST', headers: { 'x-qicao-token': token } })).status).toBe(401);
    expect((await request('/session', { headers: { 'x-qicao-token': launch } })).status).toBe(405);
  });

  it('refuses a wrong token, a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await call('plan.counts', {}, { 'x-qicao-token': 'x'.repeat(32) })).status).toBe(401);
    expect((await call('plan.counts', {}, { host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await call('plan.counts', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('plan.counts', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses paths outside the page folder: .., encoded %2e%2e, symlinks', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2E%2E/%2e%2e/secret.txt', '/assets/link.txt', '/%00']) {
      const r = await request(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('secret');
    }
  });

  it('answers the contract, parsing every input by its schema', async () => {
    const counts = JSON.parse((await call('plan.counts', {})).body);
    expect(counts.ok).toBe(true);
    expect(counts.value.totals.measures).toBe(205);
    const bad = JSON.parse((await call('node.add', { parentId: 'x', kind: 'measure', title: 't' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(bad.error.message).toMatch(/字段“parentId”无效/);
    const extra = JSON.parse((await call('plan.counts', { sql: 'DROP TABLE node' })).body);
    expect(extra.ok).toBe(false);
    const unknown = JSON.parse((await call('plan.drop', {})).body);
    expect(unknown.error.message).toMatch(/未知的操作/);
  });

  it('refuses bodies over 1 MB, non-JSON and GET on the API', async () => {
    expect((await call('node.rename', { id: 1, title: '长'.repeat(600_000) })).status).toBe(413);
    expect((await request('/api/plan.counts', { headers: { 'x-qicao-token': host.token } })).status).toBe(405);
    const r = await request('/api/plan.counts', { method: 'POST', headers: { 'x-qicao-token': host.token, 'content-type': 'text/plain' }, body: '{}' });
    expect(r.status).toBe(415);
  });
});
