// One indicator's year: monthly actuals as bars against the target (a running total for counts
// and tonnages, whose target is the year's sum), the limit the remaining months must keep, the
// outlook sentence from core, and the twelve months to type in (saved as they are typed).
import { useEffect, useRef, useState } from 'react';
import type { IndicatorTrack } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import { trackSave } from '../shell/autosave.ts';

const W = 360;
const H = 150;
const PAD = { left: 38, right: 8, top: 16, bottom: 22 };
const COMPARATOR_WORD: Record<string, string> = { '<=': '≤', '>=': '≥', '=': '=', '≈': '约' };

const fmt = (v: number) => (Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10));

function Chart({ t }: { t: IndicatorTrack }) {
  const cumulative = t.aggregate === 'sum';
  const values = t.months.map((m) => m.value);
  let run = 0;
  const totals = values.map((v) => (v === null ? null : (run += v)));
  const lastFilled = values.reduce<number>((last, v, i) => (v === null ? last : i), -1);
  const scaleMax =
    Math.max(1, t.target, ...(values.filter((v) => v !== null) as number[]), ...(cumulative ? (totals.filter((v) => v !== null) as number[]) : []), t.remainingLimit ?? 0) * 1.15;
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) / 12) * i;
  const bw = ((W - PAD.left - PAD.right) / 12) * 0.62;
  const y = (v: number) => H - PAD.bottom - (Math.max(0, v) / scaleMax) * (H - PAD.top - PAD.bottom);
  const lowerIsBetter = t.comparator === '<=';
  const over = (v: number) => (!cumulative && t.aggregate === 'mean' ? (lowerIsBetter ? v > t.target : v < t.target) : false);
  const described = `${t.name}：目标${COMPARATOR_WORD[t.comparator] ?? ''}${t.target}${t.unit}；${
    t.months
      .filter((m) => m.value !== null)
      .map((m) => `${Number(m.month.slice(5))}月${m.value}`)
      .join('，') || '尚无实际值'
  }`;
  const limitFrom = lastFilled + 1;
  return (
    <svg className="ind-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={described} preserveAspectRatio="xMidYMid meet">
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y((scaleMax * f) / 1.15)} y2={y((scaleMax * f) / 1.15)} className="grid" />
          <text x={PAD.left - 4} y={y((scaleMax * f) / 1.15) + 4} className="axis" textAnchor="end">
            {fmt((scaleMax * f) / 1.15)}
          </text>
        </g>
      ))}
      {values.map((v, i) =>
        v === null ? null : (
          <rect key={i} x={x(i) + (x(1) - x(0) - bw) / 2} width={bw} y={y(v)} height={Math.max(0.5, H - PAD.bottom - y(v))} className={over(v) ? 'bar over' : 'bar'} />
        ),
      )}
      {cumulative && lastFilled >= 0 && (
        <polyline
          className="cumulative"
          points={totals
            .map((v, i) => (v === null ? null : `${x(i) + (x(1) - x(0)) / 2},${y(v)}`))
            .filter(Boolean)
            .join(' ')}
        />
      )}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(t.target)} y2={y(t.target)} className="target" />
      <text x={W - PAD.right} y={y(t.target) - 3} className="target-label" textAnchor="end">
        {cumulative ? '全年' : ''}目标{COMPARATOR_WORD[t.comparator] ?? ''}
        {t.target}
      </text>
      {t.remainingLimit !== null && t.aggregate === 'mean' && limitFrom < 12 && (
        <>
          <line x1={x(limitFrom)} x2={W - PAD.right} y1={y(t.remainingLimit)} y2={y(t.remainingLimit)} className="limit" />
          <text x={x(limitFrom) + 2} y={y(t.remainingLimit) + 11} className="limit-label">
            剩余月份需{lowerIsBetter ? '≤' : '≥'}
            {fmt(t.remainingLimit)}
          </text>
        </>
      )}
      {t.months.map((m, i) => (
        <text key={m.month} x={x(i) + (x(1) - x(0)) / 2} y={H - 6} className="axis" textAnchor="middle">
          {Number(m.month.slice(5))}
        </text>
      ))}
    </svg>
  );
}

function MonthInput(props: { t: IndicatorTrack; month: string; value: number | null; onSaved(t: IndicatorTrack): void; onError(text: string | null): void }) {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(props.value);
  useEffect(() => {
    last.current = props.value;
    setText(props.value === null ? '' : String(props.value));
  }, [props.value]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const label = `${props.t.name}${Number(props.month.slice(5))}月实际值（${props.t.unit}）`;
  const save = (raw: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const t = raw.trim();
    if (t === '') return;
    const value = Number(t);
    if (!Number.isFinite(value)) return props.onError(`${label}须填数字，如 32.5。`);
    if (value === last.current) return;
    last.current = value;
    props.onError(null);
    trackSave(api.call('year.setActual', { indicatorId: props.t.indicatorId, month: props.month, value })).then(props.onSaved, (e: unknown) => {
      last.current = null;
      props.onError((e as Error).message);
    });
  };
  return (
    <label className="month-input">
      <span aria-hidden="true">{Number(props.month.slice(5))}月</span>
      <input
        inputMode="decimal"
        aria-label={label}
        value={text}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => save(v), 800);
        }}
        onBlur={() => save(text)}
        onKeyDown={(e) => e.key === 'Enter' && save(text)}
      />
    </label>
  );
}

export function IndicatorCard(props: { track: IndicatorTrack; onSaved(t: IndicatorTrack): void }) {
  const t = props.track;
  const [error, setError] = useState<string | null>(null);
  const ytd = t.yearToDate === null ? '—' : `${fmt(t.yearToDate)}${t.unit}`;
  return (
    <article className={`ind-card${t.onTrack === false ? ' off' : ''}`} aria-label={t.name}>
      <header>
        <h4>{t.name}</h4>
        <span className="hint">{t.partTitle}</span>
      </header>
      <p className="ind-figures">
        目标 {COMPARATOR_WORD[t.comparator] ?? ''}
        {t.target}
        {t.unit}，今年以来 <strong>{ytd}</strong>
        {t.onTrack !== null && <span className={`ind-verdict ${t.onTrack ? 'ok' : 'off'}`}>{t.onTrack ? '可望完成' : '完成有难度'}</span>}
      </p>
      {t.yearToDate !== null && <Chart t={t} />}
      <p className={`ind-outlook${t.outlook ? '' : ' hint'}`} data-testid="indicator-outlook">
        {t.outlook ?? '尚无实际值：填入各月数值，或收回含指标月度值的填报表。'}
      </p>
      <details className="ind-months">
        <summary>填写各月实际值</summary>
        <div className="month-grid">
          {t.months.map((m) => (
            <MonthInput key={m.month} t={t} month={m.month} value={m.value} onSaved={props.onSaved} onError={setError} />
          ))}
        </div>
      </details>
      {error && (
        <p className="year-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
