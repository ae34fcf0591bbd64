// The 意见采纳情况表's rows from the records: who said what about which clause, and how the
// drafter handled it. The closing line is consultationSummary's sentence, so the table and the
// 起草说明 state the same numbers.
import { exportAdoptionTable, type AdoptionRow, type AdoptionTableData } from '../documents/export/adoption-table.ts';
import type { Db } from '../store/open.ts';
import { readDocumentSettings } from '../store/document-settings.ts';
import { readPlanInfo } from '../store/read-plan.ts';
import { commentSummary, quotable, wholeWords, widenBefore } from './comment-text.ts';
import { listComments } from './comments.ts';
import { STATUS_TABLE_LABEL, type CommentView } from '../model/consultation.ts';
import { nodeLocator } from './node-paths.ts';
import { consultationSummary } from './summary.ts';

/**
 * What the unit asked for, in one cell: whole sentences, quotes without stray punctuation.
 * `source` is the text the change was made in (the node's text before it), to quote whole words.
 */
export function opinionText(c: CommentView, source = ''): string {
  const reason = c.reason ? `（理由：${c.reason}）` : '';
  switch (c.kind) {
    case 'insertion': {
      const before = quotable(wholeWords(widenBefore(c.context?.before ?? '', source), source), 20);
      const after = quotable(wholeWords(c.context?.after ?? c.quote, source), 20);
      const added = quotable(c.text);
      if (before !== '') return `建议在“${before}”后增加“${added}”。`;
      return after !== '' ? `建议在“${after}”前增加“${added}”。` : `建议增加“${added}”。`;
    }
    case 'deletion':
      // a deletion with text is a replacement (intake/docx-items.ts)
      // the struck words exactly as the unit struck them: widening them would ask for more
      return c.text.trim() !== '' ? `建议将“${quotable(c.quote)}”修改为“${quotable(c.text)}”。` : `建议删除“${quotable(c.quote)}”。`;
    default: {
      // a long quote is cut: the 涉及条款 column already says where it is
      const quote = quotable(c.quote);
      if (c.text.trim() === '') return `${commentSummary(c)}。${reason}`;
      return `${quote ? `原文“${quote}”：` : ''}${c.text}${reason}`;
    }
  }
}

/** A node's texts in one string (title, goals, content), to quote whole words from. */
function nodeText(db: Db, nodeId: number): string {
  const row = db.prepare('SELECT title, goals, content FROM node WHERE id = ?').get(nodeId) as { title: string; goals: string | null; content: string | null } | undefined;
  return row ? [row.title, row.goals ?? '', row.content ?? ''].join('\n') : '';
}

export function adoptionTableData(db: Db, roundId?: number): AdoptionTableData {
  const locate = nodeLocator(db);
  const comments = listComments(db, roundId === undefined ? {} : { roundId });
  const rows: AdoptionRow[] = comments.map((c) => ({
    unit: c.unit,
    clause: c.target ? locate.clause(c.target.nodeId) : c.section || '—',
    content: opinionText(c, c.edit?.before ?? (c.target ? nodeText(db, c.target.nodeId) : '')),
    handling: STATUS_TABLE_LABEL[c.status],
    reply: c.reply,
  }));
  return { planTitle: readPlanInfo(db).title, rows, summary: consultationSummary(db, roundId).sentence, author: readDocumentSettings(db).draftingUnit };
}

/** `qicao export --what adoption`: the 意见采纳情况表 of one round, or of every round. */
export function exportAdoptionTableOf(db: Db, roundId?: number, attachmentLabel?: string): Promise<Buffer> {
  return exportAdoptionTable({ ...adoptionTableData(db, roundId), attachmentLabel });
}
