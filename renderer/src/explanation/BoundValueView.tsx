// How a bound token looks: the value as the plan has it now, marked as bound (not typed), with
// what it is bound to on hover. A binding whose target is gone says so instead of a number.
import { useContext } from 'react';
import type { Binding } from '../../../core/model/explanation.ts';
import { resolveBinding, UnresolvedBindingError } from '../../../core/model/resolve-binding.ts';
import { bindingLabel } from './binding-label.ts';
import { PlanContext } from './plan-context.ts';

export function BoundValueView({ binding }: { binding: Binding }) {
  const plan = useContext(PlanContext);
  if (!plan) return <span className="bound-token loading">…</span>;
  const label = bindingLabel(plan, binding);
  try {
    const text = resolveBinding(plan, binding);
    return (
      <span className={`bound-token bind-${binding.type}`} title={`绑定：${label}（随计划自动更新）`} data-binding={binding.type}>
        {text || '（空）'}
      </span>
    );
  } catch (e) {
    const message = e instanceof UnresolvedBindingError ? e.message : String(e);
    return (
      <span className="bound-token broken" title={message} role="img" aria-label={`失效的引用：${message}`}>
        ⚠ 引用失效
      </span>
    );
  }
}
