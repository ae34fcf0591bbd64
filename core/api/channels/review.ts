// Channels of the 审校 panel: check the open plan (its text and its 起草说明), apply a certain
// fix, dismiss a finding with a reason (kept in the plan file) or take a dismissal back.
// Pure (see ../contract.ts): only types come from review-input.
import { z } from 'zod';
import { NodeId } from '../../model/plan.ts';
import { RULE_IDS, type RuleId } from '../../model/findings.ts';
import type { LocatedFinding, StatedCountsView } from '../../model/check-result.ts';
import { channel, empty } from './define.ts';

export type { LocatedFinding, FindingField, StatedCountsView } from '../../model/check-result.ts';

/** A finding with the flagged text itself, to highlight it and to guard a fix against later edits. */
export type ReviewFinding = LocatedFinding & { flagged: string };

export interface ReviewView {
  findings: ReviewFinding[];
  /** Findings left out because the drafter dismissed them. */
  dismissed: number;
  stated: StatedCountsView;
}

export interface FileReviewView {
  /** What was checked: a plan file, a Word document or a text file. */
  source: 'plan' | 'docx' | 'text';
  findings: LocatedFinding[];
  dismissed: number;
  stated: StatedCountsView;
}

export interface DismissalView {
  rule: RuleId;
  excerpt: string;
  reason: string;
  createdAt: string;
}

const Rule = z.enum(RULE_IDS);
const Excerpt = z.string().min(1).max(2000);

export const reviewChannels = {
  'review.check': channel<ReviewView>()(empty),
  /** A plan file, .docx or .txt on this machine, checked without opening it in the session (qicao check). */
  'review.checkFile': channel<FileReviewView>()(z.object({ path: z.string().trim().min(1, '请给出要审校的文件').max(4096) }).strict()),
  'review.fix': channel<{ ok: true }>()(
    z
      .object({
        nodeId: NodeId.nullable(),
        field: z.enum(['title', 'goals', 'content', 'explanation', 'deadline']),
        offset: z.number().int().min(0),
        length: z.number().int().min(0).max(2000),
        replacement: z.string().max(2000),
        /** The flagged text as the check saw it: the fix is refused if it changed since. */
        original: z.string().max(2000).optional(),
        /** For "explanation": the block of the 起草说明 (-1 = its title). */
        block: z.number().int().min(-1).optional(),
      })
      .strict(),
  ),
  'review.dismiss': channel<{ ok: true }>()(z.object({ rule: Rule, excerpt: Excerpt, reason: z.string().min(1).max(500) }).strict()),
  'review.dismissals': channel<DismissalView[]>()(empty),
  'review.restore': channel<{ ok: true }>()(z.object({ rule: Rule, excerpt: Excerpt }).strict()),
} as const;
