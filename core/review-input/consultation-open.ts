// `qicao check` before 报审 (its own rule, so dismissing another plan-wide warning never hides it): comments still 待处理 and units that have not replied, said once on
// the plan's title (the list is in the window's 征求意见 desk; review-readiness.ts names them).
import { reviewReadiness } from '../consult/review-readiness.ts';
import { makeFinding } from '../review/text.ts';
import type { Finding } from '../model/findings.ts';
import type { Db } from '../store/open.ts';
import type { TextMap } from './text-map.ts';

export function consultationOpenFindings(db: Db, map: TextMap): Finding[] {
  const warning = reviewReadiness(db);
  const at = map.spans[0]?.find((s) => s.nodeId === null && s.field === 'title');
  if (warning === null || !at) return [];
  return [makeFinding('consultation-open', map.paragraphs[0], 0, at.start, at.end - at.start, `征求意见尚未办结：${warning.message}`)];
}
