// The main area's 计划内容 view: the editor that fits the selected node.
import type { OutlineNode } from '../../../core/api/contract.ts';
import { keyTasksOf, levelName } from '../../../core/model/level-rules.ts';
import type { Aspect, KeyTask, Measure, Part, Plan, Section } from '../../../core/model/plan.ts';
import { planLevels } from '../outline/plan-levels.ts';
import { SectionEditor } from '../part/SectionEditor.tsx';
import { numberPath, pathTo } from '../outline/tree-model.ts';
import { MeasureEditor } from '../measure/MeasureEditor.tsx';
import { PartEditor } from '../part/PartEditor.tsx';
import type { ShellContext } from '../shell/context.ts';
import { GroupEditor } from './GroupEditor.tsx';

export type PlanNodeOf = Part | Aspect | KeyTask | Measure;

export function findPlanNode(plan: Plan, id: number): { node: PlanNodeOf; part: Part } | null {
  for (const part of plan.parts) {
    if (part.id === id) return { node: part, part };
    for (const c of part.children) if (c.id === id) return { node: c, part };
    for (const t of keyTasksOf(part)) {
      if (t.id === id) return { node: t, part };
      for (const m of t.children) if (m.id === id) return { node: m, part };
    }
  }
  return null;
}

function findSection(plan: Plan, id: number): Section | null {
  return plan.sections.find((s) => s.id === id) ?? null;
}

export function NodeEditor({ ctx }: { ctx: ShellContext }) {
  if (ctx.selectedId === null && ctx.plan !== null && ctx.outline.length === 0) {
    // an empty plan: say where last year's plan comes in and where the sample is
    return (
      <section className="node-editor empty" aria-label="节点详情">
        <p>这是一份空计划。</p>
        <p>已有去年的计划或上级的文件？点上方的“导入…”读入 Word（.docx）或文本文件，可逐段核对后创建计划，并一并改为今年的年份。</p>
        <p>想先看看完整的计划是什么样子？点“文件”→“打开示例计划”。</p>
        <p className="hint">也可以在左侧大纲中点“添加部分”，从头起草。</p>
      </section>
    );
  }
  if (ctx.selectedId === null) {
    return (
      <section className="node-editor empty" aria-label="节点详情">
        <p>在左侧大纲中选择一个节点进行编辑。</p>
        <p className="hint">↑↓ 选择，Alt+↑/↓ 移动，拖动可调整位置或放到其他上级下，Ctrl+Z 撤销，Ctrl+F 搜索。</p>
      </section>
    );
  }
  const levels = planLevels(ctx);
  const section = ctx.plan && findSection(ctx.plan, ctx.selectedId);
  if (section) {
    return (
      <section className="node-editor kind-section" aria-label="节点详情">
        <header className="editor-head">
          <div className="detail-kind">
            {levelName('section', levels)} <span className="detail-number">{numberPath(ctx.outline, section.id, levels)}</span>
          </div>
        </header>
        <SectionEditor key={section.id} ctx={ctx} section={section} />
      </section>
    );
  }
  const found = ctx.plan && findPlanNode(ctx.plan, ctx.selectedId);
  if (!found) {
    // read, but not there: the node was deleted, undone away or replaced by a restore
    const gone = ctx.plan !== null;
    return (
      <section className="node-editor empty" aria-label="节点详情">
        {gone ? '所选节点已不在当前计划中，请在左侧大纲中重新选择。' : '正在读取…'}
      </section>
    );
  }
  const chain = pathTo(ctx.outline, ctx.selectedId) ?? [];
  const { node, part } = found;
  return (
    <section className={`node-editor kind-${node.kind}`} aria-label="节点详情">
      <header className="editor-head">
        <div className="detail-kind">
          {levelName(node.kind, levels)} <span className="detail-number">{numberPath(ctx.outline, node.id, levels)}</span>
        </div>
        <Breadcrumb chain={chain.slice(0, -1)} jumpTo={ctx.jumpTo} />
      </header>
      {node.kind === 'measure' ? (
        <MeasureEditor key={node.id} ctx={ctx} measure={node} part={part} />
      ) : node.kind === 'part' ? (
        <PartEditor key={node.id} ctx={ctx} part={node} />
      ) : (
        <GroupEditor key={node.id} ctx={ctx} node={node} />
      )}
    </section>
  );
}

function Breadcrumb({ chain, jumpTo }: { chain: OutlineNode[]; jumpTo(id: number): void }) {
  if (!chain.length) return null;
  return (
    <nav className="breadcrumb" aria-label="所在位置">
      {chain.map((n) => (
        <button key={n.id} type="button" className="link" onClick={() => jumpTo(n.id)} title={n.title}>
          {n.title.length > 16 ? n.title.slice(0, 16) + '…' : n.title}
        </button>
      ))}
    </nav>
  );
}
