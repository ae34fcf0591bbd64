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
import { TokenKeeper } from './token.ts';

/** The built UI, found from here both as source (http-host/) and in the built CLI (dist/cli/chunks/). */
function rendererDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 4; i++, dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'dist/renderer/index.html'))) return path.join(dir, 'dist/renderer');
  }
  return path.resolve(here, '../dist/renderer');
}
export const RENDERER_DIR = rendererDir();

export interface RunningHost {
  /** the address to open, with the single-use launch token */
  url: string;
  port: number;
  /** a session token for callers in this process (tests): what the page gets for the launch token */
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

/** Answers and hangs up: the rest of a refused request's body is never read. */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: string, type?: string): void {
  res.setHeader('connection', 'close');
  res.on('finish', () => req.destroy());
  send(res, status, body, type);
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
  const tokens = new TokenKeeper();
  const rendererDir = opts.rendererDir ?? RENDERER_DIR;
  let port = 0;

  const server = http.createServer(
    (req, res) =>
      void (async () => {
        try {
          if (!hostAllowed(req.headers.host, port)) return send(res, 421, '拒绝访问：主机名不符。');
          if (!originAllowed(req.headers.origin, port)) return send(res, 403, '拒绝访问：来源不符。');
          const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

          const header = req.headers['x-qicao-token'];
          const given = Array.isArray(header) ? header[0] : header;
          if (url.pathname === '/session') {
            // the page, at load: the address's launch token for a session token, once only
            if (req.method !== 'POST') return refuse(req, res, 405, '只接受 POST 请求。');
            const session = tokens.exchange(given);
            if (!session) {
              return refuse(
                req,
                res,
                401,
                '拒绝访问：这个地址中的访问令牌已经用过（每个地址只能打开一次，以免它留在浏览器历史记录中被他人使用）。请回到已打开的起草助手页面，或重新启动起草助手，用它新显示的地址打开。',
              );
            }
            return send(res, 200, JSON.stringify({ token: session }), 'application/json; charset=utf-8');
          }

          if (url.pathname.startsWith('/api/')) {
            // The session token travels only in this header: never a cookie (a browser would send it
            // to every service on 127.0.0.1) nor the address (it would stay in history).
            if (!tokens.allows(given)) return refuse(req, res, 401, '拒绝访问：缺少或错误的访问令牌，请用起草助手启动时显示的完整地址打开。');
            if (req.method !== 'POST') return refuse(req, res, 405, '只接受 POST 请求。');
            if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(req, res, 415, '请求须为 JSON。');
            let channel: string;
            try {
              channel = decodeURIComponent(url.pathname.slice(5));
            } catch {
              return refuse(req, res, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: '操作名称中有无效的转义字符。' } }), 'application/json; charset=utf-8');
            }
            const body = await readBody(req, UPLOAD_CHANNELS.has(channel) ? UPLOAD_BODY_LIMIT : BODY_LIMIT);
            if (body === null) return refuse(req, res, 413, '请求过大。');
            let input: unknown;
            try {
              input = body ? JSON.parse(body) : {};
            } catch {
              return send(res, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: '请求不是有效的 JSON。' } }), 'application/json; charset=utf-8');
            }
            const reply = await dispatch(session, channel, input);
            return send(res, 200, JSON.stringify(reply), 'application/json; charset=utf-8');
          }

          // The page's files hold no plan data and are served without the token: the address printed
          // at start carries it in the fragment (#token=…), which the browser never sends; the page
          // reads it, drops it from the address bar, exchanges it for a session token (/session) and
          // sends that as a header on every API call.
          if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 405, '不支持的请求方法。');
          const file = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
          if (!file || !fs.statSync(file).isFile()) return send(res, 404, '找不到该页面。');
          return send(res, 200, fs.readFileSync(file), contentType(file));
        } catch (e) {
          console.error(e);
          if (!res.headersSent) send(res, 500, '服务器内部错误。');
        }
      })(),
  );

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      resolve({
        port,
        token: tokens.issue(),
        url: `http://127.0.0.1:${port}/#token=${tokens.launchToken}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
