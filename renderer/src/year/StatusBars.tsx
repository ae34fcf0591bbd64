// Stacked horizontal bars of measure statuses (per part, per unit): one row per group, segments
// as wide as their share, coloured as the legend. Screen readers read each row as a sentence.
import { useState } from 'react';
import type { StatusCounts } from '../../../core/api/contract.ts';
import { STATUS_COLOUR, STATUS_NAME, STATUS_ORDER } from './year-data.ts';

export interface StatusRow {
  key: string;
  label: string;
  counts: StatusCounts;
}

const sentence = (r: StatusRow) => `${r.label}：共${r.counts.total}项，${STATUS_ORDER.map((s) => `${STATUS_NAME[s]}${r.counts[s]}项`).join('，')}`;

export function StatusLegend() {
  return (
    <ul className="status-legend" aria-hidden="true">
      {STATUS_ORDER.map((s) => (
        <li key={s}>
          <span className="swatch" style={{ background: STATUS_COLOUR[s] }} />
          {STATUS_NAME[s]}
        </li>
      ))}
    </ul>
  );
}

export function StatusBars(props: { title: string; rows: StatusRow[]; limit?: number; onPick?(key: string): void }) {
  const [all, setAll] = useState(false);
  const max = Math.max(1, ...props.rows.map((r) => r.counts.total));
  const shown = props.limit && !all ? props.rows.slice(0, props.limit) : props.rows;
  return (
    <figure className="status-bars">
      <figcaption>{props.title}</figcaption>
      <ul aria-label={props.title}>
        {shown.map((r) => (
          <li key={r.key} aria-label={sentence(r)}>
            {props.onPick ? (
              <button type="button" className="link sb-label" title={`只看${r.label}`} onClick={() => props.onPick!(r.key)}>
                {r.label}
              </button>
            ) : (
              <span className="sb-label" title={r.label}>
                {r.label}
              </span>
            )}
            <span className="sb-track" aria-hidden="true">
              <span className="sb-fill" style={{ width: `${(r.counts.total / max) * 100}%` }}>
                {STATUS_ORDER.filter((s) => r.counts[s] > 0).map((s) => (
                  <span key={s} className="sb-seg" title={`${STATUS_NAME[s]} ${r.counts[s]}项`} style={{ flexGrow: r.counts[s], background: STATUS_COLOUR[s] }} />
                ))}
              </span>
            </span>
            <span className="sb-value" aria-hidden="true">
              {r.counts.behind > 0 && <span className="sb-behind">滞后{r.counts.behind}</span>}
              {r.counts.total}
            </span>
          </li>
        ))}
      </ul>
      {props.limit && props.rows.length > props.limit && (
        <button type="button" className="link" onClick={() => setAll((a) => !a)}>
          {all ? '收起' : `显示全部 ${props.rows.length} 个`}
        </button>
      )}
    </figure>
  );
}
