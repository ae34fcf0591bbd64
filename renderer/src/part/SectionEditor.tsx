// A text section (总体要求, 保障措施 …): its title and its text, autosaved. It is numbered among
// the parts but has no tasks, no indicators and no count sentence.
import type { Section } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { useFieldSaver } from '../editor/use-field-saver.ts';
import { PlainTextEditor } from '../lexical/PlainTextEditor.tsx';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';

export function SectionEditor({ ctx, section }: { ctx: ShellContext; section: Section }) {
  const title = useFieldSaver(`section-title:${section.id}`, section.title, async (t: string) => {
    if (!t.trim()) return;
    await api.call('node.rename', { id: section.id, title: t.trim() });
    ctx.patchTitle(section.id, t.trim());
  });
  const content = useFieldSaver(`section-content:${section.id}`, section.content, (text: string) => api.call('part.update', { id: section.id, content: text }).then(ctx.refresh));
  return (
    <div className="section-editor">
      <div className="field">
        <span className="field-label">章节标题</span>
        <PlainTextEditor
          value={section.title}
          label="章节标题"
          onChange={(t) => title.schedule(t)}
          onCommit={() => void trackSave(title.flush())}
          busy={() => title.dirty}
          className="title-editor"
        />
      </div>
      <p className="hint">文字章节只有标题和正文，与各部分一起按“一、二、”编号，不计入任务和措施数量。</p>
      <div className="field">
        <span className="field-label">正文</span>
        <PlainTextEditor
          multiline
          value={section.content}
          label="章节正文"
          placeholder="如：以习近平生态文明思想为指导……"
          onChange={(t) => content.schedule(t)}
          onCommit={() => void content.flush()}
          busy={() => content.dirty}
          className="prose-editor"
        />
      </div>
    </div>
  );
}
