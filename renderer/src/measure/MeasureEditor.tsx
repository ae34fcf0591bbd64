// A measure: its text (Lexical, autosaved as one undo step per burst of typing), 牵头单位 and
// 配合单位 from the unit list, 完成时限, and the part's indicators it serves.
import type { Measure, Part } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { FieldRefusal } from '../editor/FieldRefusal.tsx';
import { useFieldSaver } from '../editor/use-field-saver.ts';
import { PlainTextEditor } from '../lexical/PlainTextEditor.tsx';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';
import { DeadlineField } from './DeadlineField.tsx';
import { CommentLinks } from './CommentLinks.tsx';
import { IndicatorLinks } from './IndicatorLinks.tsx';
import { UnitPicker } from './UnitPicker.tsx';

export function MeasureEditor({ ctx, measure, part }: { ctx: ShellContext; measure: Measure; part: Part }) {
  const text = useFieldSaver(`measure:${measure.id}`, measure.title, async (value: string) => {
    await api.call('measure.setText', { id: measure.id, text: value });
    ctx.patchTitle(measure.id, value);
  });
  const update = (fields: { leadUnits?: string[]; supportUnits?: string[]; indicatorIds?: number[] }) =>
    trackSave(api.call('measure.update', { id: measure.id, ...fields }))
      .then(ctx.refresh)
      .catch(ctx.fail);
  const units = ctx.plan?.units ?? [];

  return (
    <div className="measure-editor">
      <div className="field">
        <span className="field-label">措施内容</span>
        <PlainTextEditor
          value={measure.title}
          label="措施内容"
          placeholder="写下这项具体措施，如：2024年底前完成……"
          onChange={(t) => text.schedule(t)}
          onCommit={() => void text.flush()}
          busy={() => text.dirty}
          className="measure-text"
          testId="measure-text"
        />
        <span className="hint">输入即自动保存；按 Enter 立即保存。</span>
        <FieldRefusal ctx={ctx} saver={text} />
      </div>
      <UnitPicker label="牵头单位" value={measure.leadUnits} exclude={measure.supportUnits} units={units} onChange={(v) => void update({ leadUnits: v })} />
      <UnitPicker label="配合单位" value={measure.supportUnits} exclude={measure.leadUnits} units={units} onChange={(v) => void update({ supportUnits: v })} />
      <DeadlineField
        value={measure.deadline}
        year={ctx.plan?.year ?? null}
        onSave={(deadline) =>
          void trackSave(api.call('measure.setDeadline', { id: measure.id, deadline }))
            .then(ctx.refresh)
            .catch(ctx.fail)
        }
      />
      <IndicatorLinks indicators={part.indicators} value={measure.indicatorIds} onChange={(ids) => void update({ indicatorIds: ids })} />
      <CommentLinks nodeId={measure.id} version={ctx.version} fail={ctx.fail} />
    </div>
  );
}
