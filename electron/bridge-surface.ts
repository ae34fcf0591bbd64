// What the page may call in the desktop app: one named function per contract channel, grouped
// by the channel's domain (window.qicao.plan.open, window.qicao.export.save, …) — never a
// generic invoke that takes any channel name. Derived from the one contract, so a new channel
// appears here without another list to keep; the few the desktop page has no business with are
// left out, and the main process refuses them too (a script that reached ipcRenderer could
// otherwise still name them).
import { contract, type Channel, type Input, type Output, type Reply } from '../core/api/contract.ts';

/**
 * The HTTP host's in-page folder picker browses and creates folders anywhere on disk; the
 * desktop app uses the system's dialogs instead, so its page gets neither.
 */
const HIDDEN = ['folders.list', 'folders.create'] as const satisfies readonly Channel[];
export const DESKTOP_HIDDEN: ReadonlySet<string> = new Set(HIDDEN);

type Exposed = Exclude<Channel, (typeof HIDDEN)[number]>;
type GroupOf<C extends string> = C extends `${infer G}.${string}` ? G : never;
type MethodOf<C extends string> = C extends `${string}.${infer M}` ? M : never;

/** window.qicao as the contract types it: qicao.plan.open(input) → Promise<Reply<PlanView>>. */
export type QicaoBridge = {
  readonly [G in GroupOf<Exposed>]: {
    readonly [C in Exposed as GroupOf<C> extends G ? MethodOf<C> : never]: (input: Input<C>) => Promise<Reply<Output<C>>>;
  };
};

/**
 * window.qicaoWindow: what the desktop window itself asks of the page. Before the window closes
 * or another plan opens, the main process asks the page to write its pending typing; the page
 * answers true when everything it held was saved.
 */
export interface QicaoWindowBridge {
  onFlushRequest(flush: () => Promise<boolean>): void;
}

/** IPC names between main and preload for that request (not contract channels: never callable by the page). */
export const FLUSH_REQUEST = 'qicao:flush';
export const FLUSH_DONE = 'qicao:flushed';

/** group → [method, channel] pairs, e.g. plan → [["open", "plan.open"], …]. */
export function bridgeGroups(): Record<string, [string, string][]> {
  const groups: Record<string, [string, string][]> = {};
  for (const channel of Object.keys(contract)) {
    if (DESKTOP_HIDDEN.has(channel)) continue;
    const dot = channel.indexOf('.');
    const group = channel.slice(0, dot);
    (groups[group] ??= []).push([channel.slice(dot + 1), channel]);
  }
  return groups;
}

export function bridgeAllows(channel: unknown): channel is string {
  return typeof channel === 'string' && Object.hasOwn(contract, channel) && !DESKTOP_HIDDEN.has(channel);
}

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The object exposed as window.qicao: frozen, each function bound to its one channel. Built from
 * the contract's channel names at run time, so its type is stated (QicaoBridge) rather than
 * inferred; the preload test checks every contract channel is there and none other.
 */
export function buildBridge(invoke: Invoke): QicaoBridge {
  const bridge: Record<string, Readonly<Record<string, (input: unknown) => Promise<unknown>>>> = {};
  for (const [group, methods] of Object.entries(bridgeGroups())) {
    bridge[group] = Object.freeze(Object.fromEntries(methods.map(([method, channel]) => [method, (input: unknown) => invoke(channel, input)])));
  }
  return Object.freeze(bridge) as unknown as QicaoBridge;
}
