// The local HTTP host: the same core/api as Electron, for browsers (Playwright here) and for
// machines without the Electron binary. Thin: it checks, parses and forwards; no domain logic.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BODY_LIMIT, UPLOAD_BODY_LIMIT, UPLOAD_CHANNELS } from '../core/api/contract.ts';
import { dispatch } from '../core/api/dispatch.ts';
import type { Session } from '../core/api/session.ts';
import { CONTENT_SECURITY_POLICY } from '../core/guards/csp.ts';
import { hostAllowed, originAllowed } from './origin-guard.ts';
import { contentType, resolveInside } from '../core/guards/static-path.ts';
import { newToken, TOKEN_COOKIE, tokenFromCookie, tokenMatches } from './token.ts';

export const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/renderer');

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

/** The body, or null when it is larger than `limit` (the rest is then not read). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHttpHost(session: Session, opts: { port?: number; rendererDir?: string } = {}): Promise<RunningHost> {
  const token = newToken();
  const rendererDir = opts.rendererDir ?? RENDERER_DIR;
  let port = 0;

  const server = http.createServer(async (req, res) => {
    try {
      if (!hostAllowed(req.headers.host, port)) return send(res, 421, '拒绝访问：主机名不符。');
      if (!originAllowed(req.headers.origin, port)) return send(res, 403, '拒绝访问：来源不符。');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const given = req.headers['x-qicao-token'] ?? url.searchParams.get('token') ?? tokenFromCookie(req.headers.cookie);
      if (!tokenMatches(token, Array.isArray(given) ? given[0] : given)) return send(res, 401, '拒绝访问：缺少或错误的访问令牌。');

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, '只接受 POST 请求。');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, '请求须为 JSON。');
        const channel = decodeURIComponent(url.pathname.slice(5));
        const body = await readBody(req, UPLOAD_CHANNELS.has(channel) ? UPLOAD_BODY_LIMIT : BODY_LIMIT);
        if (body === null) {
          res.setHeader('connection', 'close');
          res.on('finish', () => req.destroy());
          return send(res, 413, '请求过大。');
        }
        let input: unknown;
        try {
          input = body ? JSON.parse(body) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: '请求不是有效的 JSON。' } }), 'application/json; charset=utf-8');
        }
        const reply = await dispatch(session, channel, input);
        return send(res, 200, JSON.stringify(reply), 'application/json; charset=utf-8');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '不支持的请求方法。');
      const file = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
      if (!file || !fs.statSync(file).isFile()) return send(res, 404, '找不到该页面。');
      if (url.searchParams.get('token')) {
        // the address printed at start carries the token once; the page then keeps it as a cookie
        res.setHeader('set-cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      }
      return send(res, 200, fs.readFileSync(file), contentType(file));
    } catch (e) {
      console.error(e);
      if (!res.headersSent) send(res, 500, '服务器内部错误。');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      resolve({
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
