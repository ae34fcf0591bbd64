// The consultation as the 起草说明 states it: when the draft went out and what came of it.
// Read together with the plan, so a bound sentence in the explanation always agrees with the
// adoption table (both come from consultationSummary).
import type { ConsultationFacts, Plan } from '../model/plan.ts';
import type { Db } from '../store/open.ts';
import { readDocumentSettings } from '../store/document-settings.ts';
import { readPlan } from '../store/read-plan.ts';
import { sql } from '../store/statements.ts';
import { chineseDate } from '../model/consultation.ts';
import { consultationSummary, explanationReplies } from './summary.ts';

/**
 * A round the app made by itself when feedback arrived before any round was recorded
 * (rounds.ts roundForFeedback): named after the import day, never sent through Qicao. Its date
 * is the day of the import, not a date the drafter set, so the 起草说明 does not state it.
 */
const AUTO_ROUND_NAME = /^\d{4}年\d{1,2}月\d{1,2}日征求意见(（\d+）)?$/;

/** `silentAsNoObjection`: the drafter chose to state units that never replied as 无意见 (逾期未反馈的视为无意见). */
export interface FactsOptions {
  silentAsNoObjection?: boolean;
}

export function consultationFacts(db: Db, options: FactsOptions = {}): ConsultationFacts | null {
  const rounds = sql(db, 'SELECT name, sent_date, snapshot_id, due_date FROM round ORDER BY id').all() as {
    name: string;
    sent_date: string | null;
    snapshot_id: number | null;
    due_date: string | null;
  }[];
  if (rounds.length === 0) return null;
  const drafterSet = rounds.filter((r) => r.sent_date !== null && (r.snapshot_id !== null || r.due_date !== null || !AUTO_ROUND_NAME.test(r.name)));
  const first = drafterSet.map((r) => r.sent_date!).sort()[0];
  const summary = consultationSummary(db);
  // the 起草说明 words the round as settled: not adopted → explained to the unit (explanationReplies)
  const replies = explanationReplies(summary, options);
  return { sentDate: first ? chineseDate(first) : null, sentence: `共征求${summary.asked}个单位意见，${replies}`, asked: summary.asked, replies };
}

/** The plan with what the consultation records add to it. */
export function readPlanWithFacts(db: Db, options: FactsOptions = {}): Plan {
  return { ...readPlan(db), consultation: consultationFacts(db, options), ...readDocumentSettings(db) };
}
