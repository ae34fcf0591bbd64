// "绑定到…": when the drafter types a number (or a count sentence) that the plan already knows —
// 28 where PM2.5's target is 28, 66 where 大气污染防治 has 66 measures — offer to replace the
// typed text by a bound token, so it can no longer drift from the plan.
import { tallyPart } from '../../../../../core/model/tally.ts';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode, $setSelection } from 'lexical';
import { useContext, useEffect, useRef, useState } from 'react';
import type { Binding } from '../../../../../core/model/explanation.ts';
import { formatNumber } from '../../../../../core/model/indicator-text.ts';
import { resolveBinding } from '../../../../../core/model/resolve-binding.ts';
import type { Plan } from '../../../../../core/model/plan.ts';
import { bindingLabel } from '../../binding-label.ts';
import { $createBoundValueNode } from '../../nodes/BoundValueNode.ts';
import { PlanContext } from '../../plan-context.ts';

export interface Candidate {
  binding: Binding;
  /** the typed text the token replaces (the number, and its unit when typed too) */
  length: number;
}

interface Offer {
  nodeKey: string;
  start: number;
  typed: string;
  candidates: Candidate[];
}

const NUMBER = /\d+(?:\.\d+)?|[一二三四五六七八九十两]+(?=个方面)/g;

/** The bindings whose value reads like `typed`, which sits at `start` of `text`. */
export function candidatesFor(plan: Plan, typed: string, after: string): Candidate[] {
  const out: Candidate[] = [];
  const value = /^\d/.test(typed) ? Number(typed) : null;
  const tryBind = (binding: Binding, length = typed.length) => {
    try {
      resolveBinding(plan, binding);
      out.push({ binding, length });
    } catch {
      // a binding that cannot be resolved is no offer
    }
  };
  for (const part of plan.parts) {
    const { aspects, keyTasks, measures } = tallyPart(part);
    if (value !== null && value === keyTasks && after.startsWith('项重点任务')) tryBind({ type: 'partCount', partId: part.id, field: 'keyTasks' });
    if (value !== null && value === measures && after.startsWith('项具体措施')) tryBind({ type: 'partCount', partId: part.id, field: 'measures' });
    if (value === null && resolveSafe(plan, { type: 'partCount', partId: part.id, field: 'aspects' }) === typed && aspects > 0)
      tryBind({ type: 'partCount', partId: part.id, field: 'aspects' });
    for (const ind of part.indicators) {
      if (value === null) continue;
      const withUnit = ind.unit && after.startsWith(ind.unit) ? typed.length + ind.unit.length : typed.length;
      if (formatNumber(ind.target) === formatNumber(value)) tryBind({ type: 'indicatorTarget', indicatorId: ind.id }, withUnit);
      if (ind.baselineValue !== null && formatNumber(ind.baselineValue) === formatNumber(value)) tryBind({ type: 'indicatorBaseline', indicatorId: ind.id }, withUnit);
      if (ind.baselineYear === value && after.startsWith('年')) tryBind({ type: 'indicatorBaselineYear', indicatorId: ind.id });
    }
  }
  return out;
}

function resolveSafe(plan: Plan, b: Binding): string | null {
  try {
    return resolveBinding(plan, b);
  } catch {
    return null;
  }
}

export function BindSuggestPlugin() {
  const [editor] = useLexicalComposerContext();
  const plan = useContext(PlanContext);
  const [offer, setOffer] = useState<Offer | null>(null);
  const dismissed = useRef(new Set<string>());
  const planRef = useRef(plan);
  planRef.current = plan;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const look = () => {
      const current = planRef.current;
      if (!current) return setOffer(null);
      const found = editor.getEditorState().read((): Offer | null => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
        const node = selection.anchor.getNode();
        if (!$isTextNode(node)) return null;
        const text = node.getTextContent();
        const caret = selection.anchor.offset;
        // the number just typed: the last one before the caret, at most a few characters back
        // (so "66项具体措施" still offers 66 once the words after it are typed)
        const typed = [...text.matchAll(NUMBER)].filter((m) => m.index! <= caret && caret - (m.index! + m[0].length) <= 8).pop();
        if (typed) {
          const start = typed.index!;
          const end = start + typed[0].length;
          const key = `${node.getKey()}:${start}:${typed[0]}`;
          if (dismissed.current.has(key)) return null;
          const candidates = candidatesFor(current, typed[0], text.slice(end));
          return candidates.length ? { nodeKey: node.getKey(), start, typed: typed[0], candidates } : null;
        }
        return null;
      });
      setOffer(found);
    };
    const off = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (timer) clearTimeout(timer);
      // selection moves look at once (to hide the bar); typing waits for a pause
      timer = setTimeout(look, dirtyLeaves.size || dirtyElements.size ? 300 : 0);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  if (!offer || !plan) return null;

  const bind = (c: Candidate) => {
    editor.update(() => {
      const node = $getNodeByKey(offer.nodeKey);
      if (!$isTextNode(node)) return;
      const text = node.getTextContent();
      if (text.slice(offer.start, offer.start + offer.typed.length) !== offer.typed) return;
      const parts = node.splitText(offer.start, offer.start + c.length);
      const target = parts[offer.start === 0 ? 0 : 1];
      const token = $createBoundValueNode(c.binding);
      target.replace(token);
      const after = token.selectNext(0, 0);
      $setSelection(after);
    });
    setOffer(null);
    editor.focus();
  };

  return (
    <div className="bind-offer" role="status" aria-label="绑定建议">
      <span>“{offer.typed}”与计划中的数值相同，可绑定（以后随计划自动更新）：</span>
      {offer.candidates.slice(0, 4).map((c, i) => (
        <button key={i} type="button" className="primary" onMouseDown={(e) => e.preventDefault()} onClick={() => bind(c)}>
          绑定到 {bindingLabel(plan, c.binding)}
        </button>
      ))}
      <button
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          dismissed.current.add(`${offer.nodeKey}:${offer.start}:${offer.typed}`);
          setOffer(null);
        }}
      >
        保留手写
      </button>
    </div>
  );
}
