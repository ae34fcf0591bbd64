// The consultation as the 起草说明 states it: when the draft went out and what came of it.
// Read together with the plan, so a bound sentence in the explanation always agrees with the
// adoption table (both come from consultationSummary).
import type { ConsultationFacts, Plan } from '../model/plan.ts';
import type { Db } from '../store/open.ts';
import { readPlan } from '../store/read-plan.ts';
import { sql } from '../store/statements.ts';
import { chineseDate } from './model.ts';
import { consultationSummary } from './summary.ts';

export function consultationFacts(db: Db): ConsultationFacts | null {
  const first = sql(db, 'SELECT min(sent_date) AS sent FROM round WHERE sent_date IS NOT NULL').get() as { sent: string | null };
  const rounds = (sql(db, 'SELECT count(*) AS n FROM round').get() as { n: number }).n;
  if (rounds === 0) return null;
  return { sentDate: first.sent ? chineseDate(first.sent) : null, sentence: consultationSummary(db).sentence };
}

/** The plan with what the consultation records add to it. */
export function readPlanWithFacts(db: Db): Plan {
  return { ...readPlan(db), consultation: consultationFacts(db) };
}
