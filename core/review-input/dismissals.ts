// Findings the drafter dismissed, with the reason, kept in the plan file (table
// finding_dismissal). A dismissal is keyed by rule and excerpt, so it survives edits elsewhere.
import { QicaoError } from '../errors.ts';
import { findingKey, RULE_IDS, type RuleId } from '../review/index.ts';
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';

export interface Dismissal {
  rule: RuleId;
  excerpt: string;
  reason: string;
  createdAt: string;
}

export function dismissalKeys(db: Db): Set<string> {
  const rows = sql(db, 'SELECT rule, excerpt FROM finding_dismissal').all() as { rule: RuleId; excerpt: string }[];
  return new Set(rows.map(findingKey));
}

export function listDismissals(db: Db): Dismissal[] {
  return sql(db, 'SELECT rule, excerpt, reason, created_at AS createdAt FROM finding_dismissal ORDER BY id').all() as Dismissal[];
}

/** One user action: dismissing again with another reason updates the reason. */
export function dismissFinding(db: Db, d: { rule: string; excerpt: string; reason: string }): void {
  if (!(RULE_IDS as readonly string[]).includes(d.rule)) throw new QicaoError('bad-input', `没有名为“${d.rule}”的审校规则，无法忽略。`);
  const reason = d.reason.trim();
  if (reason === '') throw new QicaoError('bad-input', '请填写忽略的理由，以便日后核对。');
  if (d.excerpt === '') throw new QicaoError('bad-input', '这条审校意见没有摘录文字，无法记住忽略，请直接修改原文。');
  db.transaction(() => {
    sql(
      db,
      `INSERT INTO finding_dismissal (rule, excerpt, reason, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (rule, excerpt) DO UPDATE SET reason = excluded.reason`,
    ).run(d.rule, d.excerpt, reason, new Date().toISOString());
  })();
}

/** Takes a dismissal back: the finding is reported again. */
export function restoreFinding(db: Db, d: { rule: string; excerpt: string }): void {
  db.transaction(() => {
    const info = sql(db, 'DELETE FROM finding_dismissal WHERE rule = ? AND excerpt = ?').run(d.rule, d.excerpt);
    if (info.changes === 0) throw new QicaoError('not-found', '没有找到这条已忽略的审校意见，它可能已被恢复。');
  })();
}
