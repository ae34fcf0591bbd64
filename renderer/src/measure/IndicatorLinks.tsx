// The part's indicators this measure serves (e.g. a VOCs measure serves "VOCs减排量").
import { indicatorTargetText } from '../../../core/model/indicator-text.ts';
import type { Indicator } from '../../../core/model/plan.ts';

export function IndicatorLinks(p: { indicators: Indicator[]; value: number[]; onChange(ids: number[]): void }) {
  return (
    <fieldset className="field indicator-links">
      <legend className="field-label">关联指标</legend>
      {p.indicators.length === 0 && <span className="hint">本部分尚无指标，可在部分的“主要目标”中添加。</span>}
      {p.indicators.map((ind) => (
        <label key={ind.id} className="check">
          <input type="checkbox" checked={p.value.includes(ind.id)} onChange={(e) => p.onChange(e.target.checked ? [...p.value, ind.id] : p.value.filter((x) => x !== ind.id))} />
          {indicatorTargetText(ind)}
        </label>
      ))}
    </fieldset>
  );
}
