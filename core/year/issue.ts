// Issuing the plan (印发稿: 文号, 印发日期) and the 调整 records that are the only way to change
// its structure afterwards. The snapshot taken at issue is the year's baseline.
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import { takeSnapshot } from '../store/snapshots.ts';
import type { AdjustmentAction, AdjustmentChange, AdjustmentView, IssueInfo } from '../model/year.ts';

export const ISSUED_SNAPSHOT_NAME = '印发稿';

export function readIssue(db: Db): IssueInfo | null {
  const row = sql(
    db,
    `SELECT i.snapshot_id AS snapshotId, s.name AS snapshotName, i.doc_number AS docNumber, i.issue_date AS issueDate, i.issued_at AS issuedAt
     FROM plan_issue i JOIN snapshot s ON s.id = i.snapshot_id WHERE i.id = 1`,
  ).get() as IssueInfo | undefined;
  return row ?? null;
}

export function requireIssue(db: Db): IssueInfo {
  const issue = readIssue(db);
  if (!issue) throw new QicaoError('bad-input', '计划还没有印发。请先“印发”（填写文号和印发日期，qicao issue），再开展调度。');
  return issue;
}

/** One transaction: the 印发稿 snapshot and the issue record. */
export function issuePlan(db: Db, input: { docNumber: string; issueDate: string; snapshotName?: string }): IssueInfo {
  return db.transaction(() => {
    const issued = readIssue(db);
    if (issued) throw new QicaoError('exists', `计划已于${issued.issueDate}印发（${issued.docNumber}），不能再次印发；结构变化请记录调整。`);
    const measures = (sql(db, "SELECT count(*) AS n FROM node WHERE kind = 'measure'").get() as { n: number }).n;
    if (measures === 0) throw new QicaoError('bad-input', '计划中还没有具体措施，不能印发。请先完成计划的起草。');
    const snap = takeSnapshot(db, input.snapshotName ?? ISSUED_SNAPSHOT_NAME);
    sql(db, 'INSERT INTO plan_issue (id, snapshot_id, doc_number, issue_date, issued_at) VALUES (1, ?, ?, ?, ?)').run(
      snap.id,
      input.docNumber.trim(),
      input.issueDate,
      new Date().toISOString(),
    );
    return readIssue(db)!;
  })();
}

interface ChangeRow {
  adjustment_id: number;
  node_id: number;
  action: AdjustmentAction;
  before: string | null;
  after: string | null;
}

const quoted = (s: string | null) => `“${s ?? ''}”`;

/** Consecutive edits of one field collapse into one change (typing is many updates); unit lists compare as sets. */
function collapse(rows: ChangeRow[]): AdjustmentChange[] {
  const out: AdjustmentChange[] = [];
  const byKey = new Map<string, AdjustmentChange>();
  const units = new Map<number, { before: string[]; after: string[] }>();
  for (const r of rows) {
    if (r.action === 'units') {
      const u = units.get(r.node_id) ?? { before: [], after: [] };
      if (r.before) u.before.push(r.before);
      if (r.after) u.after.push(r.after);
      units.set(r.node_id, u);
      continue;
    }
    const key = `${r.node_id}:${r.action}`;
    const seen = byKey.get(key);
    if (seen && (r.action === 'text' || r.action === 'deadline' || r.action === 'move')) {
      seen.after = r.after;
      continue;
    }
    const change: AdjustmentChange = { nodeId: r.node_id, action: r.action, before: r.before, after: r.after, description: '' };
    byKey.set(key, change);
    out.push(change);
  }
  for (const [nodeId, u] of units) {
    const before = [...new Set(u.before)].sort().join('、');
    const after = [...new Set(u.after)].sort().join('、');
    if (before !== after) out.push({ nodeId, action: 'units', before, after, description: '' });
  }
  const label = (s: string | null) =>
    (s ?? '')
      .replace(/^lead:/, '牵头：')
      .replace(/、lead:/g, '、牵头：')
      .replace(/support:/g, '配合：');
  for (const c of out) {
    c.description =
      c.action === 'add'
        ? `新增${quoted(c.after)}`
        : c.action === 'delete'
          ? `删除${quoted(c.before)}`
          : c.action === 'move'
            ? `由${quoted(c.before)}下移到${quoted(c.after)}下`
            : c.action === 'text'
              ? `内容由${quoted(c.before)}改为${quoted(c.after)}`
              : c.action === 'deadline'
                ? `完成时限由${quoted(c.before)}改为${quoted(c.after)}`
                : `责任单位由${quoted(label(c.before))}改为${quoted(label(c.after))}`;
  }
  // a node added and then edited in the same adjustment is just "added" (with its last text)
  // and a deleted node's units going with it are part of "deleted"
  const added = new Set(out.filter((c) => c.action === 'add').map((c) => c.nodeId));
  const deleted = new Set(out.filter((c) => c.action === 'delete').map((c) => c.nodeId));
  return out.filter((c) => c.action === 'add' || c.action === 'delete' || (!added.has(c.nodeId) && !deleted.has(c.nodeId)));
}

export function listAdjustments(db: Db): AdjustmentView[] {
  const adjustments = sql(db, 'SELECT id, reason, made_by AS madeBy, opened_at AS openedAt, closed_at AS closedAt FROM adjustment ORDER BY id').all() as Omit<
    AdjustmentView,
    'changes'
  >[];
  const rows = sql(db, 'SELECT adjustment_id, node_id, action, before, after FROM adjustment_change ORDER BY id').all() as ChangeRow[];
  return adjustments.map((a) => ({ ...a, changes: collapse(rows.filter((r) => r.adjustment_id === a.id)) }));
}

function openAdjustmentId(db: Db): number | null {
  return (sql(db, 'SELECT id FROM adjustment WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined)?.id ?? null;
}

export function openAdjustment(db: Db): AdjustmentView | null {
  const id = openAdjustmentId(db);
  return id === null ? null : listAdjustments(db).find((a) => a.id === id)!;
}

export function beginAdjustment(db: Db, input: { reason: string; madeBy?: string }): AdjustmentView {
  db.transaction(() => {
    requireIssue(db);
    const open = openAdjustment(db);
    if (open) throw new QicaoError('exists', `调整“${open.reason}”还没有结束，请先结束它，再开始新的调整。`);
    sql(db, 'INSERT INTO adjustment (reason, made_by, opened_at) VALUES (?, ?, ?)').run(input.reason.trim(), input.madeBy?.trim() ?? '', new Date().toISOString());
  })();
  return openAdjustment(db)!;
}

export function endAdjustment(db: Db): AdjustmentView {
  const id = db.transaction(() => {
    const open = openAdjustmentId(db);
    if (open === null) throw new QicaoError('not-found', '当前没有进行中的调整。');
    sql(db, 'UPDATE adjustment SET closed_at = ? WHERE id = ?').run(new Date().toISOString(), open);
    return open;
  })();
  return listAdjustments(db).find((a) => a.id === id)!;
}
