// Named, immutable drafts (征求意见稿, 报审稿 …): the whole plan and its explanation as JSON.
import { QicaoError } from '../errors.ts';
import { ExplanationDoc } from '../model/explanation.ts';
import type { Plan } from '../model/plan.ts';
import { StoredPlan, toPlan } from '../model/stored-plan.ts';
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
  explanation: ExplanationDoc | null;
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
  return { ...info, plan: parseSnapshotPlan(plan_json, info.name), explanation: parseSnapshotExplanation(explanation_json, info.name) };
}

function unreadable(name: string, where: string): QicaoError {
  return new QicaoError('corrupt', `稿件“${name}”的内容不是起草助手写入的格式（${where}），无法显示、比较或恢复；计划未作任何修改。可以删除这份稿件，或打开保存它之前的备份。`);
}

function parseJson(json: string, name: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw unreadable(name, '不是完整的 JSON');
  }
}

/** A snapshot's plan, checked against the stored-plan schema: the file may come from anyone. */
export function parseSnapshotPlan(json: string, name: string): Plan {
  const parsed = StoredPlan.safeParse(parseJson(json, name));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw unreadable(name, issue.code === 'custom' ? issue.message : `位置 ${issue.path.join('.') || '（整体）'}`);
  }
  return toPlan(parsed.data);
}

function parseSnapshotExplanation(json: string | null, name: string): ExplanationDoc | null {
  if (json === null || json === '') return null;
  const parsed = ExplanationDoc.safeParse(parseJson(json, name));
  if (!parsed.success) throw unreadable(name, `起草说明，位置 ${parsed.error.issues[0].path.join('.') || '（整体）'}`);
  return parsed.data;
}
