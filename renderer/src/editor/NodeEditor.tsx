// The main area's 计划内容 view: the editor that fits the selected node.
import type { OutlineNode } from '../../../core/api/contract.ts';
import { KIND_LABEL, type Aspect, type KeyTask, type Measure, type Part, type Plan } from '../../../core/model/plan.ts';
import { numberPath, pathTo } from '../outline/tree-model.ts';
import { MeasureEditor } from '../measure/MeasureEditor.tsx';
import { PartEditor } from '../part/PartEditor.tsx';
import type { ShellContext } from '../shell/context.ts';
import { GroupEditor } from './GroupEditor.tsx';

export type PlanNodeOf = Part | Aspect | KeyTask | Measure;

export function findPlanNode(plan: Plan, id: number): { node: PlanNodeOf; part: Part } | null {
  for (const part of plan.parts) {
    if (part.id === id) return { node: part, part };
    for (const a of part.children) {
      if (a.id === id) return { node: a, part };
      for (const t of a.children) {
        if (t.id === id) return { node: t, part };
        for (const m of t.children) if (m.id === id) return { node: m, part };
      }
    }
  }
  return null;
}

export function NodeEditor({ ctx }: { ctx: ShellContext }) {
  if (ctx.selectedId === null) {
    return (
      <section className="node-editor empty" aria-label="节点详情">
        <p>在左侧大纲中选择一个节点进行编辑。</p>
        <p className="hint">↑↓ 选择，Alt+↑/↓ 移动，拖动可调整位置或放到其他上级下，Ctrl+Z 撤销，Ctrl+F 搜索。</p>
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
          {KIND_LABEL[node.kind]} <span className="detail-number">{numberPath(ctx.outline, node.id)}</span>
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
