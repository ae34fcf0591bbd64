// Structural edits of the plan tree. Each exported function is one user action and runs in
// one transaction: it happens whole or not at all.
import { QicaoError } from '../errors.ts';
import { levelName, parentKindOf } from '../model/level-rules.ts';
import type { NodeKind } from '../model/plan.ts';
import { readLevelScheme } from './level-scheme.ts';
import { pauseForTest } from '../test-pause.ts';
import type { Db } from './open.ts';
import { sql } from './statements.ts';

interface NodeRow {
  id: number;
  kind: NodeKind;
  parent_id: number | null;
  part_id: number | null;
  position: number;
  title: string;
}

/** A node's kind as the model names it: a row marked section (migration 0007) is a 'section'. */
export const KIND_SQL = "CASE WHEN section = 1 THEN 'section' ELSE kind END";

export function getNodeRow(db: Db, id: number): NodeRow {
  // SELECT *: a file older than migration 0007 (filled by migration tests) has no section column
  const row = sql(db, 'SELECT * FROM node WHERE id = ?').get(id) as (NodeRow & { section?: number }) | undefined;
  if (!row) throw new QicaoError('unknown-node', `找不到编号为 ${id} 的节点，它可能已被删除。`);
  return { id: row.id, kind: row.section === 1 ? 'section' : row.kind, parent_id: row.parent_id, part_id: row.part_id, position: row.position, title: row.title };
}

/** Refuses, in Chinese and in the plan's own level names, a shape its scheme does not have. */
function assertParentFits(db: Db, kind: NodeKind, parentId: number | null): NodeRow | null {
  const levels = readLevelScheme(db);
  const label = (k: NodeKind) => levelName(k, levels);
  const wanted = parentKindOf(kind, levels);
  if (wanted === undefined) {
    throw new QicaoError(
      'wrong-kind',
      `本计划为三级结构（${label('part')}、${label('keyTask')}、${label('measure')}），没有“${label('aspect')}”一级，${label('keyTask')}直接放在${label('part')}下。`,
    );
  }
  if (wanted === null) {
    if (parentId !== null) throw new QicaoError('wrong-kind', `${label(kind)}只能位于计划的最上一级，不能放在其他节点下。`);
    return null;
  }
  if (parentId === null) throw new QicaoError('wrong-kind', `${label(kind)}必须放在某个${label(wanted)}下，请指定上级节点。`);
  const parent = getNodeRow(db, parentId);
  if (parent.kind !== wanted) {
    const why = parent.kind === 'section' ? '文字章节只有标题和正文，下面不能再有节点' : `编号 ${parentId} 是${label(parent.kind)}`;
    throw new QicaoError('wrong-kind', `${label(kind)}只能放在${label(wanted)}下，${why}。`);
  }
  return parent;
}

function siblingCount(db: Db, parentId: number | null): number {
  const row = sql(db, parentId === null ? 'SELECT count(*) AS n FROM node WHERE parent_id IS NULL' : 'SELECT count(*) AS n FROM node WHERE parent_id = ?').get(
    ...(parentId === null ? [] : [parentId]),
  ) as { n: number };
  return row.n;
}

/** Opens a gap at `index` among the parent's children (positions stay 0..n-1). */
function makeRoom(db: Db, parentId: number | null, index: number): void {
  if (parentId === null) sql(db, 'UPDATE node SET position = position + 1 WHERE parent_id IS NULL AND position >= ?').run(index);
  else sql(db, 'UPDATE node SET position = position + 1 WHERE parent_id = ? AND position >= ?').run(parentId, index);
}

function closeGap(db: Db, parentId: number | null, index: number): void {
  if (parentId === null) sql(db, 'UPDATE node SET position = position - 1 WHERE parent_id IS NULL AND position > ?').run(index);
  else sql(db, 'UPDATE node SET position = position - 1 WHERE parent_id = ? AND position > ?').run(parentId, index);
}

function clampIndex(index: number | undefined, count: number): number {
  if (index === undefined || index > count) return count;
  return Math.max(0, index);
}

export interface NewNode {
  parentId: number | null;
  kind: NodeKind;
  title: string;
  /** Position among the parent's children; appended when absent. */
  index?: number;
}

/** Inserts a node inside the caller's transaction; returns its id. */
export function insertNode(db: Db, n: NewNode, extra: { goals?: string; content?: string; deadline?: string } = {}): number {
  const parent = assertParentFits(db, n.kind, n.parentId);
  const index = clampIndex(n.index, siblingCount(db, n.parentId));
  makeRoom(db, n.parentId, index);
  const partId = parent === null ? null : (parent.part_id ?? parent.id);
  if (n.kind === 'section') {
    // stored as a top-level row marked section (see migration 0007): title and text only
    const info = sql(db, "INSERT INTO node (kind, section, parent_id, part_id, position, title, content) VALUES ('part', 1, NULL, NULL, ?, ?, ?)").run(
      index,
      n.title,
      extra.content ?? '',
    );
    return Number(info.lastInsertRowid);
  }
  const info = sql(db, 'INSERT INTO node (kind, parent_id, part_id, position, title, goals, content, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    n.kind,
    n.parentId,
    partId,
    index,
    n.title,
    n.kind === 'part' ? (extra.goals ?? '') : null,
    n.kind === 'part' ? (extra.content ?? '') : null,
    n.kind === 'measure' ? (extra.deadline ?? '') : null,
  );
  return Number(info.lastInsertRowid);
}

export function addNode(db: Db, n: NewNode): number {
  const id = db.transaction(() => {
    const inserted = insertNode(db, n);
    pauseForTest('before-commit');
    return inserted;
  })();
  // inside a user's step (api asStep) this was only a savepoint: the step pauses at its own commit
  if (!db.inTransaction) pauseForTest('after-commit');
  return id;
}

export function renameNode(db: Db, id: number, title: string): void {
  db.transaction(() => {
    getNodeRow(db, id);
    sql(db, 'UPDATE node SET title = ? WHERE id = ?').run(title, id);
  })();
}

export function deleteNode(db: Db, id: number): void {
  db.transaction(() => {
    const row = getNodeRow(db, id);
    // Children go by ON DELETE CASCADE; the count triggers fire for each of them.
    sql(db, 'DELETE FROM node WHERE id = ?').run(id);
    closeGap(db, row.parent_id, row.position);
  })();
}

/** Moves a node to `index` among `parentId`'s children (same or another parent of the right kind). */
export function moveNode(db: Db, id: number, parentId: number | null, index: number): void {
  db.transaction(() => {
    const row = getNodeRow(db, id);
    const parent = assertParentFits(db, row.kind, parentId);
    if (parent && isInSubtree(db, parent.id, id)) {
      throw new QicaoError('wrong-kind', '不能把节点移动到它自己的下级中。');
    }
    closeGap(db, row.parent_id, row.position);
    const target = clampIndex(index, siblingCount(db, parentId) - (row.parent_id === parentId ? 1 : 0));
    makeRoom(db, parentId, target);
    sql(db, 'UPDATE node SET parent_id = ?, position = ? WHERE id = ?').run(parentId, target, id);
    const newPartId = parent === null ? null : (parent.part_id ?? parent.id);
    if (newPartId !== row.part_id) {
      // The whole subtree changes part; the count trigger moves each node's tally.
      sql(
        db,
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT node.id FROM node JOIN sub ON node.parent_id = sub.id)
         UPDATE node SET part_id = ? WHERE id IN (SELECT id FROM sub)`,
      ).run(id, newPartId);
    }
  })();
}

function isInSubtree(db: Db, candidate: number, root: number): boolean {
  const row = sql(
    db,
    `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM node WHERE id = ?
         UNION ALL SELECT node.id, node.parent_id FROM node JOIN up ON node.id = up.parent_id)
       SELECT 1 AS hit FROM up WHERE id = ?`,
  ).get(candidate, root);
  return row !== undefined;
}
