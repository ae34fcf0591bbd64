// The renderer's only way to core: the typed contract, through whichever host exists —
// Electron's preload (window.qicao) or the local HTTP host (fetch, token sent as a header).
import type { Api, Channel, Input, Output, Reply } from '../../../core/api/contract.ts';

declare global {
  interface Window {
    /** Electron's preload: one function per channel, grouped by domain (window.qicao.plan.open). */
    qicao?: Record<string, Record<string, ((input: unknown) => Promise<Reply<unknown>>) | undefined> | undefined>;
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
 * never sends anywhere. It is taken out of the address bar at once (so it is not left in history)
 * and kept in this tab only — sessionStorage is per tab and per port, so a reload still works and
 * no other local service can read it; it goes out only as the x-qicao-token header.
 */
function launchToken(): string {
  const m = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const httpToken = typeof window !== 'undefined' && !window.qicao ? launchToken() : '';

async function viaHttp(channel: string, input: unknown): Promise<Reply<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qicao-token': httpToken },
      credentials: 'omit',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'offline', message: '无法连接起草助手服务，请确认程序仍在运行。' } };
  }
  if (!res.ok) return { ok: false, error: { code: String(res.status), message: (await res.text()) || `请求失败（${res.status}）。` } };
  return (await res.json()) as Reply<unknown>;
}

function viaPreload(channel: string, input: unknown): Promise<Reply<unknown>> {
  const dot = channel.indexOf('.');
  const fn = window.qicao?.[channel.slice(0, dot)]?.[channel.slice(dot + 1)];
  if (!fn) return Promise.resolve({ ok: false, error: { code: 'forbidden', message: '桌面版不提供这项操作。' } });
  return fn(input);
}

export const api: Api = {
  async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const reply = window.qicao ? await viaPreload(channel, input) : await viaHttp(channel, input);
    if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
    return reply.value as Output<C>;
  },
};
