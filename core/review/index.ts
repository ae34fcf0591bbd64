// Proofreading engine for plain paragraphs (the caller turns .txt/.docx/plan files into an array
// of paragraph strings). One rule per file in rules/.
//
// Perf note: every rule is linear. Most run one native regex pass over the paragraphs joined
// into one text and only do JavaScript work per match (mapping it back to its paragraph with a
// forward cursor), not per paragraph; nothing rescans the document per paragraph or per match.
// Budget: a 250,000-character document within 20× of one regex pass over all CJK punctuation.
import { ReviewContext, type Rule } from './context.ts';
import { parseStatedCounts, type StatedCounts } from './counts.ts';
import { abbreviationInconsistent } from './rules/abbreviation-inconsistent.ts';
import { countMismatch } from './rules/count-mismatch.ts';
import { dateFormat } from './rules/date-format.ts';
import { halfwidthPunctuation } from './rules/halfwidth-punctuation.ts';
import { numberMismatch } from './rules/number-mismatch.ts';
import { numberingFormat } from './rules/numbering-format.ts';
import { numberingSequence } from './rules/numbering-sequence.ts';
import { parallelSeparator } from './rules/parallel-separator.ts';
import { repeatedPunctuation } from './rules/repeated-punctuation.ts';
import { straySpace } from './rules/stray-space.ts';
import { targetBelowBaseline } from './rules/target-below-baseline.ts';
import { typo } from './rules/typo.ts';
import { unbalancedBracket } from './rules/unbalanced-bracket.ts';
import { wordArtifact } from './rules/word-artifact.ts';
import { RULE_IDS, type Finding, type RuleId } from '../model/findings.ts';
import type { LevelWords } from '../model/level-words.ts';

export type { Finding, RuleId, Severity } from '../model/findings.ts';
export { RULE_IDS, SEVERITY } from '../model/findings.ts';
export type { StatedCounts, StatedPart, StatedTotals, StatedNumber, CountField } from './counts.ts';
export { countMismatchesAgainstPlan, type ActualCounts, type ActualPartCounts } from './rules/count-mismatch.ts';
export { compileTypos, type TypoEntry } from './typos.ts';

const BY_ID: Record<RuleId, Rule> = {
  'word-artifact': wordArtifact,
  typo,
  'numbering-sequence': numberingSequence,
  'numbering-format': numberingFormat,
  'repeated-punctuation': repeatedPunctuation,
  'halfwidth-punctuation': halfwidthPunctuation,
  'stray-space': straySpace,
  'parallel-separator': parallelSeparator,
  'abbreviation-inconsistent': abbreviationInconsistent,
  'count-mismatch': countMismatch,
  'number-mismatch': numberMismatch,
  'target-below-baseline': targetBelowBaseline,
  'unbalanced-bracket': unbalancedBracket,
  'date-format': dateFormat,
  // Needs the plan's structure, not its text: core/review-input/completeness.ts finds these.
  'plan-incomplete': { id: 'plan-incomplete', check: () => [] },
  // Needs the plan and its document settings: core/review-input/explanation-gaps.ts finds these.
  'explanation-incomplete': { id: 'explanation-incomplete', check: () => [] },
  // Needs the plan's consultation rounds: core/review-input/consultation-open.ts finds these.
  'consultation-open': { id: 'consultation-open', check: () => [] },
  // Needs the plan's year: core/review-input/stale-years.ts finds these.
  'stale-year': { id: 'stale-year', check: () => [] },
};
/** In RULE_IDS order: when two rules flag exactly the same span, the earlier rule's finding is kept. */
const RULES: Rule[] = RULE_IDS.map((id) => BY_ID[id]);
const RANK = Object.fromEntries(RULE_IDS.map((id, k) => [id, k])) as Record<RuleId, number>;

export interface CheckOptions {
  /** Keys (see findingKey) of findings the drafter dismissed; they are not reported again. */
  dismissed?: Iterable<string>;
  /** Run only these rules (default: all). */
  rules?: readonly RuleId[];
}

/**
 * Stable identity of a finding for dismissal: rule + the excerpt, so it survives edits elsewhere
 * in the document (paragraph numbers shift, the excerpt does not).
 */
export function findingKey(f: Pick<Finding, 'rule' | 'excerpt'>): string {
  return `${f.rule}\u0000${f.excerpt}`;
}

export function checkParagraphs(paragraphs: string[], opts: CheckOptions = {}): Finding[] {
  const ctx = new ReviewContext(paragraphs);
  const wanted = opts.rules ? new Set(opts.rules) : null;
  const dismissed = opts.dismissed ? new Set(opts.dismissed) : null;
  const all: Finding[] = [];
  for (const rule of RULES) {
    if (wanted && !wanted.has(rule.id)) continue;
    for (const f of rule.check(ctx)) if (!dismissed?.has(findingKey(f))) all.push(f);
  }
  all.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset || RANK[a.rule] - RANK[b.rule]);
  // Two rules flagging exactly the same span (a space after "3、" is both numbering-format and
  // stray-space): keep the earlier rule's finding. Same-offset findings are adjacent after the sort.
  const out: Finding[] = [];
  let group = 0; // index in `out` of the first finding at the current paragraph and offset
  for (const f of all) {
    const prev = out[out.length - 1];
    if (!prev || prev.paragraph !== f.paragraph || prev.offset !== f.offset) group = out.length;
    let dup = false;
    for (let k = group; k < out.length && !dup; k++) dup = out[k].length === f.length;
    if (!dup) out.push(f);
  }
  return out;
}

/**
 * The counts the text states: per part ("本部分内容包括…") and in total ("共计…"), in the plan's
 * level words when the text belongs to a plan (its "主要任务"), else the default ones and variants.
 */
export function statedCounts(paragraphs: string[], words?: LevelWords): StatedCounts {
  const ctx = new ReviewContext(paragraphs);
  return parseStatedCounts(ctx, ctx.outline, words);
}
