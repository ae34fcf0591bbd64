// The counts a text states, in the shape the CLI and the UI show.
import { statedCounts } from './index.ts';
import type { StatedCountsView } from '../model/check-result.ts';
import type { LevelWords } from '../model/level-words.ts';

type Counts = { aspects: number | null; keyTasks: number | null; measures: number | null; paragraph: number };
const pick = (x: Counts): Counts => ({ aspects: x.aspects, keyTasks: x.keyTasks, measures: x.measures, paragraph: x.paragraph });

/** `shift` moves paragraph numbers when the text is part of a longer checked text. */
export function statedCountsView(paragraphs: string[], shift = 0, words?: LevelWords): StatedCountsView {
  const s = statedCounts(paragraphs, words);
  const moved = (x: Counts) => ({ ...pick(x), paragraph: x.paragraph + shift });
  return { parts: s.parts.map((p) => ({ name: p.name, ...moved(p) })), totals: s.totals ? moved(s.totals) : null };
}
