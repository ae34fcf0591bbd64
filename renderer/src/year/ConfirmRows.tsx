// Rows of returned forms matched by text (the id column deleted, rows reordered or merged) or not
// matched at all: none counts in the ledger until the drafter confirms it, attaches it to another
// measure (the node picker) or detaches it (then it waits to be placed).
import { useState } from 'react';
import type { IntakeRow } from '../../../core/api/contract.ts';
import { api } from '../api/bridge.ts';
import { NodePicker } from '../consult/NodePicker.tsx';
import { statusName } from './year-data.ts';

export type RowToConfirm = IntakeRow & { unit?: string; fileName?: string };

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);

function Row(props: { row: RowToConfirm; onChanged(r: IntakeRow): void }) {
  const { row } = props;
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (measureId?: number | null) => {
    setError(null);
    try {
      const r = await api.call('year.confirmRow', { rowId: row.rowId, ...(measureId !== undefined ? { measureId } : {}) });
      setPicking(false);
      props.onChanged(r);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const settled = row.confirmed;
  return (
    <li className={`confirm-row${settled ? ' settled' : ''}`} aria-label={`填报行：${clip(row.quote, 30)}`}>
      <div className="confirm-quote">
        {row.unit && <span className="confirm-unit">{row.unit}</span>}
        <q>{clip(row.quote)}</q>
        <span className={`status-chip s-${row.status ?? 'notReported'}`}>{statusName(row.status)}</span>
      </div>
      <div className="confirm-target">
        {row.measureId !== null ? (
          <>
            {row.confirmed ? '已对应：' : row.matchedBy === 'text' ? '按文字对应到：' : '对应到：'}
            <span title={row.measureText ?? ''}>{clip(row.measureText ?? '', 60)}</span>
          </>
        ) : (
          <span className="hint">{row.confirmed ? '已确定不对应任何措施' : '未对应到措施：请用“改挂到…”选择措施'}</span>
        )}
      </div>
      <div className="confirm-actions">
        {!row.confirmed && row.measureId !== null && (
          <button type="button" className="primary" onClick={() => void act()}>
            确认
          </button>
        )}
        <button type="button" aria-expanded={picking} onClick={() => setPicking((p) => !p)}>
          改挂到…
        </button>
        {row.measureId !== null && (
          <button type="button" onClick={() => void act(null)}>
            取消对应
          </button>
        )}
      </div>
      {picking && <NodePicker label="改挂到措施" onPick={(id) => void act(id)} />}
      {error && (
        <p className="year-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function ConfirmRows(props: { rows: RowToConfirm[]; onChanged?(): void }) {
  const [rows, setRows] = useState(props.rows);
  const [seen, setSeen] = useState(props.rows);
  if (seen !== props.rows) {
    setSeen(props.rows);
    setRows(props.rows);
  }
  if (rows.length === 0) return null;
  const open = rows.filter((r) => !r.confirmed).length;
  return (
    <section className="confirm-rows" aria-label="请确认的填报行">
      <h3>
        请确认（{open} 行待确认）
        <span className="hint"> 这些行的编号列缺失或与措施对不上，系统按文字找到了最接近的措施；确认前不计入台账。</span>
      </h3>
      <ul>
        {rows.map((r) => (
          <Row
            key={r.rowId}
            row={r}
            onChanged={(n) => {
              setRows((list) => list.map((x) => (x.rowId === n.rowId ? { ...x, ...n } : x)));
              props.onChanged?.();
            }}
          />
        ))}
      </ul>
    </section>
  );
}
