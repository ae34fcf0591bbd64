// THE contract between the UI and core: channel name → zod input schema → output type.
// Pure: imported by the renderer and the Electron preload, so it imports nothing from Node.
// Each domain keeps its channels in channels/<domain>.ts; this file only joins them.
import type { z } from 'zod';
import { exportChannels } from './channels/export.ts';
import { planChannels } from './channels/plan.ts';

export * from './channels/plan.ts';
export { ExportWhat } from './channels/export.ts';

export const contract = {
  ...planChannels,
  ...exportChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

/** What every host returns for a call: a value, or an error a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The one interface the renderer talks to, whichever host serves it. */
export interface Api {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
