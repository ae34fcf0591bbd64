// A reviewed list of edits (where, before → after, a checkbox each): 改为下一年度 and 查找替换
// both show their rows here, and the ticked rows are applied as one step (one 撤销).
import { useMemo, useState } from 'react';
import type { TextEditRow } from '../../../core/api/channels/bulk-edits.ts';

export function EditList(p: { rows: TextEditRow[]; checked: Set<string>; onChange(next: Set<string>): void }) {
  const all = p.rows.length > 0 && p.rows.every((r) => p.checked.has(r.key));
  return (
    <div className="edit-list" role="group" aria-label="修改列表">
      <label className="edit-list-all">
        <input type="checkbox" checked={all} onChange={(e) => p.onChange(new Set(e.target.checked ? p.rows.map((r) => r.key) : []))} />
        全选（已选 {p.checked.size} / {p.rows.length} 处）
      </label>
      <table className="edit-list-table">
        <thead>
          <tr>
            <th aria-label="选择" />
            <th>位置</th>
            <th>修改前</th>
            <th>修改后</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.key} data-testid="edit-row">
              <td>
                <input
                  type="checkbox"
                  aria-label={`应用：${r.where}`}
                  checked={p.checked.has(r.key)}
                  onChange={(e) => {
                    const next = new Set(p.checked);
                    if (e.target.checked) next.add(r.key);
                    else next.delete(r.key);
                    p.onChange(next);
                  }}
                />
              </td>
              <td className="edit-where">{r.where}</td>
              <td className="edit-before">{r.excerptBefore}</td>
              <td className="edit-after">{r.excerptAfter}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The ticked rows as the channel takes them. */
export function checkedEdits(rows: TextEditRow[], checked: Set<string>) {
  return rows.filter((r) => checked.has(r.key)).map(({ target, before, after }) => ({ target, before, after }));
}

export function useChecked(rows: TextEditRow[] | null) {
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const keys = useMemo(() => (rows ?? []).map((r) => r.key).join('\n'), [rows]);
  const [forKeys, setForKeys] = useState('');
  // a new list starts with every row ticked: the drafter unticks what must stay
  if (keys !== forKeys) {
    setForKeys(keys);
    setChecked(new Set((rows ?? []).map((r) => r.key)));
  }
  return [checked, setChecked] as const;
}
