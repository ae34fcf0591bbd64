// Navigation by the outline: parts, aspects and key tasks of the merged drafts, each with how
// many changes lie below it. A click scrolls the comparison to that node.
import type { CompareNode } from '../../../core/model/comparison.ts';
import { changedItself, rowId } from './outline-rows.ts';

function changesBelow(n: CompareNode): number {
  let count = 0;
  for (const c of n.children) count += (changedItself(c) ? 1 : 0) + changesBelow(c);
  return count;
}

function Entry(props: { n: CompareNode; depth: number; onlyChanges: boolean; onGo(key: string): void }) {
  const { n, depth } = props;
  if (props.onlyChanges && !n.hasChanges) return null;
  const below = changesBelow(n);
  const children = n.kind === 'keyTask' ? [] : n.children.filter((c) => c.kind !== 'measure' && c.presence !== 'movedAway');
  return (
    <li>
      <button
        className={`cmp-nav-item depth-${depth}${changedItself(n) ? ' self-changed' : ''} presence-${n.presence}`}
        onClick={() => props.onGo(n.key)}
        title={n.after ?? n.before ?? ''}
      >
        <span className="cmp-nav-num">{n.numberAfter ?? n.numberBefore}</span>
        <span className="cmp-nav-title">{n.after ?? n.before}</span>
        {below > 0 && (
          <span className="cmp-nav-count" aria-label={`${below}处修改`}>
            {below}
          </span>
        )}
      </button>
      {children.length > 0 && (
        <ul>
          {children.map((c) => (
            <Entry key={c.key} n={c} depth={depth + 1} onlyChanges={props.onlyChanges} onGo={props.onGo} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CompareOutline(props: { outline: CompareNode[]; onlyChanges: boolean }) {
  const go = (key: string) => document.getElementById(rowId(key))?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  return (
    <nav className="cmp-nav" aria-label="比较大纲">
      <ul>
        {props.outline.map((n) => (
          <Entry key={n.key} n={n} depth={0} onlyChanges={props.onlyChanges} onGo={go} />
        ))}
      </ul>
    </nav>
  );
}
