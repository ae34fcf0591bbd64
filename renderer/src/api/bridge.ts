// The renderer's only way to core: the typed contract, through whichever host exists —
// Electron's preload (window.qicao) or the local HTTP host (fetch, token kept as a cookie).
import type { Api, Channel, Input, Output, Reply } from '../../../core/api/contract.ts';

declare global {
  interface Window {
    qicao?: { invoke(channel: string, input: unknown): Promise<Reply<unknown>> };
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

async function viaHttp(channel: string, input: unknown): Promise<Reply<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'offline', message: '无法连接起草助手服务，请确认程序仍在运行。' } };
  }
  if (!res.ok) return { ok: false, error: { code: String(res.status), message: (await res.text()) || `请求失败（${res.status}）。` } };
  return (await res.json()) as Reply<unknown>;
}

export const api: Api = {
  async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const reply = window.qicao ? await window.qicao.invoke(channel, input) : await viaHttp(channel, input);
    if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
    return reply.value as Output<C>;
  },
};
