// Drafts of the open plan — a snapshot or the current (live) plan — compared with each other.
import { transcode } from 'node:buffer';
import { QicaoError } from '../errors.ts';
import type { Plan } from '../model/plan.ts';
import type { Db } from '../store/open.ts';
import { readPlan } from '../store/read-plan.ts';
import { parseSnapshotPlan } from '../store/snapshots.ts';
import { sql } from '../store/statements.ts';
import { commentLookup } from './comments.ts';
import { comparePlans } from './index.ts';
import type { Comparison, DraftLabel } from '../model/comparison.ts';

export type DraftRef = { snapshotId: number } | { snapshotName: string } | { current: true };

export const CURRENT_DRAFT_NAME = '当前稿';

/**
 * A snapshot's plan. The JSON is fetched as bytes and turned into a JS string through UTF-16:
 * V8's own UTF-8 decoding of ~1 MB of Chinese text costs several times ICU's transcode, and
 * for a 1,000-measure plan it would be most of a comparison's time.
 */
function readSnapshotPlan(db: Db, ref: { snapshotId: number } | { snapshotName: string }): { name: string; plan: Plan } {
  const row = (
    'snapshotId' in ref
      ? sql(db, 'SELECT name, CAST(plan_json AS BLOB) AS json FROM snapshot WHERE id = ?').get(ref.snapshotId)
      : sql(db, 'SELECT name, CAST(plan_json AS BLOB) AS json FROM snapshot WHERE name = ?').get(ref.snapshotName)
  ) as { name: string; json: Buffer } | undefined;
  if (!row) {
    throw new QicaoError(
      'not-found',
      'snapshotId' in ref
        ? `找不到稿件编号 ${ref.snapshotId}，它可能不在这个计划文件中；请在“稿件”中重新选择。`
        : `找不到稿件“${ref.snapshotName}”，可用 qicao snapshots 查看已有稿件。`,
    );
  }
  return { name: row.name, plan: parseSnapshotPlan(transcode(row.json, 'utf8', 'utf16le').toString('utf16le'), row.name) };
}

export function readDraft(db: Db, ref: DraftRef): { label: DraftLabel; plan: Plan } {
  if ('current' in ref) return { label: { name: CURRENT_DRAFT_NAME, source: 'current' }, plan: readPlan(db) };
  const { name, plan } = readSnapshotPlan(db, ref);
  return { label: { name, source: 'snapshot' }, plan };
}

export function compareDrafts(db: Db, from: DraftRef, to: DraftRef): Comparison {
  const before = readDraft(db, from);
  const after = readDraft(db, to);
  return comparePlans(before.plan, after.plan, { from: before.label, to: after.label, comments: commentLookup(db) });
}
