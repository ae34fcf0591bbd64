// A value in the 起草说明 bound to the plan (a count, an indicator's target, a part's goals…):
// an inline decorator that stores the binding, never the text, and is shown by BoundValueView.
import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import { createElement, type ReactNode } from 'react';
import type { Binding } from '../../../../core/model/explanation.ts';
import { resolveBinding } from '../../../../core/model/resolve-binding.ts';
import { BoundValueView } from '../BoundValueView.tsx';
import { currentPlan } from '../plan-context.ts';

export type SerializedBoundValueNode = Spread<{ binding: Binding }, SerializedLexicalNode>;

export class BoundValueNode extends DecoratorNode<ReactNode> {
  __binding: Binding;

  static override getType(): string {
    return 'bound-value';
  }

  static override clone(node: BoundValueNode): BoundValueNode {
    return new BoundValueNode(node.__binding, node.__key);
  }

  static override importJSON(json: SerializedBoundValueNode): BoundValueNode {
    return $createBoundValueNode(json.binding);
  }

  constructor(binding: Binding, key?: NodeKey) {
    super(key);
    this.__binding = binding;
  }

  override exportJSON(): SerializedBoundValueNode {
    return { ...super.exportJSON(), type: 'bound-value', version: 1, binding: this.__binding };
  }

  getBinding(): Binding {
    return this.getLatest().__binding;
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'bound-token-host';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  /** Copying text out of the editor gives the value as it reads now. */
  override getTextContent(): string {
    try {
      return currentPlan.plan ? resolveBinding(currentPlan.plan, this.__binding) : '';
    } catch {
      return '';
    }
  }

  override decorate(): ReactNode {
    return createElement(BoundValueView, { binding: this.__binding });
  }
}

export function $createBoundValueNode(binding: Binding): BoundValueNode {
  return new BoundValueNode(binding);
}

export function $isBoundValueNode(node: LexicalNode | null | undefined): node is BoundValueNode {
  return node instanceof BoundValueNode;
}
