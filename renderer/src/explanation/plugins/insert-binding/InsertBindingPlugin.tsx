// 插入引用…: puts a bound token (a count, an indicator value, a part's name …) where the caret
// was, chosen from everything the plan offers.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $insertNodes, $isRangeSelection, $setSelection, type BaseSelection } from 'lexical';
import { useContext, useRef, useState } from 'react';
import type { Binding } from '../../../../../core/model/explanation.ts';
import { resolveBinding } from '../../../../../core/model/resolve-binding.ts';
import { allBindings, bindingLabel } from '../../binding-label.ts';
import { $createBoundValueNode } from '../../nodes/BoundValueNode.ts';
import { PlanContext } from '../../plan-context.ts';

function preview(plan: Parameters<typeof resolveBinding>[0], b: Binding): string {
  try {
    const text = resolveBinding(plan, b);
    return text.length > 24 ? text.slice(0, 24) + '…' : text;
  } catch {
    return '（无值）';
  }
}

export function InsertBindingPlugin() {
  const [editor] = useLexicalComposerContext();
  const plan = useContext(PlanContext);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const saved = useRef<BaseSelection | null>(null);

  const start = () => {
    saved.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setQuery('');
    setOpen(true);
  };
  const insert = (b: Binding) => {
    setOpen(false);
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $insertNodes([$createBoundValueNode(b)]);
    });
    editor.focus();
  };

  return (
    <div className="insert-binding">
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => (open ? setOpen(false) : start())} disabled={!plan} aria-expanded={open}>
        插入引用…
      </button>
      {open && plan && (
        <div className="popover" role="dialog" aria-label="插入引用" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <input autoFocus aria-label="筛选引用" placeholder="输入筛选，如：PM2.5、措施数" value={query} onChange={(e) => setQuery(e.target.value)} />
          <div className="popover-list">
            {allBindings(plan).map((g) => {
              const items = g.bindings.filter((b) => !query.trim() || `${g.group}${bindingLabel(plan, b)}`.includes(query.trim()));
              if (!items.length) return null;
              return (
                <section key={g.group}>
                  <h4>{g.group}</h4>
                  {items.map((b, i) => (
                    <button key={i} type="button" className="binding-option" onClick={() => insert(b)}>
                      <span>{bindingLabel(plan, b)}</span>
                      <span className="hint">{preview(plan, b)}</span>
                    </button>
                  ))}
                </section>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
