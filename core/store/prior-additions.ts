// In a plan made by 新建下一年度计划 (migration 0010's node_lineage), what is new since last
// year: the titles of the topmost nodes without lineage (a new part, aspect or key task, not the
// measures inside them), for the 起草说明's bound "同时增加了……等内容". Undefined in other plans.
import type { Db } from './open.ts';
import { sql } from './statements.ts';

export function readPriorAdditions(db: Db): string[] | undefined {
  // a file opened before migration 0010 has no table; a plan not made from last year's has no rows
  if (!sql(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'node_lineage'").get()) return undefined;
  if (!sql(db, 'SELECT 1 FROM node_lineage LIMIT 1').get()) return undefined;
  const rows = sql(
    db,
    `WITH RECURSIVE tree(id, path) AS (
       SELECT id, printf('%06d', position) FROM node WHERE parent_id IS NULL
       UNION ALL SELECT n.id, t.path || printf('%06d', n.position) FROM node n JOIN tree t ON n.parent_id = t.id)
     SELECT n.title FROM node n JOIN tree t ON t.id = n.id
     WHERE n.kind <> 'measure' AND n.section = 0 AND n.id NOT IN (SELECT node_id FROM node_lineage)
       AND (n.parent_id IS NULL OR n.parent_id IN (SELECT node_id FROM node_lineage))
     ORDER BY t.path`,
  ).all() as { title: string }[];
  return rows.map((r) => r.title.replace(/[。；;，,]$/, ''));
}
