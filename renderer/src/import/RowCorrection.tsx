// Correcting one measure row of the import preview: its 牵头单位 and 配合单位 (typed, separated by
// 、), swapping the two roles, and — when the importer read other rows the same way — the same
// correction for all of them at once. The new reading comes back from core (import.preview with
// the corrections), so the preview, 创建计划 and the CLI agree.
import { useState } from 'react';
import type { ReadRow } from '../../../core/api/contract.ts';

export interface RowFix {
  index: number;
  leadUnits: string[];
  supportUnits: string[];
}

interface Props {
  row: ReadRow;
  /** Other measure rows read with exactly the same units as this one. */
  similar: ReadRow[];
  busy: boolean;
  onApply(fixes: RowFix[]): void;
  onCancel(): void;
}

// Sent as typed: core splits it with the app's one unit splitter, which keeps a collective such as
// "各镇乡人民政府、街道办事处" whole (a split on every 、 here would cut it in two).
const split = (s: string) => (s.trim() === '' ? [] : [s.trim()]);

export function RowCorrection({ row, similar, busy, onApply, onCancel }: Props) {
  const [lead, setLead] = useState(row.leadUnits.join('、'));
  const [support, setSupport] = useState(row.supportUnits.join('、'));
  const [all, setAll] = useState(false);
  const apply = () => {
    const fix = { leadUnits: split(lead), supportUnits: split(support) };
    onApply([row, ...(all ? similar : [])].map((r) => ({ index: r.index, ...fix })));
  };
  return (
    <div className="import-row-fix" role="group" aria-label={`更正第${row.index + 1}段的责任单位`}>
      <label>
        牵头单位
        <input type="text" aria-label="牵头单位（用顿号分隔）" value={lead} disabled={busy} onChange={(e) => setLead(e.target.value)} />
      </label>
      <button
        type="button"
        className="import-row-fix-swap"
        disabled={busy}
        title="把牵头单位和配合单位对调"
        onClick={() => {
          setLead(support);
          setSupport(lead);
        }}
      >
        ⇄ 对调
      </button>
      <label>
        配合单位
        <input type="text" aria-label="配合单位（用顿号分隔）" value={support} disabled={busy} onChange={(e) => setSupport(e.target.value)} />
      </label>
      {similar.length > 0 && (
        <label className="import-row-fix-all">
          <input type="checkbox" checked={all} disabled={busy} onChange={(e) => setAll(e.target.checked)} />
          同类行一并更正（另有{similar.length}行原来也读作“{row.leadUnits.join('、') || '无牵头单位'}｜{row.supportUnits.join('、') || '无配合单位'}”）
        </label>
      )}
      <div className="import-row-fix-actions">
        <button type="button" disabled={busy} onClick={onCancel}>
          取消
        </button>
        <button type="button" className="primary" disabled={busy} onClick={apply}>
          应用更正
        </button>
      </div>
    </div>
  );
}
