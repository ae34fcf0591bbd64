// The count sentences, always in view: computed by core after every edit, never typed.
import type { CountsView } from '../../../core/api/contract.ts';

export function CountsPanel({ counts }: { counts: CountsView | null }) {
  if (!counts) return null;
  return (
    <section className="counts" aria-label="计数">
      <h2>计数</h2>
      <p className="total-sentence" data-testid="total-sentence">
        {counts.parts.length}个部分，{counts.totals.sentence}
      </p>
      <ol className="part-counts">
        {counts.parts.map((p) => (
          <li key={p.id} data-testid={`part-sentence-${p.id}`}>
            <strong>{p.name}</strong>
            <span>{p.sentence}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
