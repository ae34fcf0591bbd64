// The per-part tallies the store keeps up to date in the same transaction as each edit
// (part_count, maintained by triggers): what the counts report reads instead of walking the plan.
import type { Tally } from '../model/plan.ts';
import type { Db } from './open.ts';
import { sql } from './statements.ts';

export type PartTally = Tally & { id: number; name: string };

/** One row per part, in document order; text sections have no part_count row, so the join leaves them out. */
export function readPartTallies(db: Db): PartTally[] {
  return sql(
    db,
    `SELECT n.id, n.title AS name, c.aspects, c.key_tasks AS keyTasks, c.measures
     FROM node n JOIN part_count c ON c.part_id = n.id
     WHERE n.parent_id IS NULL ORDER BY n.position`,
  ).all() as PartTally[];
}
