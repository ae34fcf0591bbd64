// Choosing a plan node by typing part of its text: the outline flattened, with its numbers.
import { useEffect, useMemo, useState } from 'react';
import type { OutlineNode } from '../../../core/api/contract.ts';
import { depthNumber } from '../../../core/model/numbering.ts';
import { api } from '../api/bridge.ts';

interface Choice {
  id: number;
  label: string;
  text: string;
}

/** Numbered by depth, so a three-level plan's key task reads （一） and its measure 1. */
function flatten(nodes: OutlineNode[], prefix = '', depth = 0): Choice[] {
  return nodes.flatMap((n, i) => {
    const label = `${prefix}${depthNumber(depth, i)}`;
    return [{ id: n.id, label, text: n.title }, ...flatten(n.children, label, depth + 1)];
  });
}

export function NodePicker(props: { label: string; onPick(nodeId: number, text: string): void }) {
  const [outline, setOutline] = useState<OutlineNode[]>([]);
  const [query, setQuery] = useState('');
  useEffect(() => {
    api.call('plan.outline', {}).then(setOutline, () => setOutline([]));
  }, []);
  const choices = useMemo(() => flatten(outline), [outline]);
  const q = query.replace(/\s/g, '');
  const shown = q === '' ? [] : choices.filter((c) => c.text.includes(q) || c.label.includes(q)).slice(0, 30);
  return (
    <div className="cs-picker">
      <label>
        <span>{props.label}</span>
        <input value={query} placeholder="输入措施中的几个字或序号，如“充电桩”" onChange={(e) => setQuery(e.target.value)} />
      </label>
      {q !== '' && (
        <ul aria-label="可选节点">
          {shown.length === 0 && <li className="hint">没有包含“{query}”的节点。</li>}
          {shown.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => props.onPick(c.id, c.text)}>
                {c.label} {c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
