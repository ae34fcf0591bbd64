// The counts a drafter sees and the CLI prints. Read from the per-part tallies the store keeps
// up to date in the same transaction as each edit, so this never walks the plan.
import type { Db } from '../store/open.ts';
import { readPartTallies } from '../store/part-tallies.ts';
import type { Tally } from '../model/plan.ts';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from '../model/levels.ts';
import { readLevelScheme } from '../store/level-scheme.ts';
import { partSentence, totalSentence } from '../model/count-sentences.ts';
import { sumTallies } from '../model/tally.ts';

export interface PartCounts extends Tally {
  id: number;
  name: string;
  sentence: string;
}
export interface CountsReport {
  parts: PartCounts[];
  totals: Tally & { sentence: string };
  /** the scheme the sentences are worded in (whether 方面 exists, what each level is called) */
  levels: LevelScheme;
}

export function countsReport(db: Db): CountsReport {
  return buildReport(readPartTallies(db), readLevelScheme(db));
}

export function buildReport(rows: (Tally & { id: number; name: string })[], levels: LevelScheme = DEFAULT_LEVEL_SCHEME): CountsReport {
  const parts = rows.map((r) => ({ ...r, sentence: partSentence(r, levels) }));
  const totals = sumTallies(rows);
  return { parts, totals: { ...totals, sentence: totalSentence(totals, levels) }, levels };
}
