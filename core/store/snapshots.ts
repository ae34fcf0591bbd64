// Named, immutable drafts (征求意见稿, 报审稿 …): the whole plan and its explanation as JSON.
import { QicaoError } from '../errors.ts';
import { withLevels } from '../model/level-rules.ts';
import type { Plan } from '../model/plan.ts';
import type { Db } from './open.ts';
import { readPlan } from './read-plan.ts';
import { sql } from './statements.ts';

export type SnapshotKind = 'manual' | 'round' | 'before-restore';

export interface SnapshotInfo {
  id: number;
  name: string;
  kind: SnapshotKind;
  createdAt: string;
}

export interface Snapshot extends SnapshotInfo {
  plan: Plan;
  /** the stored ExplanationDoc, or null when the drafter had not written one */
  explanation: unknown | null;
}

/** Takes a snapshot inside the caller's transaction (or its own). Names are unique. */
export function takeSnapshot(db: Db, name: string, kind: SnapshotKind = 'manual'): SnapshotInfo {
  const clean = name.trim();
  if (!clean) throw new QicaoError('bad-input', '请给稿件起一个名称，如“征求意见稿”。');
  return db.transaction(() => {
    if (sql(db, 'SELECT 1 FROM snapshot WHERE name = ?').get(clean)) {
      throw new QicaoError('exists', `已有名为“${clean}”的稿件，请换一个名称。`);
    }
    const explanation = sql(db, 'SELECT doc_json FROM explanation WHERE id = 1').get() as { doc_json: string } | undefined;
    const createdAt = new Date().toISOString();
    const id = Number(
      sql(db, 'INSERT INTO snapshot (name, kind, created_at, plan_json, explanation_json) VALUES (?, ?, ?, ?, ?)').run(
        clean,
        kind,
        createdAt,
        JSON.stringify(readPlan(db)),
        explanation?.doc_json ?? null,
      ).lastInsertRowid,
    );
    return { id, name: clean, kind, createdAt };
  })();
}

export function listSnapshots(db: Db): SnapshotInfo[] {
  return sql(db, 'SELECT id, name, kind, created_at AS createdAt FROM snapshot ORDER BY id').all() as SnapshotInfo[];
}

export function readSnapshot(db: Db, nameOrId: string | number): Snapshot {
  const row = (
    typeof nameOrId === 'number'
      ? sql(db, 'SELECT id, name, kind, created_at AS createdAt, plan_json, explanation_json FROM snapshot WHERE id = ?').get(nameOrId)
      : sql(db, 'SELECT id, name, kind, created_at AS createdAt, plan_json, explanation_json FROM snapshot WHERE name = ?').get(nameOrId)
  ) as (SnapshotInfo & { plan_json: string; explanation_json: string | null }) | undefined;
  if (!row) throw new QicaoError('not-found', `找不到稿件“${nameOrId}”，可用 qicao snapshots 查看已有稿件。`);
  const { plan_json, explanation_json, ...info } = row;
  return { ...info, plan: withLevels(JSON.parse(plan_json) as Plan), explanation: explanation_json ? JSON.parse(explanation_json) : null };
}
