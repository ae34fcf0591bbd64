import { readFileSync } from 'node:fs';
import { checkParagraphs, type Finding, type RuleId } from '../../../core/review/index.ts';

export const SEED_URL = new URL('../../fixtures/seed-explanation.txt', import.meta.url);

export function seedParagraphs(): string[] {
  return readFileSync(SEED_URL, 'utf8').split(/\r?\n/);
}

/** Findings of one rule for the given paragraphs (a single string is one paragraph). */
export function findings(rule: RuleId, input: string | string[]): Finding[] {
  const paragraphs = typeof input === 'string' ? [input] : input;
  return checkParagraphs(paragraphs).filter((f) => f.rule === rule);
}

/** The text a finding points at. */
export function flagged(paragraphs: string | string[], f: Finding): string {
  const ps = typeof paragraphs === 'string' ? [paragraphs] : paragraphs;
  return ps[f.paragraph].slice(f.offset, f.offset + f.length);
}

/** Apply a finding's suggestion to its paragraph. */
export function applied(paragraphs: string | string[], f: Finding): string {
  const ps = typeof paragraphs === 'string' ? [paragraphs] : paragraphs;
  const p = ps[f.paragraph];
  return p.slice(0, f.offset) + (f.suggestion ?? '') + p.slice(f.offset + f.length);
}
