// Beside an autosaved field whose text the host refused for good (shell/autosave.ts): the reason
// in Chinese, and the way out. The typed text stays in the field and is not sent again by itself.
// For an issued plan without an open 调整 the way out is 开始调整…: once the adjustment is open
// (here, or from the top bar) the text is sent again, once.
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { ShellContext } from '../shell/context.ts';
import { AdjustDialog } from '../year/AdjustDialog.tsx';
import { announceYearChange, useYearChanges, useYearState } from '../year/year-data.ts';

interface RefusableSaver {
  readonly refusal: string | null;
  watch(w: () => void): () => void;
  retry(): Promise<void>;
}

export function FieldRefusal({ ctx, saver }: { ctx: ShellContext; saver: RefusableSaver }) {
  const refusal = useSyncExternalStore(
    (l) => saver.watch(l),
    () => saver.refusal,
  );
  if (!refusal) return null;
  return <Refusal ctx={ctx} saver={saver} reason={refusal} />;
}

function Refusal({ ctx, saver, reason }: { ctx: ShellContext; saver: RefusableSaver; reason: string }) {
  const { state, reload } = useYearState(ctx.version);
  const [adjusting, setAdjusting] = useState(false);
  // an adjustment opened elsewhere (the top bar's 开始调整…) answers this refusal too
  useYearChanges(
    useCallback(() => {
      void reload();
      void saver.retry();
    }, [reload, saver]),
  );
  const locked = !!state?.issue && !state.openAdjustment;
  return (
    <div className="field-refusal" role="alert" data-testid="field-refusal">
      <p>
        <strong>未保存：</strong>
        {reason}
      </p>
      <p className="field-refusal-actions">
        <span className="hint">输入的文字仍在上面的输入框中。</span>
        {locked ? (
          <button type="button" className="primary" onClick={() => setAdjusting(true)}>
            开始调整…
          </button>
        ) : (
          <button type="button" onClick={() => void saver.retry()}>
            重新保存
          </button>
        )}
      </p>
      {adjusting && (
        <AdjustDialog
          onClose={() => setAdjusting(false)}
          onOpened={() => {
            setAdjusting(false);
            void saver.retry().then(() => {
              announceYearChange();
              return ctx.refresh();
            });
          }}
        />
      )}
    </div>
  );
}
