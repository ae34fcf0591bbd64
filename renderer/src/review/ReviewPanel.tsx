import './review.css';
// 审校: the findings of the open plan (its text and its 起草说明), errors first. A click on the
// excerpt jumps to the place; 修正 applies a certain fix in one step; 忽略… keeps the finding
// dismissed, with the drafter's reason, in the plan file. All logic is in core (review.*).
import { useCallback, useEffect, useState } from 'react';
import type { DismissalView, ReviewFinding, ReviewView } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import { canFix, RULE_LABEL, splitExcerpt, whereLabel } from './labels.ts';

export interface ReviewPanelProps {
  /** Go to the node holding the finding; null: the 起草说明 (at `block`, its block index; -1 when the text is not in it). */
  onJump(nodeId: number | null, block: number): void;
  /** After 修正 changed the plan: the window reads it again, so no editor shows (and saves back) the old text. */
  onPlanChanged?(): Promise<void> | void;
}

const keyOf = (f: ReviewFinding) => `${f.rule}|${f.paragraph}|${f.offset}|${f.length}`;

export function ReviewPanel({ onJump, onPlanChanged }: ReviewPanelProps) {
  const [view, setView] = useState<ReviewView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [dismissals, setDismissals] = useState<DismissalView[] | null>(null);

  const load = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      setView(await api.call('review.check', {}));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setDismissing(null);
      setReason('');
      await load();
      if (dismissals !== null) setDismissals(await api.call('review.dismissals', {}));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  const fix = (f: ReviewFinding) =>
    act(async () => {
      await api.call('review.fix', {
        nodeId: f.nodeId,
        field: f.field!,
        offset: f.fieldOffset!,
        length: f.length,
        replacement: f.suggestion!,
        original: f.flagged,
        ...(f.block === undefined ? {} : { block: f.block }),
      });
      await onPlanChanged?.();
    });

  const dismiss = (f: ReviewFinding) => act(() => api.call('review.dismiss', { rule: f.rule, excerpt: f.excerpt, reason: reason.trim() }));

  const toggleDismissals = async () => {
    if (dismissals !== null) return setDismissals(null);
    try {
      setDismissals(await api.call('review.dismissals', {}));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const errors = view?.findings.filter((f) => f.severity === 'error') ?? [];
  const warnings = view?.findings.filter((f) => f.severity === 'warning') ?? [];

  const item = (f: ReviewFinding) => {
    const key = keyOf(f);
    const [before, flagged, after] = splitExcerpt(f);
    return (
      <li key={key} className="review-item" data-testid="review-finding" data-rule={f.rule}>
        <button type="button" className="review-excerpt" title="转到此处" onClick={() => onJump(f.nodeId, f.field === 'explanation' && f.block !== undefined ? f.block : -1)}>
          {before}
          {flagged && <mark>{flagged}</mark>}
          {after}
        </button>
        <span>{f.message}</span>
        <span className="review-where">
          {RULE_LABEL[f.rule]} · {whereLabel(f)}
        </span>
        {dismissing === key ? (
          <form
            className="review-dismiss"
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim()) void dismiss(f);
            }}
          >
            <input autoFocus aria-label="忽略理由" placeholder="请填写忽略理由" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            <button type="submit" disabled={busy || !reason.trim()}>
              确定
            </button>
            <button type="button" onClick={() => setDismissing(null)}>
              取消
            </button>
          </form>
        ) : (
          <div className="review-actions">
            {canFix(f) && (
              <button type="button" disabled={busy} onClick={() => void fix(f)} title={f.suggestion === '' ? '删除标出的文字' : `改为“${f.suggestion}”`}>
                修正{f.suggestion === '' ? '（删除）' : `为“${f.suggestion}”`}
              </button>
            )}
            {f.excerpt !== '' && (
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  setDismissing(key);
                  setReason('');
                }}
              >
                忽略…
              </button>
            )}
          </div>
        )}
      </li>
    );
  };

  const group = (label: string, kind: 'error' | 'warning', list: ReviewFinding[]) =>
    list.length > 0 && (
      <section className={`review-group ${kind}`} aria-label={label}>
        <h3>
          {label}
          <span className="review-summary">{list.length}条</span>
        </h3>
        <ul className="review-list">{list.map(item)}</ul>
      </section>
    );

  return (
    <section className="review-panel" aria-label="审校" aria-busy={busy}>
      <div className="review-head">
        <h2>审校</h2>
        <span className="spacer" />
        <button type="button" onClick={() => void load()} disabled={busy}>
          {busy ? '正在审校…' : '重新审校'}
        </button>
      </div>
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
      {view && (
        <p className="review-summary" data-testid="review-summary">
          {view.findings.length === 0 ? '未发现问题。' : `错误${errors.length}条，提示${warnings.length}条。错误须在发出前改正；提示请核实，确属无误的可忽略。`}
        </p>
      )}
      {view && view.findings.length === 0 && <p className="review-empty">计划正文和起草说明均已检查。</p>}
      {group('错误', 'error', errors)}
      {group('提示', 'warning', warnings)}
      {view && view.dismissed > 0 && (
        <div className="review-dismissed">
          <button type="button" className="link" onClick={() => void toggleDismissals()}>
            已忽略{view.dismissed}条{dismissals ? '（收起）' : '（查看）'}
          </button>
          {dismissals && (
            <ul className="review-list">
              {dismissals.map((d) => (
                <li key={`${d.rule}|${d.excerpt}`}>
                  <span>
                    “{d.excerpt}” · {RULE_LABEL[d.rule]}
                  </span>
                  <span className="review-where">理由：{d.reason}</span>
                  <div className="review-actions">
                    <button type="button" disabled={busy} onClick={() => void act(() => api.call('review.restore', { rule: d.rule, excerpt: d.excerpt }))}>
                      恢复
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
