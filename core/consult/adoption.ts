// The 意见采纳情况表's rows from the records: who said what about which clause, and how the
// drafter handled it. The closing line is consultationSummary's sentence, so the table and the
// 起草说明 state the same numbers.
import { exportAdoptionTable, type AdoptionRow, type AdoptionTableData } from '../documents/export/adoption-table.ts';
import type { Db } from '../store/open.ts';
import { readPlanInfo } from '../store/read-plan.ts';
import { listComments } from './comments.ts';
import { STATUS_TABLE_LABEL, type CommentView } from './model.ts';
import { nodeLocator } from './node-paths.ts';
import { consultationSummary } from './summary.ts';

/** What the unit asked for, in one cell. */
export function opinionText(c: CommentView): string {
  const reason = c.reason ? `（理由：${c.reason}）` : '';
  switch (c.kind) {
    case 'insertion':
      return c.context?.before ? `建议在“${c.context.before}”后增加“${c.text}”。` : `建议在“${c.context?.after ?? c.quote}”前增加“${c.text}”。`;
    case 'deletion':
      return `建议删除“${c.quote}”。`;
    default: {
      // a long quote is cut: the 涉及条款 column already says where it is
      const quote = c.quote.length > 40 ? `${c.quote.slice(0, 40)}…` : c.quote;
      const quoted = quote ? `原文“${quote}”：` : '';
      return `${quoted}${c.text}${reason}`;
    }
  }
}

export function adoptionTableData(db: Db, roundId?: number): AdoptionTableData {
  const locate = nodeLocator(db);
  const comments = listComments(db, roundId === undefined ? {} : { roundId });
  const rows: AdoptionRow[] = comments.map((c) => ({
    unit: c.unit,
    clause: c.target ? locate.clause(c.target.nodeId) : c.section || '—',
    content: opinionText(c),
    handling: STATUS_TABLE_LABEL[c.status],
    reply: c.reply,
  }));
  return { planTitle: readPlanInfo(db).title, rows, summary: consultationSummary(db, roundId).sentence };
}

/** `qicao export --what adoption`: the 意见采纳情况表 of one round, or of every round. */
export function exportAdoptionTableOf(db: Db, roundId?: number): Promise<Buffer> {
  return exportAdoptionTable(adoptionTableData(db, roundId));
}
