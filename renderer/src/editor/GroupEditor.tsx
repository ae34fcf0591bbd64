// An aspect or a key task: its title, and what it contains (numbered, each a jump away).
import { numberLabel } from '../../../core/model/numbering.ts';
import { levelName } from '../../../core/model/level-rules.ts';
import type { Aspect, KeyTask } from '../../../core/model/plan.ts';
import { planLevels } from '../outline/plan-levels.ts';
import { api } from '../api/bridge.ts';
import { PlainTextEditor } from '../lexical/PlainTextEditor.tsx';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';
import { FieldRefusal } from './FieldRefusal.tsx';
import { useFieldSaver } from './use-field-saver.ts';

export function GroupEditor({ ctx, node }: { ctx: ShellContext; node: Aspect | KeyTask }) {
  const saver = useFieldSaver(`title:${node.id}`, node.title, async (title: string) => {
    if (!title.trim()) return;
    await api.call('node.rename', { id: node.id, title: title.trim() });
    ctx.patchTitle(node.id, title.trim());
  });
  const levels = planLevels(ctx);
  const label = (kind: 'aspect' | 'keyTask' | 'measure') => levelName(kind, levels);
  const childKind = node.kind === 'aspect' ? 'keyTask' : 'measure';
  const measures = node.kind === 'aspect' ? node.children.reduce((s, t) => s + t.children.length, 0) : node.children.length;
  return (
    <div className="group-editor">
      <div className="field">
        <span className="field-label">{label(node.kind)}名称</span>
        <PlainTextEditor
          value={node.title}
          label={`${label(node.kind)}名称`}
          onChange={(t) => saver.schedule(t)}
          onCommit={() => void trackSave(saver.flush())}
          busy={() => saver.dirty}
          className="title-editor"
        />
        <FieldRefusal ctx={ctx} saver={saver} />
      </div>
      <p className="group-count" data-testid="group-count">
        {node.kind === 'aspect'
          ? `本${label('aspect')}包括${node.children.length}项${label('keyTask')}，${measures}项${label('measure')}。`
          : `本任务包括${measures}项${label('measure')}。`}
      </p>
      <h3>{label(childKind)}</h3>
      <ol className="child-list">
        {node.children.map((c, i) => (
          <li key={c.id}>
            <button type="button" className="child-link" onClick={() => ctx.jumpTo(c.id)}>
              <span className="num">{numberLabel(childKind, i, levels)}</span>
              <span>{c.title}</span>
            </button>
          </li>
        ))}
      </ol>
      {node.children.length === 0 && <p className="hint">尚无{label(childKind)}，可在大纲工具栏中添加。</p>}
    </div>
  );
}
