// The 台账: for the chosen period, the summary sentence, counts by status, rows waiting for
// confirmation, charts by part and by unit, the 滞后 and overdue list, units that did not report,
// the indicators against their targets, and every measure's status (filtered, a page at a time so
// a plan of 10,000 measures stays quick).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Ledger, LedgerFilter, LedgerMeasure } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import type { ShellContext } from '../shell/context.ts';
import { DateField } from '../shell/controls/DateField.tsx';
import { ConfirmRows } from './ConfirmRows.tsx';
import { DocumentButtons } from './DocumentButtons.tsx';
import { IndicatorCard } from './IndicatorCard.tsx';
import { ProgressIntakeDialog } from './IntakeDialog.tsx';
import { StatusBars, StatusLegend } from './StatusBars.tsx';
import { STATUS_NAME, STATUS_ORDER, announceYearChange, statusName, useYearChanges, type LedgerStatusKey } from './year-data.ts';
import './year.css';

const PAGE = 50;
const LIGHT_NAME = { red: '红灯', yellow: '黄灯', green: '绿灯' } as const;
type StatusFilter = LedgerStatusKey | 'overdue' | '';

function MeasureTable(props: { measures: LedgerMeasure[]; periodId: number | null; label: string; onJump(id: number): void; testId?: string }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(props.measures.length / PAGE));
  useEffect(() => setPage(0), [props.measures]);
  const shown = props.measures.slice(page * PAGE, page * PAGE + PAGE);
  const key = props.periodId === null ? null : String(props.periodId);
  return (
    <>
      <table className="year-table ledger-table" aria-label={props.label} data-testid={props.testId}>
        <colgroup>
          <col className="c-light" />
          <col className="c-number" />
          <col />
          <col className="c-unit" />
          <col className="c-deadline" />
          <col className="c-status" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">预警</span>
            </th>
            <th scope="col">编号</th>
            <th scope="col">措施</th>
            <th scope="col">牵头单位</th>
            <th scope="col">完成时限</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => {
            const reported = key ? m.byPeriod[key] : undefined;
            return (
              <tr key={m.id} data-light={m.light}>
                <td>
                  <span className={`light ${m.light}`} role="img" aria-label={LIGHT_NAME[m.light]} title={LIGHT_NAME[m.light]} />
                </td>
                <td className="cell-number">{m.number}</td>
                <td>
                  <button type="button" className="link measure-link" onClick={() => props.onJump(m.id)} title={m.text}>
                    {m.text}
                  </button>
                  {reported?.progress && <p className="hint clip2">进展：{reported.progress}</p>}
                  {reported?.problems && <p className="hint clip2">问题：{reported.problems}</p>}
                </td>
                <td>{m.leadUnits.join('、')}</td>
                <td>
                  {m.deadline}
                  {m.overdue && <span className="overdue">逾期{m.overdueWorkdays}个工作日</span>}
                  {!m.overdue && m.dueSoon && <span className="due-soon">即将到期</span>}
                </td>
                <td>
                  <span className={`status-chip s-${m.status ?? 'notReported'}`}>{statusName(m.status)}</span>
                  {reported?.carried && <span className="hint">（沿用上期）</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.measures.length === 0 && <p className="hint">没有符合条件的措施。</p>}
      {pages > 1 && (
        <nav className="pager" aria-label={`${props.label}翻页`}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            上一页
          </button>
          <span>
            第 {page + 1}/{pages} 页（共 {props.measures.length} 项）
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            下一页
          </button>
        </nav>
      )}
    </>
  );
}

export function LedgerView({ ctx }: { ctx: ShellContext }) {
  const [periodId, setPeriodId] = useState<number | null>(null);
  const [asOf, setAsOf] = useState('');
  const [unit, setUnit] = useState('');
  const [partId, setPartId] = useState(0);
  const [status, setStatus] = useState<StatusFilter>('');
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [filtered, setFiltered] = useState<LedgerMeasure[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [intake, setIntake] = useState(false);
  const [tick, setTick] = useState(0);
  const base = useMemo<LedgerFilter>(() => ({ ...(periodId ? { periodId } : {}), ...(asOf ? { asOf } : {}) }), [periodId, asOf]);
  useYearChanges(useCallback(() => setTick((t) => t + 1), []));

  useEffect(() => {
    let live = true;
    api.call('year.ledger', base).then(
      (l) => live && (setLedger(l), setError(null)),
      (e: unknown) => live && setError((e as Error).message),
    );
    return () => void (live = false);
  }, [base, ctx.version, tick]);

  const filtering = unit !== '' || partId !== 0 || status !== '';
  useEffect(() => {
    if (!filtering) return setFiltered(null);
    let live = true;
    api.call('year.ledger', { ...base, ...(unit ? { unit } : {}), ...(partId ? { partId } : {}), ...(status ? { status } : {}) }).then(
      (l) => live && setFiltered(l.measures),
      (e: unknown) => live && setError((e as Error).message),
    );
    return () => void (live = false);
  }, [base, unit, partId, status, filtering, ctx.version, tick]);

  const lagging = useMemo(() => (ledger ? ledger.measures.filter((m) => m.status === 'behind' || m.overdue) : []), [ledger]);
  if (error && !ledger)
    return (
      <p className="year-error ledger-pad" role="alert">
        {error}
      </p>
    );
  if (!ledger) return <p className="view-loading">正在读取台账…</p>;
  const period = ledger.period;
  const c = ledger.counts;
  const reload = () => setTick((t) => t + 1);
  const tiles: { key: StatusFilter; label: string; value: number }[] = [
    ...STATUS_ORDER.map((s) => ({ key: s as StatusFilter, label: STATUS_NAME[s], value: c[s] })),
    { key: 'overdue', label: '逾期', value: c.overdue },
  ];

  return (
    <div className="ledger" aria-label="台账">
      <header className="ledger-head">
        <div className="ledger-title">
          <h2>台账</h2>
          <label className="year-inline">
            <span>调度期</span>
            <select aria-label="调度期" value={period?.id ?? ''} onChange={(e) => setPeriodId(Number(e.target.value) || null)}>
              {ledger.periods.length === 0 && <option value="">尚无调度期</option>}
              {ledger.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <div className="ledger-asof">
            <DateField label="统计截至" value={asOf || ledger.asOf} onChange={setAsOf} />
          </div>
          <button type="button" onClick={() => setIntake(true)}>
            收回填报表…
          </button>
        </div>
        <p className="ledger-sentence" data-testid="ledger-sentence">
          {ledger.sentence}
          {period && (
            <span className="hint">
              {' '}
              （{period.name}：{period.reported}/{period.units} 个单位已报送；逾期按工作日计，截至 {ledger.asOf}）
            </span>
          )}
        </p>
        <DocumentButtons periodId={period?.id ?? null} asOf={asOf || undefined} />
      </header>

      <ul className="ledger-tiles" aria-label="各状态措施数">
        {tiles.map((t) => (
          <li key={t.key}>
            <button
              type="button"
              className={`tile t-${t.key}${status === t.key ? ' on' : ''}`}
              aria-pressed={status === t.key}
              onClick={() => setStatus(status === t.key ? '' : t.key)}
              data-testid={`tile-${t.key}`}
            >
              <span className="tile-value">{t.value}</span>
              <span className="tile-label">{t.label}</span>
            </button>
          </li>
        ))}
      </ul>

      {ledger.toConfirm.length > 0 && <ConfirmRows rows={ledger.toConfirm} onChanged={() => (announceYearChange(), reload())} />}

      <section className="ledger-charts" aria-label="完成情况图">
        <StatusLegend />
        <div className="chart-grid">
          <StatusBars title="各部分措施完成情况" rows={ledger.byPart.map((p) => ({ key: String(p.partId), label: p.partTitle, counts: p }))} onPick={(k) => setPartId(Number(k))} />
          <StatusBars
            title="各牵头单位措施完成情况"
            rows={[...ledger.byUnit].sort((a, b) => b.behind + b.overdue - (a.behind + a.overdue) || b.total - a.total).map((u) => ({ key: u.unit, label: u.unit, counts: u }))}
            limit={10}
            onPick={setUnit}
          />
        </div>
      </section>

      <div className="ledger-two">
        <section className="year-section" aria-label="滞后和逾期措施">
          <h3>滞后和逾期措施（{lagging.length} 项）</h3>
          {lagging.length === 0 ? (
            <p className="hint">本期没有滞后或逾期的措施。</p>
          ) : (
            <MeasureTable measures={lagging} periodId={period?.id ?? null} label="滞后和逾期措施" onJump={ctx.jumpTo} testId="lagging" />
          )}
        </section>
        <section className="year-section" aria-label="未报送单位">
          <h3>未报送单位（{ledger.unitsNotReported.length} 个）</h3>
          {ledger.unitsNotReported.length === 0 ? (
            <p className="hint">各牵头单位均已报送。</p>
          ) : (
            <ul className="unit-chips" data-testid="units-not-reported">
              {ledger.unitsNotReported.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {ledger.indicators.length > 0 && (
        <section className="ledger-indicators" aria-label="指标">
          <h3>指标完成情况</h3>
          <div className="ind-grid">
            {ledger.indicators.map((t) => (
              <IndicatorCard
                key={t.indicatorId}
                track={t}
                onSaved={(n) => setLedger((l) => l && { ...l, indicators: l.indicators.map((x) => (x.indicatorId === n.indicatorId ? n : x)) })}
              />
            ))}
          </div>
        </section>
      )}

      <section className="ledger-measures" aria-label="全部措施">
        <h3>全部措施</h3>
        <div className="ledger-filters" role="group" aria-label="筛选">
          <label className="year-inline">
            <span>牵头单位</span>
            <select aria-label="按牵头单位筛选" value={unit} onChange={(e) => setUnit(e.target.value)}>
              <option value="">全部</option>
              {ledger.byUnit.map((u) => (
                <option key={u.unit} value={u.unit}>
                  {u.unit}
                </option>
              ))}
            </select>
          </label>
          <label className="year-inline">
            <span>部分</span>
            <select aria-label="按部分筛选" value={partId} onChange={(e) => setPartId(Number(e.target.value))}>
              <option value={0}>全部</option>
              {ledger.byPart.map((p) => (
                <option key={p.partId} value={p.partId}>
                  {p.partTitle}
                </option>
              ))}
            </select>
          </label>
          <label className="year-inline">
            <span>状态</span>
            <select aria-label="按状态筛选" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
              <option value="">全部</option>
              {tiles.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          {filtering && (
            <button type="button" onClick={() => (setUnit(''), setPartId(0), setStatus(''))}>
              清除筛选
            </button>
          )}
        </div>
        <MeasureTable measures={filtered ?? ledger.measures} periodId={period?.id ?? null} label="措施台账" onJump={ctx.jumpTo} testId="ledger-measures" />
      </section>
      {intake && <ProgressIntakeDialog periods={ledger.periods} onClose={() => setIntake(false)} onTaken={() => (announceYearChange(), reload())} />}
    </div>
  );
}
