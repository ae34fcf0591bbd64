// A horizontal bar chart in plain HTML: a label, a bar as long as its share of the largest
// value, and the number. Screen readers get it as a list of "label：N项".
export interface Bar {
  key: string;
  label: string;
  value: number;
}

export function BarChart({ bars, unit, label }: { bars: Bar[]; unit: string; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="bar-chart" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key} className="bar-row" aria-label={`${b.label}：${b.value}${unit}`}>
          <span className="bar-label" title={b.label}>
            {b.label}
          </span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${(b.value / max) * 100}%` }} />
          </span>
          <span className="bar-value" aria-hidden="true">
            {b.value}
          </span>
        </li>
      ))}
    </ul>
  );
}
