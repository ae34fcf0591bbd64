// Per unit: asked, replied, 无意见, overdue — as a stacked bar, and the comments by status as
// another; then the units one by one. Plain CSS bars: a chart library would weigh more than
// the whole panel.
import type { DashboardView } from '../../../core/api/contract.ts';
import { COMMENT_STATUSES, STATUS_LABEL } from '../../../core/model/consultation.ts';
import { UNIT_STATE_LABEL, unitState, type UnitState } from './labels.ts';

const UNIT_STATES: UnitState[] = ['replied', 'none', 'overdue', 'waiting'];

function StackedBar(props: { label: string; parts: { key: string; label: string; value: number; className: string }[] }) {
  const total = props.parts.reduce((n, p) => n + p.value, 0);
  return (
    <figure style={{ margin: 0 }} aria-label={props.label}>
      <div className="cs-stack" role="img" aria-label={`${props.label}：${props.parts.map((p) => `${p.label}${p.value}`).join('，')}`}>
        {props.parts.map((p) =>
          p.value > 0 ? <span key={p.key} className={p.className} style={{ width: `${(p.value / Math.max(total, 1)) * 100}%` }} title={`${p.label}：${p.value}`} /> : null,
        )}
      </div>
      <ul className="cs-legend" aria-hidden="true">
        {props.parts.map((p) => (
          <li key={p.key}>
            <i className={p.className} />
            {p.label} {p.value}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function RoundDashboard({ dashboard }: { dashboard: DashboardView }) {
  const { units, summary } = dashboard;
  const states = units.map(unitState);
  return (
    <section aria-label="反馈情况">
      <h3>反馈情况（征求 {units.length} 个单位）</h3>
      <StackedBar
        label="单位反馈"
        parts={UNIT_STATES.map((s) => ({ key: s, label: UNIT_STATE_LABEL[s], value: states.filter((x) => x === s).length, className: `c-${s === 'replied' ? 'replied' : s}` }))}
      />
      <StackedBar
        label="意见处理"
        parts={COMMENT_STATUSES.map((s) => ({
          key: s,
          label: STATUS_LABEL[s],
          value: s === 'pending' ? summary.pending : s === 'adopted' ? summary.adopted : s === 'partlyAdopted' ? summary.partlyAdopted : summary.rejected,
          className: `c-${s}`,
        }))}
      />
      <p className="cs-summary" data-testid="consult-summary">
        {summary.sentence}
      </p>
      {summary.pending > 0 && <p className="cs-warn">还有 {summary.pending} 条意见待处理，处理完毕后汇总句才是最终数字。</p>}
      <table className="cs-table" aria-label="各单位反馈">
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">状态</th>
            <th scope="col">意见</th>
            <th scope="col">待处理</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => (
            <tr key={u.unitId} aria-label={u.name}>
              <td title={[u.contact, u.phone].filter(Boolean).join(' ')}>{u.name}</td>
              <td>
                <span className={`cs-state ${states[i]}`}>{UNIT_STATE_LABEL[states[i]]}</span>
              </td>
              <td className="num">{u.comments}</td>
              <td className="num">{u.byStatus.pending}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
