// 层级设置: what the plan calls each level ("主要任务", "工作措施"), which the counts, numbering
// labels and exports follow; and, while the plan has no 方面 or 重点任务 yet, whether it has the
// 方面 level at all (一、→（一）→1. plans have not).
import { useEffect, useRef, useState } from 'react';
import { useEscape } from '../shell/controls/use-escape.ts';
import type { OutlineNode } from '../../../core/api/contract.ts';
import type { LevelNames, LevelScheme } from '../../../core/model/levels.ts';
import { api } from '../api/bridge.ts';

const FIELDS: { key: keyof LevelNames; label: string }[] = [
  { key: 'part', label: '第一级（一、）' },
  { key: 'aspect', label: '方面一级（（一））' },
  { key: 'keyTask', label: '任务一级' },
  { key: 'measure', label: '措施一级' },
];

/** The 方面 level can be switched only while nothing hangs at or below it. */
export function levelsSwitchable(outline: OutlineNode[]): boolean {
  return outline.every((top) => top.children.length === 0);
}

export function LevelsDialog(props: { levels: LevelScheme; switchable: boolean; onDone(): void; onClose(): void; onError(e: unknown): void }) {
  const [names, setNames] = useState<LevelNames>(props.levels.names);
  const [aspects, setAspects] = useState(props.levels.aspects);
  const submit = async () => {
    try {
      await api.call('plan.setLevels', { names, ...(aspects !== props.levels.aspects ? { aspects } : {}) });
      props.onDone();
    } catch (e) {
      props.onError(e);
    }
  };
  // Escape closes it wherever the focus is, right after it opens too
  useEscape(props.onClose);
  // focus moves into the dialog as it opens (not left on the button behind it)
  const box = useRef<HTMLFormElement>(null);
  useEffect(() => box.current?.focus({ preventScroll: true }), []);
  return (
    <div className="modal-backdrop">
      <form
        className="modal levels-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="层级设置"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        tabIndex={-1}
        ref={box}
      >
        <h2>层级设置</h2>
        <label className="check">
          <input type="checkbox" checked={aspects} disabled={!props.switchable} onChange={(e) => setAspects(e.target.checked)} />
          四级结构（设“{names.aspect}”一级：一、→（一）→1.→（1））
        </label>
        {!props.switchable && <p className="hint">计划中已有下级节点，层级数不能再改；各级名称仍可修改。</p>}
        {FIELDS.filter((f) => aspects || f.key !== 'aspect').map((f) => (
          <label className="field" key={f.key}>
            <span>{f.label}名称</span>
            <input value={names[f.key]} maxLength={8} aria-label={`${f.label}名称`} onChange={(e) => setNames({ ...names, [f.key]: e.target.value })} />
          </label>
        ))}
        <p className="hint">
          计数句、大纲和导出的表头都用这些名称，如“本部分内容包括12项{names.keyTask}，30项{names.measure}。”
        </p>
        <div className="modal-actions">
          <button type="button" onClick={props.onClose}>
            取消
          </button>
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </form>
    </div>
  );
}
