// What the page may call in the desktop app: one named function per contract channel, grouped
// by the channel's domain (window.qicao.plan.open, window.qicao.export.save, …) — never a
// generic invoke that takes any channel name. Derived from the one contract, so a new channel
// appears here without another list to keep; the few the desktop page has no business with are
// left out, and the main process refuses them too (a script that reached ipcRenderer could
// otherwise still name them).
import { contract } from '../core/api/contract.ts';

/**
 * The HTTP host's in-page folder picker browses and creates folders anywhere on disk; the
 * desktop app uses the system's dialogs instead, so its page gets neither.
 */
export const DESKTOP_HIDDEN: ReadonlySet<string> = new Set(['folders.list', 'folders.create']);

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

export function bridgeAllows(channel: unknown): boolean {
  return typeof channel === 'string' && Object.hasOwn(contract, channel) && !DESKTOP_HIDDEN.has(channel);
}

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** The object exposed as window.qicao: frozen, each function bound to its one channel. */
export function buildBridge(invoke: Invoke): Readonly<Record<string, Readonly<Record<string, (input: unknown) => Promise<unknown>>>>> {
  const bridge: Record<string, Readonly<Record<string, (input: unknown) => Promise<unknown>>>> = {};
  for (const [group, methods] of Object.entries(bridgeGroups())) {
    bridge[group] = Object.freeze(Object.fromEntries(methods.map(([method, channel]) => [method, (input: unknown) => invoke(channel, input)])));
  }
  return Object.freeze(bridge);
}
