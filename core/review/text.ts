// Small character helpers shared by the rules. Char-code tests, no regex: they run per character.
import { parseChineseNumber } from '../model/numbering.ts';
import { SEVERITY, type Finding, type RuleId } from '../model/findings.ts';

/** CJK ideographs (basic, extension A, compatibility). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Han, CJK punctuation (、。《》【】…), full-width forms (，；：（）％) and Chinese quotes/dashes. */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    isHan(ch) ||
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x00b7
  );
}

const CONTEXT = 4;

/** The offending text plus up to CONTEXT characters each side, verbatim. */
export function excerptOf(text: string, offset: number, length: number): string {
  return text.slice(Math.max(0, offset - CONTEXT), Math.min(text.length, offset + length + CONTEXT));
}

export function makeFinding(rule: RuleId, text: string, paragraph: number, offset: number, length: number, message: string, suggestion?: string): Finding {
  const f: Finding = {
    rule,
    severity: SEVERITY[rule],
    message,
    excerpt: excerptOf(text, offset, length),
    paragraph,
    offset,
    length,
  };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

// Chinese numerals are read and written in one place (model/numbering.ts); the review's names for them:
export { smallChineseNumber, chineseNumber as chineseNumeral } from '../model/numbering.ts';

/** "六" → 6, "二十四" → 24, "两" → 2, "27" → 27; null when not a number. */
export function parseNumber(raw: string): number | null {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d+$/.test(raw) ? Number(raw) : null;
  return parseChineseNumber(raw);
}

/** 1-based paragraph label for messages. */
export function paraLabel(i: number): string {
  return `第${i + 1}段`;
}
