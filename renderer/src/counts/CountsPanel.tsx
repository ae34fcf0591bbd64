// The count sentences, always computed by core after every edit, never typed; and where the
// load falls: measures per part and per lead unit, as bars.
import { measuresOf } from '../../../core/model/level-rules.ts';
import type { CountsView } from '../../../core/api/contract.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { BarChart } from './BarChart.tsx';

/** Units beyond this many are summed into one "其他单位" bar. */
const UNIT_BARS = 12;

export function CountsPanel({ counts, plan, jumpTo }: { counts: CountsView | null; plan: Plan | null; jumpTo(id: number): void }) {
  if (!counts) return null;
  return (
    <section className="counts" aria-label="计数">
      <p className="total-sentence" data-testid="total-sentence">
        {counts.parts.length}个{counts.levels.names.part}，{counts.totals.sentence}
      </p>
      <ol className="part-counts">
        {counts.parts.map((p) => (
          <li key={p.id} data-testid={`part-sentence-${p.id}`}>
            <button type="button" className="link part-name" onClick={() => jumpTo(p.id)}>
              {p.name}
            </button>
            <span>{p.sentence}</span>
          </li>
        ))}
      </ol>
      <h3>各部分具体措施数</h3>
      <BarChart label="各部分具体措施数" bars={counts.parts.map((p) => ({ key: String(p.id), label: p.name, value: p.measures }))} unit="项" />
      <h3>各牵头单位承担措施数</h3>
      {plan ? <BarChart label="各牵头单位承担措施数" bars={leadUnitBars(plan)} unit="项" /> : <p className="hint">正在读取…</p>}
      <p className="hint">一项措施有多个牵头单位时，每个单位各计一次。</p>
    </section>
  );
}

function leadUnitBars(plan: Plan) {
  const byUnit = new Map<string, number>();
  let none = 0;
  for (const p of plan.parts)
    for (const m of measuresOf(p)) {
      if (!m.leadUnits.length) none++;
      for (const u of m.leadUnits) byUnit.set(u, (byUnit.get(u) ?? 0) + 1);
    }
  const sorted = [...byUnit].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  const bars = sorted.slice(0, UNIT_BARS).map(([u, n]) => ({ key: u, label: u, value: n }));
  const rest = sorted.slice(UNIT_BARS);
  if (rest.length) bars.push({ key: '其他', label: `其他${rest.length}个单位`, value: rest.reduce((s, [, n]) => s + n, 0) });
  if (none) bars.push({ key: '未填写', label: '未填写牵头单位', value: none });
  return bars;
}
