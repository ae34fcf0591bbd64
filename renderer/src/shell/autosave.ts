// Autosave bookkeeping: every editor saves by itself (debounced), registers a flush so that
// undo, a file switch or closing can first write what is still pending, and reports to the
// one status line in the top bar.
import { useSyncExternalStore } from 'react';

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };

let status: SaveStatus = { state: 'idle' };
let inFlight = 0;
const listeners = new Set<() => void>();
let settled: (() => void)[] = [];
const flushers = new Set<() => Promise<void>>();

function set(next: SaveStatus) {
  status = next;
  for (const l of listeners) l();
  if (inFlight === 0) {
    const waiting = settled;
    settled = [];
    for (const w of waiting) w();
  }
}

/** Resolves once no save is in flight (e.g. before undo, so the undo sees the last edit). */
export function whenSaved(): Promise<void> {
  return inFlight === 0 ? Promise.resolve() : new Promise((r) => settled.push(r));
}

/** Wraps one save: the status line says 正在保存… until it settles. */
export async function trackSave<T>(save: Promise<T>): Promise<T> {
  inFlight++;
  set({ state: 'saving' });
  try {
    const value = await save;
    inFlight--;
    set(inFlight === 0 ? (status.state === 'error' ? status : { state: 'saved' }) : { state: 'saving' });
    return value;
  } catch (e) {
    inFlight--;
    set({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    throw e;
  }
}

export function clearSaveError() {
  if (status.state === 'error') set({ state: inFlight ? 'saving' : 'saved' });
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => status,
  );
}

/** An editor's "write what you have now"; returns the unregister function. */
export function registerFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((f) => f().catch(() => undefined)));
}

/**
 * A debounced saver for one field: `schedule(v)` on every change, `flush()` on blur or Enter.
 * Only the latest value is written, and never the same value twice.
 */
export function debouncedSaver<T>(save: (value: T) => Promise<unknown>, delay: number, initial: T) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  let saved = initial;
  let chain: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return chain.then(() => undefined);
    const { value } = pending;
    pending = null;
    if (value === saved) return;
    saved = value;
    chain = chain.then(() => trackSave(save(value))).catch(() => undefined);
    await chain;
  };
  return {
    schedule(value: T) {
      pending = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    /** The value now in the file (after an undo, say): nothing is pending any more. */
    reset(value: T) {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      saved = value;
    },
    get dirty() {
      return pending !== null;
    },
  };
}
