// A part: its name, its count sentence (computed), 主要目标 and 主要内容 (autosaved prose),
// and the indicator table of its goals.
import type { Part } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { useFieldSaver } from '../editor/use-field-saver.ts';
import { PlainTextEditor } from '../lexical/PlainTextEditor.tsx';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';
import { planLevels } from '../outline/plan-levels.ts';
import { IndicatorTable } from './IndicatorTable.tsx';

export function PartEditor({ ctx, part }: { ctx: ShellContext; part: Part }) {
  const title = useFieldSaver(`part-title:${part.id}`, part.title, async (t: string) => {
    if (!t.trim()) return;
    await api.call('node.rename', { id: part.id, title: t.trim() });
    ctx.patchTitle(part.id, t.trim());
  });
  // goals and content are read by the explanation's bound segments: show them there at once
  const goals = useFieldSaver(`goals:${part.id}`, part.goals, (goalsText: string) => api.call('part.update', { id: part.id, goals: goalsText }).then(ctx.refresh));
  const content = useFieldSaver(`content:${part.id}`, part.content, (contentText: string) => api.call('part.update', { id: part.id, content: contentText }).then(ctx.refresh));
  const sentence = ctx.counts?.parts.find((p) => p.id === part.id)?.sentence;
  const nameLabel = `${planLevels(ctx).names.part}名称`;

  return (
    <div className="part-editor">
      <div className="field">
        <span className="field-label">{nameLabel}</span>
        <PlainTextEditor
          value={part.title}
          label={nameLabel}
          onChange={(t) => title.schedule(t)}
          onCommit={() => void trackSave(title.flush())}
          busy={() => title.dirty}
          className="title-editor"
        />
      </div>
      {sentence && (
        <p className="part-sentence" data-testid="part-editor-sentence">
          {sentence}
        </p>
      )}
      <div className="field">
        <span className="field-label">主要目标</span>
        <PlainTextEditor
          multiline
          value={part.goals}
          label="主要目标"
          placeholder="如：PM2.5年均浓度控制在28微克/立方米以内……"
          onChange={(t) => goals.schedule(t)}
          onCommit={() => void goals.flush()}
          busy={() => goals.dirty}
          className="prose-editor"
        />
      </div>
      <IndicatorTable ctx={ctx} part={part} />
      <div className="field">
        <span className="field-label">主要内容</span>
        <PlainTextEditor
          multiline
          value={part.content}
          label="主要内容"
          placeholder="一是……二是……"
          onChange={(t) => content.schedule(t)}
          onCommit={() => void content.flush()}
          busy={() => content.dirty}
          className="prose-editor"
        />
      </div>
    </div>
  );
}
