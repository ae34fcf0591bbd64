// The confusion dictionary lives in templates/review/typos.json so it can be extended without
// code. Each entry is a literal `wrong`, or a `pattern` (a regex without capturing groups) when
// the confusion depends on context (截止 + a date → 截至; `wrong` then only documents it).
// Patterns run over paragraphs joined with "\n": they must not match across lines (no \s).
import { z } from 'zod';
import data from '../../templates/review/typos.json' with { type: 'json' };

export const TypoEntry = z
  .object({
    wrong: z.string().min(1).optional(),
    right: z.string(),
    pattern: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .refine((e) => e.wrong || e.pattern, { message: 'wrong or pattern is required' });
export type TypoEntry = z.infer<typeof TypoEntry>;

export interface TypoMatcher {
  entries: TypoEntry[];
  /** All literal entries in one alternation without groups; the matched text finds the entry. */
  literal: RegExp | null;
  byWrong: Map<string, TypoEntry>;
  /** Pattern entries, one capturing group each: the group that matched finds the entry. */
  patterns: RegExp | null;
  patternEntries: TypoEntry[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Two regexes rather than one with a group per entry: V8 scans a plain alternation of literals
// markedly faster than one where every alternative is a capturing group.
export function compileTypos(raw: unknown): TypoMatcher {
  const entries = z.array(TypoEntry).parse(raw);
  const literals = entries.filter((e) => !e.pattern).sort((a, b) => b.wrong!.length - a.wrong!.length);
  const patternEntries = entries.filter((e) => e.pattern);
  const parts = patternEntries.map((e) => {
    const groups = new RegExp(`${e.pattern}|`).exec('')!.length - 1;
    if (groups > 0) throw new Error(`typos.json: pattern for “${e.right}” must not use capturing groups: ${e.pattern}`);
    return `(${e.pattern})`;
  });
  return {
    entries,
    literal: literals.length ? new RegExp(literals.map((e) => escape(e.wrong!)).join('|'), 'g') : null,
    byWrong: new Map(literals.map((e) => [e.wrong!, e])),
    patterns: parts.length ? new RegExp(parts.join('|'), 'g') : null,
    patternEntries,
  };
}

export const TYPOS: TypoMatcher = compileTypos(data);
