// A part's 主要目标 and 主要内容: prose the drafter writes, kept as plain text with one
// paragraph per line (the exporter and the explanation's bound segments read it as such).
import { QicaoError } from '../errors.ts';
import { getNodeRow } from './nodes.ts';
import type { Db } from './open.ts';
import { sql } from './statements.ts';

export interface PartText {
  goals?: string;
  content?: string;
}

/** Writes goals and/or content inside the caller's transaction. */
export function writePartText(db: Db, id: number, text: PartText): void {
  const row = getNodeRow(db, id);
  // a text section has its text in content, and no goals
  if (row.kind === 'section') {
    if (text.goals !== undefined) throw new QicaoError('wrong-kind', `编号 ${id} 是文字章节，只有标题和正文，没有主要目标。`);
  } else if (row.kind !== 'part') throw new QicaoError('wrong-kind', `编号 ${id} 不是部分，只有部分才有主要目标和主要内容。`);
  if (text.goals !== undefined) sql(db, 'UPDATE node SET goals = ? WHERE id = ?').run(text.goals, id);
  if (text.content !== undefined) sql(db, 'UPDATE node SET content = ? WHERE id = ?').run(text.content, id);
}

export function updatePartText(db: Db, id: number, text: PartText): void {
  db.transaction(() => writePartText(db, id, text))();
}
