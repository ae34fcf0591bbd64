// Shared vocabulary of the proofreading engine. Pure TypeScript: the renderer imports it too.

export type Severity = 'error' | 'warning';

export const RULE_IDS = [
  'word-artifact',
  'typo',
  'numbering-sequence',
  'numbering-format',
  'repeated-punctuation',
  'halfwidth-punctuation',
  'stray-space',
  'unbalanced-bracket',
  'date-format',
  'parallel-separator',
  'abbreviation-inconsistent',
  'count-mismatch',
  'number-mismatch',
  'target-below-baseline',
  'plan-incomplete',
  'explanation-incomplete',
  'consultation-open',
  'stale-year',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITY: Record<RuleId, Severity> = {
  'count-mismatch': 'error',
  'number-mismatch': 'error',
  'target-below-baseline': 'warning',
  'repeated-punctuation': 'error',
  'halfwidth-punctuation': 'error',
  'numbering-sequence': 'error',
  'numbering-format': 'warning',
  typo: 'error',
  'abbreviation-inconsistent': 'warning',
  'stray-space': 'warning',
  'word-artifact': 'error',
  'parallel-separator': 'warning',
  'unbalanced-bracket': 'warning',
  'date-format': 'warning',
  'plan-incomplete': 'warning',
  'explanation-incomplete': 'warning',
  'consultation-open': 'warning',
  'stale-year': 'warning',
};

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Chinese, specific, says what to do. */
  message: string;
  /** The offending text, verbatim, with at least two characters of context each side (fewer at the paragraph's edge). */
  excerpt: string;
  /** 0-based paragraph index. */
  paragraph: number;
  /** Char offset of the offending text within the paragraph. */
  offset: number;
  length: number;
  /** Replacement for exactly [offset, offset+length) when the fix is certain. */
  suggestion?: string;
}
