// What the year's screens share: the issue/adjustment/period state (read again whenever the plan
// changed), status names and colours, and saving a document as a browser download.
import { useCallback, useEffect, useState } from 'react';
import type { ProgressStatus, YearState } from '../../../core/api/contract.ts';
import { STATUS_LABEL } from '../../../core/api/channels/year.ts';
import { api } from '../api/bridge.ts';

export { STATUS_LABEL };

/** The ledger's status filter and legend, in the order the 通报 lists them. */
export type LedgerStatusKey = ProgressStatus | 'notReported';
export const STATUS_ORDER: LedgerStatusKey[] = ['done', 'onTrack', 'behind', 'notStarted', 'notReported'];
export const STATUS_NAME: Record<LedgerStatusKey, string> = { ...STATUS_LABEL, notReported: '未报送' };
/** Bar colours: green done, blue on track, red behind, grey not started, light grey not reported. */
export const STATUS_COLOUR: Record<LedgerStatusKey, string> = {
  done: '#1e7b34',
  onTrack: '#3b78c2',
  behind: '#b3261e',
  notStarted: '#8a939e',
  notReported: '#d8dde3',
};

export const statusName = (s: ProgressStatus | null): string => (s ? STATUS_LABEL[s] : '未报送');

/** year.state, read again each time the plan was (version bumps) or after `reload()`. */
export function useYearState(version: number): { state: YearState | null; error: string | null; reload(): Promise<void> } {
  const [state, setState] = useState<YearState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setState(await api.call('year.state', {}));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload, version]);
  return { state, error, reload };
}

/** Other year components (banner, panel, ledger) hear of an issue, an adjustment or a return. */
const YEAR_CHANGED = 'qicao-year-changed';
export function announceYearChange(): void {
  window.dispatchEvent(new Event(YEAR_CHANGED));
}
export function useYearChanges(onChange: () => void): void {
  useEffect(() => {
    window.addEventListener(YEAR_CHANGED, onChange);
    return () => window.removeEventListener(YEAR_CHANGED, onChange);
  }, [onChange]);
}

/** Hands a document from core to the browser as a download (a blob: link clicked once). */
export function download(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
