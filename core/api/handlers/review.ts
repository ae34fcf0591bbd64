import { applyFix } from '../../review-input/apply-fix.ts';
import { checkFile } from '../../review-input/check-file.ts';
import { checkPlan } from '../../review-input/check-plan.ts';
import { dismissFinding, listDismissals, restoreFinding } from '../../review-input/dismissals.ts';
import type { reviewChannels } from '../channels/review.ts';
import type { HandlersOf } from './types.ts';

const ok = { ok: true } as const;

export const reviewHandlers: HandlersOf<typeof reviewChannels> = {
  'review.check': (s) => {
    const { findings, dismissed, stated, paragraphs } = checkPlan(s.plan);
    const flagged = findings.map((f) => ({ ...f, flagged: paragraphs[f.paragraph]?.slice(f.offset, f.offset + f.length) ?? '' }));
    return { findings: flagged, dismissed, stated };
  },
  'review.checkFile': async (_s, i) => {
    const { source, findings, stated, dismissed } = await checkFile(i.path);
    return { source, findings, stated, dismissed };
  },
  'review.fix': (s, i) => (applyFix(s.plan, i), ok),
  'review.dismiss': (s, i) => (dismissFinding(s.plan, i), ok),
  'review.dismissals': (s) => listDismissals(s.plan),
  'review.restore': (s, i) => (restoreFinding(s.plan, i), ok),
};
