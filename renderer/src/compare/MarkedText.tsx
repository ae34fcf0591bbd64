// A text with its word-level changes marked the way Word shows tracked changes: inserted words
// underlined in colour, deleted words struck through in colour.
import type { InlineOp } from '../../../core/model/comparison.ts';

export function MarkedText(props: { ops: InlineOp[]; show: 'before' | 'after' | 'both' }) {
  return (
    <>
      {props.ops.map((o, i) => {
        if (o.op === 'equal') return <span key={i}>{o.text}</span>;
        if (o.op === 'insert')
          return props.show === 'before' ? null : (
            <ins key={i} className="cmp-ins">
              {o.text}
            </ins>
          );
        return props.show === 'after' ? null : (
          <del key={i} className="cmp-del">
            {o.text}
          </del>
        );
      })}
    </>
  );
}
