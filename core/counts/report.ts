// The counts a drafter sees and the CLI prints. Read from the per-part tallies the store keeps
// up to date in the same transaction as each edit, so this never walks the plan.
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import type { Tally } from '../model/plan.ts';
import { partSentence, totalSentence } from './sentences.ts';
import { sumTallies } from './tally.ts';

export interface PartCounts extends Tally {
  id: number;
  name: string;
  sentence: string;
}
export interface CountsReport {
  parts: PartCounts[];
  totals: Tally & { sentence: string };
}

export function countsReport(db: Db): CountsReport {
  const rows = sql(db, 
      `SELECT n.id, n.title AS name, c.aspects, c.key_tasks AS keyTasks, c.measures
       FROM node n JOIN part_count c ON c.part_id = n.id
       WHERE n.parent_id IS NULL ORDER BY n.position`,
    )
    .all() as (Tally & { id: number; name: string })[];
  return buildReport(rows);
}

export function buildReport(rows: (Tally & { id: number; name: string })[]): CountsReport {
  const parts = rows.map((r) => ({ ...r, sentence: partSentence(r) }));
  const totals = sumTallies(rows);
  return { parts, totals: { ...totals, sentence: totalSentence(totals) } };
}
