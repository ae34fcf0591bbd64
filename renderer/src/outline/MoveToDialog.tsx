// 移动到…: the keyboard way to move a node under another parent. Lists every node that can
// take it (a measure goes under a key task, …) with its number, filterable by typing.
import { useMemo, useState } from 'react';
import type { OutlineNode } from '../../../core/api/contract.ts';
import { levelName, parentKindOf } from '../../../core/model/level-rules.ts';
import type { LevelScheme } from '../../../core/model/levels.ts';
import { nodesOfKind, numberPath, pathTo, type Placement } from './tree-model.ts';

export function MoveToDialog(props: { roots: OutlineNode[]; levels: LevelScheme; node: OutlineNode; onMove(to: Placement): void; onClose(): void }) {
  const parentKind = parentKindOf(props.node.kind, props.levels);
  const label = (kind: Parameters<typeof levelName>[0]) => levelName(kind, props.levels);
  const chain = pathTo(props.roots, props.node.id) ?? [];
  const currentParent = chain.length > 1 ? chain[chain.length - 2] : null;
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<number | null>(currentParent?.id ?? null);
  const [at, setAt] = useState<'end' | 'start'>('end');
  const [partIndex, setPartIndex] = useState(props.roots.indexOf(props.node) + 1);

  const options = useMemo(() => {
    if (!parentKind) return [];
    const q = query.trim();
    return nodesOfKind(props.roots, parentKind)
      .map((n) => ({ node: n, label: `${numberPath(props.roots, n.id, props.levels)} ${n.title}` }))
      .filter((o) => !q || o.label.includes(q));
  }, [props.roots, props.levels, parentKind, query]);

  // typing narrows the list; the choice follows to the first match if it fell out of it
  const effective = options.some((o) => o.node.id === chosen) ? chosen : (options[0]?.node.id ?? null);
  const title = `移动${label(props.node.kind)}`;
  const submit = () => {
    if (!parentKind) return props.onMove({ parentId: null, index: Math.max(0, partIndex - 1) });
    const target = nodesOfKind(props.roots, parentKind).find((n) => n.id === effective);
    if (!target) return;
    const same = target.id === currentParent?.id;
    props.onMove({ parentId: target.id, index: at === 'start' ? 0 : same ? target.children.length - 1 : target.children.length });
  };

  return (
    <div className="modal-backdrop">
      <form
        className="modal move-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <h2>{title}</h2>
        <p className="move-what">“{props.node.title.length > 40 ? props.node.title.slice(0, 40) + '…' : props.node.title}”</p>
        {parentKind ? (
          <>
            <label className="field">
              <span>移动到哪个{label(parentKind)}下（输入文字筛选）</span>
              <input
                autoFocus
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={`输入${label(parentKind)}名称或编号，↑↓ 选择，Enter 移动`}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                  e.preventDefault();
                  const i = options.findIndex((o) => o.node.id === effective);
                  const next = options[Math.max(0, Math.min(options.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
                  if (next) {
                    setChosen(next.node.id);
                    document.getElementById(`move-option-${next.node.id}`)?.scrollIntoView({ block: 'nearest' });
                  }
                }}
              />
            </label>
            <div className="move-options" role="listbox" aria-label={`目标${label(parentKind)}`}>
              {options.slice(0, 300).map((o) => (
                <div
                  key={o.node.id}
                  id={`move-option-${o.node.id}`}
                  role="option"
                  aria-selected={effective === o.node.id}
                  className="move-option"
                  onClick={() => setChosen(o.node.id)}
                  onDoubleClick={() => {
                    setChosen(o.node.id);
                    submit();
                  }}
                >
                  {o.label}
                  {o.node.id === currentParent?.id && <span className="hint">（当前位置）</span>}
                </div>
              ))}
              {options.length === 0 && <div className="hint">没有符合的{label(parentKind)}。</div>}
            </div>
            <fieldset className="move-at">
              <label className="check">
                <input type="radio" name="at" checked={at === 'end'} onChange={() => setAt('end')} /> 放在末尾
              </label>
              <label className="check">
                <input type="radio" name="at" checked={at === 'start'} onChange={() => setAt('start')} /> 放在开头
              </label>
            </fieldset>
          </>
        ) : (
          <label className="field">
            <span>移动到第几部分（1–{props.roots.length}）</span>
            <input autoFocus type="number" min={1} max={props.roots.length} value={partIndex} onChange={(e) => setPartIndex(Number(e.target.value))} />
          </label>
        )}
        <div className="modal-actions">
          <button type="button" onClick={props.onClose}>
            取消
          </button>
          <button type="submit" className="primary" disabled={!!parentKind && effective === null}>
            移动
          </button>
        </div>
      </form>
    </div>
  );
}
