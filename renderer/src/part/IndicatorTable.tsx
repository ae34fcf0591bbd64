// The part's indicators: name, unit, baseline year and value, comparator, target. A row is
// saved when it is left or on Enter, and only when every number is a number; a target weaker
// than the baseline is pointed out (the drafter may mean it).
import { useEffect, useRef, useState } from 'react';
import { COMPARATORS, type Comparator, type Indicator, type Part } from '../../../core/model/plan.ts';
import { api } from '../api/bridge.ts';
import { trackSave } from '../shell/autosave.ts';
import type { ShellContext } from '../shell/context.ts';

const COMPARATOR_LABEL: Record<Comparator, string> = { '<=': '≤', '>=': '≥', '=': '=', '≈': '≈ 左右' };
const COMPARATOR_HINT: Record<Comparator, string> = { '<=': '不高于', '>=': '不低于', '=': '等于', '≈': '左右' };
const COMMON_UNITS = ['微克/立方米', '%', '天', '吨', '毫克/升', '吨/（平方公里·月）', '万吨', '公顷', '个', '项'];

interface Draft {
  name: string;
  unit: string;
  baselineYear: string;
  baselineValue: string;
  comparator: Comparator;
  target: string;
}

const toDraft = (i: Indicator): Draft => ({
  name: i.name,
  unit: i.unit,
  baselineYear: i.baselineYear === null ? '' : String(i.baselineYear),
  baselineValue: i.baselineValue === null ? '' : String(i.baselineValue),
  comparator: i.comparator,
  target: String(i.target),
});
const EMPTY: Draft = { name: '', unit: '', baselineYear: '', baselineValue: '', comparator: '<=', target: '' };

type Parsed = Omit<Indicator, 'id' | 'partId'>;

/** The draft as an indicator, or the problems (per field) in Chinese. */
function parse(d: Draft): { value: Parsed } | { errors: Partial<Record<keyof Draft, string>> } {
  const errors: Partial<Record<keyof Draft, string>> = {};
  const num = (s: string) => (s.trim() === '' ? null : /^[-+]?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : NaN);
  const target = num(d.target);
  const baselineValue = num(d.baselineValue);
  const baselineYear = num(d.baselineYear);
  if (!d.name.trim()) errors.name = '请填写指标名称';
  if (target === null) errors.target = '请填写目标值';
  else if (Number.isNaN(target)) errors.target = '目标值须为数字，如 28 或 79.1';
  if (Number.isNaN(baselineValue)) errors.baselineValue = '基准值须为数字';
  if (Number.isNaN(baselineYear) || (baselineYear !== null && (!Number.isInteger(baselineYear) || baselineYear < 1949 || baselineYear > 2100)))
    errors.baselineYear = '基准年须为四位年份，如 2023';
  if (Object.keys(errors).length) return { errors };
  return {
    value: { name: d.name.trim(), unit: d.unit.trim(), baselineYear, baselineValue, comparator: d.comparator, target: target as number },
  };
}

function weakerThanBaseline(v: Parsed): boolean {
  if (v.baselineValue === null) return false;
  return (v.comparator === '>=' && v.target < v.baselineValue) || (v.comparator === '<=' && v.target > v.baselineValue);
}

export function IndicatorTable({ ctx, part }: { ctx: ShellContext; part: Part }) {
  const knownUnits = [...new Set([...(ctx.plan?.parts.flatMap((p) => p.indicators.map((i) => i.unit)) ?? []), ...COMMON_UNITS])].filter(Boolean);
  const act = (p: Promise<unknown>) => trackSave(p).then(ctx.refresh).catch(ctx.fail);
  return (
    <div className="field indicator-table">
      <span className="field-label">指标</span>
      <datalist id={`units-${part.id}`}>
        {knownUnits.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <table>
        <thead>
          <tr>
            <th>指标名称</th>
            <th>单位</th>
            <th>基准年</th>
            <th>基准值</th>
            <th>要求</th>
            <th>目标值</th>
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {part.indicators.map((ind, i) => (
            <IndicatorRow
              key={ind.id}
              indicator={ind}
              unitsList={`units-${part.id}`}
              first={i === 0}
              last={i === part.indicators.length - 1}
              onSave={(v) => void act(api.call('indicator.update', { id: ind.id, ...v }))}
              onMove={(dir) => void act(api.call('indicator.move', { id: ind.id, index: i + dir }))}
              onDelete={() => void act(api.call('indicator.delete', { id: ind.id }))}
            />
          ))}
          <NewIndicatorRow unitsList={`units-${part.id}`} onAdd={(v) => void act(api.call('indicator.add', { partId: part.id, ...v }))} />
        </tbody>
      </table>
    </div>
  );
}

function Cells(p: { draft: Draft; errors: Partial<Record<keyof Draft, string>>; unitsList: string; label: string; set(d: Draft): void; onEnter(): void }) {
  const { draft: d, errors } = p;
  const input = (field: keyof Draft, name: string, className = '') => (
    <td>
      <input
        className={className}
        aria-label={`${p.label}${name}`}
        aria-invalid={errors[field] ? true : undefined}
        title={errors[field] ?? ''}
        list={field === 'unit' ? p.unitsList : undefined}
        value={d[field]}
        onChange={(e) => p.set({ ...d, [field]: e.target.value })}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          if (e.key === 'Enter') p.onEnter();
        }}
      />
    </td>
  );
  return (
    <>
      {input('name', '名称', 'name')}
      {input('unit', '单位', 'unit')}
      {input('baselineYear', '基准年', 'year')}
      {input('baselineValue', '基准值', 'number')}
      <td>
        <select aria-label={`${p.label}要求`} value={d.comparator} onChange={(e) => p.set({ ...d, comparator: e.target.value as Comparator })}>
          {COMPARATORS.map((c) => (
            <option key={c} value={c} title={COMPARATOR_HINT[c]}>
              {COMPARATOR_LABEL[c]}
            </option>
          ))}
        </select>
      </td>
      {input('target', '目标值', 'number')}
    </>
  );
}

function IndicatorRow(p: { indicator: Indicator; unitsList: string; first: boolean; last: boolean; onSave(v: Parsed): void; onMove(dir: -1 | 1): void; onDelete(): void }) {
  const [draft, setDraft] = useState(toDraft(p.indicator));
  // what was last sent: Enter and then leaving the row must not save the same values twice
  const sent = useRef(JSON.stringify(toDraft(p.indicator)));
  useEffect(() => {
    setDraft(toDraft(p.indicator));
    sent.current = JSON.stringify(toDraft(p.indicator));
  }, [p.indicator]);
  const parsed = parse(draft);
  const errors = 'errors' in parsed ? parsed.errors : {};
  const save = () => {
    if (!('value' in parsed) || JSON.stringify(draft) === sent.current) return;
    sent.current = JSON.stringify(draft);
    p.onSave(parsed.value);
  };
  const label = `${p.indicator.name} `;
  return (
    <>
      <tr
        className={Object.keys(errors).length ? 'invalid' : ''}
        onBlur={(e) => {
          // saved when focus leaves the row, not when it moves between its cells
          if (!e.currentTarget.contains(e.relatedTarget as Node)) save();
        }}
      >
        <Cells draft={draft} errors={errors} unitsList={p.unitsList} label={label} set={setDraft} onEnter={save} />
        <td className="row-actions">
          <button type="button" aria-label={`上移${p.indicator.name}`} disabled={p.first} onClick={() => p.onMove(-1)}>
            ↑
          </button>
          <button type="button" aria-label={`下移${p.indicator.name}`} disabled={p.last} onClick={() => p.onMove(1)}>
            ↓
          </button>
          <button type="button" className="danger" aria-label={`删除${p.indicator.name}`} title="删除该指标（可撤销）" onClick={p.onDelete}>
            ×
          </button>
        </td>
      </tr>
      {(Object.keys(errors).length > 0 || ('value' in parsed && weakerThanBaseline(parsed.value))) && (
        <tr className="row-note">
          <td colSpan={7} role={Object.keys(errors).length ? 'alert' : 'note'}>
            {Object.keys(errors).length
              ? `${Object.values(errors).join('；')}（未保存）`
              : `提示：目标值${draft.target}${draft.unit}弱于基准值${draft.baselineValue}${draft.unit}，请确认。`}
          </td>
        </tr>
      )}
    </>
  );
}

function NewIndicatorRow(p: { unitsList: string; onAdd(v: Parsed): void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [tried, setTried] = useState(false);
  const parsed = parse(draft);
  const errors = tried && 'errors' in parsed ? parsed.errors : {};
  const add = () => {
    setTried(true);
    if ('value' in parsed) {
      p.onAdd(parsed.value);
      setDraft(EMPTY);
      setTried(false);
    }
  };
  return (
    <>
      <tr className="new-row">
        <Cells draft={draft} errors={errors} unitsList={p.unitsList} label="新指标" set={setDraft} onEnter={add} />
        <td className="row-actions">
          <button type="button" onClick={add}>
            添加
          </button>
        </td>
      </tr>
      {Object.keys(errors).length > 0 && (
        <tr className="row-note">
          <td colSpan={7} role="alert">
            {Object.values(errors).join('；')}
          </td>
        </tr>
      )}
    </>
  );
}
