// The outline's filter bar: text, lead unit, deadline, and "has open comments".
import { measuresOf } from '../../../core/model/level-rules.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { OutlineFilter } from './tree-model.ts';

export function OutlineFilters(props: { filter: OutlineFilter; plan: Plan | null; pendingCount: number; matches: number | null; onChange(f: OutlineFilter): void }) {
  const { filter: f, plan } = props;
  const measures = plan ? plan.parts.flatMap((p) => measuresOf(p)) : [];
  const leadUnits = [...new Set(measures.flatMap((m) => m.leadUnits))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const deadlines = [...new Set(measures.map((m) => m.deadline).filter(Boolean))].sort();
  const set = (patch: Partial<OutlineFilter>) => props.onChange({ ...f, ...patch });
  return (
    <div className="filters" role="search" aria-label="筛选大纲">
      <input
        className="filter-text"
        aria-label="按文字筛选"
        placeholder="筛选大纲…"
        value={f.text}
        onChange={(e) => set({ text: e.target.value })}
        onKeyDown={(e) => e.key === 'Escape' && set({ text: '' })}
      />
      <select aria-label="按牵头单位筛选" value={f.leadUnit} onChange={(e) => set({ leadUnit: e.target.value })} disabled={!plan}>
        <option value="">全部牵头单位</option>
        {leadUnits.map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
      </select>
      <select aria-label="按完成时限筛选" value={f.deadline} onChange={(e) => set({ deadline: e.target.value })} disabled={!plan}>
        <option value="">全部完成时限</option>
        {deadlines.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <label className="check filter-pending" title={props.pendingCount ? '' : '目前没有待处理的意见'}>
        <input type="checkbox" checked={f.pendingOnly} onChange={(e) => set({ pendingOnly: e.target.checked })} />
        有待处理意见{props.pendingCount ? `（${props.pendingCount}）` : ''}
      </label>
      {props.matches !== null && (
        <span className="filter-result" role="status">
          {props.matches} 项符合
          <button type="button" className="link" onClick={() => props.onChange({ text: '', leadUnit: '', deadline: '', pendingOnly: false })}>
            清除筛选
          </button>
        </span>
      )}
    </div>
  );
}
