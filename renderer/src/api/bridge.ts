// The renderer's only way to core: the typed contract, through whichever host exists —
// Electron's preload (window.qicao) or the local HTTP host (fetch, session token sent as a header).
import type { Api, Channel, Input, Output, Reply } from '../../../core/api/contract.ts';
import type { QicaoBridge, QicaoWindowBridge } from '../../../electron/bridge-surface.ts';
import { flushAll } from '../shell/autosave.ts';

declare global {
  interface Window {
    /** Electron's preload: one function per channel, grouped by domain (window.qicao.plan.open). */
    qicao?: QicaoBridge;
    /** Electron's preload: the window asks the page to write pending typing (before closing, switching plans). */
    qicaoWindow?: QicaoWindowBridge;
  }
}

/** An error from core, already in Chinese and meant for the person at the keyboard. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'qicao.token';

/**
 * The HTTP host's launch token arrives in the address fragment (#token=…), which the browser
 * never sends anywhere. It is taken out of the address bar at once and exchanged, once, for a
 * session token: the host refuses the launch token after that, so a copy left in the browser's
 * history database opens nothing. The session token is kept in this tab only (sessionStorage is
 * per tab and per port, so a reload still works and no other local service can read it) and goes
 * out only as the x-qicao-token header.
 */
async function sessionToken(): Promise<string> {
  const m = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (!m) return sessionStorage.getItem(TOKEN_KEY) ?? '';
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  try {
    const res = await fetch('/session', { method: 'POST', headers: { 'x-qicao-token': m[1] }, credentials: 'omit' });
    if (res.ok) {
      const { token } = (await res.json()) as { token: string };
      sessionStorage.setItem(TOKEN_KEY, token);
      return token;
    }
    // used already: this tab may still hold its session (the same address opened again)
    const kept = sessionStorage.getItem(TOKEN_KEY);
    if (kept) return kept;
    refusal = (await res.text()) || null;
  } catch {
    // the host is gone: the calls below say so
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let refusal: string | null = null;
const httpToken: Promise<string> = typeof window !== 'undefined' && !window.qicao ? sessionToken() : Promise.resolve('');

async function viaHttp(channel: string, input: unknown): Promise<Reply<unknown>> {
  const token = await httpToken;
  if (!token && refusal) return { ok: false, error: { code: '401', message: refusal } };
  const body = JSON.stringify(input ?? {});
  let res: Response;
  const post = (keepalive: boolean) =>
    fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qicao-token': token },
      credentials: 'omit',
      body,
      keepalive,
    });
  try {
    // a save sent as the tab is hidden or closed still reaches the host (small bodies only)
    res = await post(body.length < 60_000).catch((e: unknown) => {
      // the browser refuses keepalive requests beyond 64 KB in flight in all (several returned
      // files read at once): the same request without keepalive still goes through
      if (body.length < 60_000) return post(false);
      throw e;
    });
  } catch {
    return { ok: false, error: { code: 'offline', message: '无法连接起草助手服务，请确认程序仍在运行。' } };
  }
  if (!res.ok) return { ok: false, error: { code: String(res.status), message: (await res.text()) || `请求失败（${res.status}）。` } };
  return (await res.json()) as Reply<unknown>;
}

function viaPreload(channel: string, input: unknown): Promise<Reply<unknown>> {
  const dot = channel.indexOf('.');
  const group = (window.qicao as unknown as Record<string, Record<string, ((input: unknown) => Promise<Reply<unknown>>) | undefined> | undefined>)[channel.slice(0, dot)];
  const fn = group?.[channel.slice(dot + 1)];
  if (!fn) return Promise.resolve({ ok: false, error: { code: 'forbidden', message: '桌面版不提供这项操作。' } });
  return fn(input);
}

/**
 * Calls that put another plan (or another version of this one) in place: typing still pending
 * is written first, into the plan it was typed in; if it cannot be, the call is not made (the
 * text stays, and the drafter is told to wait for 未保存 to clear).
 */
const REPLACES_PLAN: ReadonlySet<Channel> = new Set<Channel>([
  'plan.open',
  'plan.create',
  'plan.openSample',
  'plan.openCopy',
  'plan.openLatestBackup',
  'backups.restore',
  'drafts.restore',
]);

export const api: Api = {
  async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    if (REPLACES_PLAN.has(channel)) {
      try {
        await flushAll();
      } catch (e) {
        throw new ApiError('unsaved', (e as Error).message);
      }
    }
    const reply = window.qicao ? await viaPreload(channel, input) : await viaHttp(channel, input);
    if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
    return reply.value as Output<C>;
  },
};
