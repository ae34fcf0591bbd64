// An aspect or a key task: its title, and what it contains (numbered, each a jump away).
import { numberLabel } from '../../../core/model/numbering.ts';
import { KIND_LABEL, type Aspect, type KeyTask } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { PlainTextEditor } from '../lexical/PlainTextEditor.tsx';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';
import { useFieldSaver } from './use-field-saver.ts';

export function GroupEditor({ ctx, node }: { ctx: ShellContext; node: Aspect | KeyTask }) {
  const saver = useFieldSaver(`title:${node.id}`, node.title, async (title: string) => {
    if (!title.trim()) return;
    await api.call('node.rename', { id: node.id, title: title.trim() });
    ctx.patchTitle(node.id, title.trim());
  });
  const childKind = node.kind === 'aspect' ? 'keyTask' : 'measure';
  const measures = node.kind === 'aspect' ? node.children.reduce((s, t) => s + t.children.length, 0) : node.children.length;
  return (
    <div className="group-editor">
      <div className="field">
        <span className="field-label">{KIND_LABEL[node.kind]}名称</span>
        <PlainTextEditor
          value={node.title}
          label={`${KIND_LABEL[node.kind]}名称`}
          onChange={(t) => saver.schedule(t)}
          onCommit={() => void trackSave(saver.flush())}
          busy={() => saver.dirty}
          className="title-editor"
        />
      </div>
      <p className="group-count" data-testid="group-count">
        {node.kind === 'aspect'
          ? `本方面包括${node.children.length}项重点任务，${measures}项具体措施。`
          : `本任务包括${measures}项具体措施。`}
      </p>
      <h3>{KIND_LABEL[childKind]}</h3>
      <ol className="child-list">
        {node.children.map((c, i) => (
          <li key={c.id}>
            <button type="button" className="child-link" onClick={() => ctx.jumpTo(c.id)}>
              <span className="num">{numberLabel(childKind, i)}</span>
              <span>{c.title}</span>
            </button>
          </li>
        ))}
      </ol>
      {node.children.length === 0 && <p className="hint">尚无{KIND_LABEL[childKind]}，可在大纲工具栏中添加。</p>}
    </div>
  );
}
