// Autosave bookkeeping: every editor saves by itself (debounced), registers a flush so that
// undo, a file switch or closing can first write what is still pending, and reports to the
// one status line in the top bar.
//
// Nothing counts as saved until the host acknowledged it: a save that fails keeps its value,
// the status line says 未保存 (with the reason), and it is tried again with growing pauses
// until it lands. A refusal that no retry can change (the host's bad-input answer, e.g. an issued
// plan's text edited without an open 调整) is not retried: the field shows the reason and the way
// out (see FieldRefusal.tsx), the text stays, and it is sent again when the drafter acts. Typing still pending is written before another plan opens, when the page is
// hidden or left (browser), and when the desktop window closes (the main process asks through
// the preload).
import { useSyncExternalStore } from 'react';

export type SaveStatus =
  | { state: 'idle' | 'saving' | 'saved' }
  /** a one-off action failed (it is not retried; the drafter sees why) */
  | { state: 'error'; message: string }
  /** typed text the host has not acknowledged yet: kept and tried again until it lands */
  | { state: 'unsaved'; message: string }
  /** typed text the host refused for good (a rule, invalid input): kept, not retried, the field says what to do */
  | { state: 'refused'; message: string };

let status: SaveStatus = { state: 'idle' };
let inFlight = 0;
let lastError: string | null = null;
const listeners = new Set<() => void>();
let settled: (() => void)[] = [];
const flushers = new Set<() => Promise<void>>();
/** Savers holding a value the host refused, with the reason: the text is only in this page. */
const failing = new Map<object, string>();
/** Savers whose value the host refused for good (retrying cannot help), with the reason. */
const refused = new Map<object, string>();
/** Savers with anything not yet acknowledged, registered or not (an editor that was closed still owns its text). */
const holding = new Set<{ flush(): Promise<void> }>();

/**
 * The host's codes for a refusal that does not change by asking again: invalid input (including
 * the issued-plan lock, core/store/issue-lock.ts), a node that is gone or of another kind, a call
 * the host does not offer. Anything else (offline, HTTP 5xx, the file busy, io) is transient.
 */
const PERMANENT_CODES: ReadonlySet<string> = new Set(['bad-input', 'unknown-node', 'wrong-kind', 'forbidden', 'newer-version', 'not-a-plan']);

export function isPermanentRefusal(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && PERMANENT_CODES.has(code);
}

/** Retry pauses after a failed save: 1 s, 2 s, 4 s … up to 30 s. */
export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];

function publish() {
  const unsaved = [...failing.values()].pop();
  const refusal = [...refused.values()].pop();
  status =
    inFlight > 0
      ? { state: 'saving' }
      : refusal !== undefined
        ? { state: 'refused', message: refusal }
        : unsaved !== undefined
          ? { state: 'unsaved', message: unsaved }
          : lastError !== null
            ? { state: 'error', message: lastError }
            : { state: 'saved' };
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

async function track<T>(save: Promise<T>, recordError: boolean): Promise<T> {
  inFlight++;
  publish();
  try {
    return await save;
  } catch (e) {
    if (recordError) lastError = e instanceof Error ? e.message : String(e);
    throw e;
  } finally {
    inFlight--;
    publish();
  }
}

/** Wraps one save: the status line says 正在保存… until it settles, 保存失败 if it failed. */
export function trackSave<T>(save: Promise<T>): Promise<T> {
  return track(save, true);
}

export function clearSaveError() {
  lastError = null;
  publish();
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

/** Text the host has not acknowledged: another plan must not open over it. */
export class UnsavedChangesError extends Error {
  readonly code = 'unsaved';
}

export function hasUnsaved(): boolean {
  return holding.size > 0 || failing.size > 0 || refused.size > 0;
}

/**
 * Writes everything pending. Rejects with UnsavedChangesError when some text could not be saved
 * (it stays in the page and is retried): a caller about to switch plans must stop there.
 */
export async function flushAll(): Promise<void> {
  const all = new Set<() => Promise<void>>([...flushers, ...[...holding].map((s) => s.flush)]);
  await Promise.all([...all].map((f) => f().catch(() => undefined)));
  if (refused.size > 0) {
    throw new UnsavedChangesError(`有修改未能保存：${[...refused.values()].pop()}（输入的文字仍在输入框中，请按输入框下方的提示处理后再继续）`);
  }
  if (failing.size > 0) {
    throw new UnsavedChangesError(`有修改尚未保存（${[...failing.values()].pop()}），正在自动重试；请等状态栏不再显示“未保存”后再继续。`);
  }
}

/**
 * A debounced saver for one field: `schedule(v)` on every change, `flush()` on blur or Enter.
 * Only the latest value is written, and never the same value twice; a value counts as saved
 * only once the host acknowledged it. flush() itself never rejects: a failure is kept, shown
 * and retried (see flushAll for callers that must know).
 */
export function debouncedSaver<T>(save: (value: T) => Promise<unknown>, delay: number, initial: T) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let attempts = 0;
  /** what the host acknowledged last */
  let saved = initial;
  /** typed and not acknowledged (kept while its save is in flight, and after it failed) */
  let pending: { value: T } | null = null;
  let sending: Promise<void> | null = null;
  const me = { flush: () => flush() };
  /** the host's reason when it refused the pending value for good (shown beside the field) */
  let refusal: string | null = null;
  /** the value that was refused: leaving the field or flushAll do not send it again, retry() does */
  let refusedValue: { value: T } | null = null;
  const watchers = new Set<() => void>();
  const setRefusal = (r: string | null) => {
    if (r === refusal) return;
    refusal = r;
    if (r === null) refusedValue = null;
    if (r === null) refused.delete(me);
    else refused.set(me, r);
    for (const w of watchers) w();
  };

  const settle = () => {
    if (pending === null) {
      holding.delete(me);
      failing.delete(me);
      setRefusal(null);
      attempts = 0;
      publish();
    }
  };

  const flush = async (again = false): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    while (sending) await sending;
    if (!pending) return;
    const { value } = pending;
    if (value === saved) {
      pending = null;
      return settle();
    }
    if (!again && refusedValue?.value === value) return; // the same answer again: wait for the drafter
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    sending = track(save(value), false).then(
      () => {
        saved = value;
        if (pending?.value === value) pending = null; // newer typing stays pending
        failing.delete(me);
        setRefusal(null);
        settle();
      },
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        if (isPermanentRefusal(e)) {
          // asking again gets the same answer: wait for the drafter (retry(), more typing, blur)
          failing.delete(me);
          attempts = 0;
          setRefusal(message);
          refusedValue = { value };
          publish();
          return;
        }
        setRefusal(null);
        failing.set(me, message);
        publish();
        const wait = RETRY_DELAYS_MS[Math.min(attempts++, RETRY_DELAYS_MS.length - 1)];
        retryTimer = setTimeout(() => void flush(), wait);
      },
    );
    try {
      await sending;
    } finally {
      sending = null;
    }
  };

  return {
    schedule(value: T) {
      pending = { value };
      holding.add(me);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    /** The value now in the file (after an undo, say): nothing is pending any more. */
    reset(value: T) {
      if (timer) clearTimeout(timer);
      if (retryTimer) clearTimeout(retryTimer);
      timer = retryTimer = null;
      pending = null;
      saved = value;
      settle();
    },
    get dirty() {
      return pending !== null;
    },
    /** The host's reason for refusing the typed text for good; null when there is none. */
    get refusal() {
      return refusal;
    },
    /** Hears when the refusal appears or clears (FieldRefusal shows it). */
    watch(w: () => void): () => void {
      watchers.add(w);
      return () => watchers.delete(w);
    },
    /** Sends the refused text again, once (after the drafter removed the cause, e.g. opened a 调整). */
    retry(): Promise<void> {
      return flush(true);
    },
  };
}

/**
 * Leaving the page: the browser host writes what is pending when the tab is hidden or closed
 * (the calls go out with keepalive, see api/bridge.ts) and asks before closing over unsaved
 * text; the desktop window's main process asks the page to flush before it closes or switches
 * plans (electron/preload.ts), and waits for the answer.
 */
function flushOnLeave() {
  if (typeof window === 'undefined') return;
  const flushQuietly = () => void flushAll().catch(() => undefined);
  window.addEventListener('pagehide', flushQuietly);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushQuietly();
  });
  if (window.qicaoWindow) {
    window.qicaoWindow.onFlushRequest(() =>
      flushAll().then(
        () => true,
        () => false,
      ),
    );
  } else {
    window.addEventListener('beforeunload', (e) => {
      // typing merely waiting for the autosave pause goes out on pagehide; text the host refused would be lost
      if (failing.size === 0 && refused.size === 0) return;
      flushQuietly();
      e.preventDefault(); // the browser asks "leave this page?"
    });
  }
}
flushOnLeave();
