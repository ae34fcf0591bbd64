// Small character helpers shared by the rules. Char-code tests, no regex: they run per character.
import nzh from 'nzh/cn';
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
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 ||
    c === 0x00b7
  );
}

const CONTEXT = 4;

/** The offending text plus up to CONTEXT characters each side, verbatim. */
export function excerptOf(text: string, offset: number, length: number): string {
  return text.slice(Math.max(0, offset - CONTEXT), Math.min(text.length, offset + length + CONTEXT));
}

export function makeFinding(
  rule: RuleId,
  text: string,
  paragraph: number,
  offset: number,
  length: number,
  message: string,
  suggestion?: string,
): Finding {
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

const CN_DIGIT = /^[〇零一二两三四五六七八九十百]+$/;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1–99 in Chinese numerals ("六", "十一", "二十四"), without a library call: this runs per heading. */
export function smallChineseNumber(raw: string): number | null {
  if (raw.length === 1) return raw === '十' ? 10 : DIGIT[raw] ?? null;
  const tens = raw.indexOf('十');
  if (tens < 0 || tens > 1 || raw.length > 3) return null;
  const hi = tens === 0 ? 1 : DIGIT[raw[0]];
  const lo = tens === raw.length - 1 ? 0 : DIGIT[raw[tens + 1]];
  return hi && lo !== undefined && raw.length - tens <= 2 ? hi * 10 + lo : null;
}

/** "六" → 6, "二十四" → 24, "两" → 2, "27" → 27; null when not a number. */
export function parseNumber(raw: string): number | null {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d+$/.test(raw) ? Number(raw) : null;
  const small = smallChineseNumber(raw);
  if (small !== null) return small;
  if (!CN_DIGIT.test(raw)) return null;
  const n = Number(nzh.decodeS(raw.replace(/两/g, '二'))); // typed string, returns a number
  return Number.isFinite(n) && n > 0 ? n : null;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 6 → "六", 11 → "十一", 24 → "二十四" (the short form drafters write). 1–99 without nzh: it is slow. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return nzh.encodeS(n);
  if (n < 10) return CN[n];
  return `${n < 20 ? '' : CN[Math.floor(n / 10)]}十${CN[n % 10]}`;
}

/** 1-based paragraph label for messages. */
export function paraLabel(i: number): string {
  return `第${i + 1}段`;
}
