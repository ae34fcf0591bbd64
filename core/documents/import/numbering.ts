// Word's automatic list numbering (word/numbering.xml). A heading numbered by Word's list
// feature has no "一、" in its text; the label is computed here the way Word shows it, so the
// rest of the import (and the checker) sees the same text a reader sees.
import { chineseNumber } from '../../model/numbering.ts';
import { walkXml } from './ooxml.ts';

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → abstractNumId and per-level start overrides. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

export function parseNumbering(xml: string, file: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  let levels: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  walkXml(xml, file, '编号（numbering.xml）', {
    open(name, a) {
      switch (name) {
        case 'w:abstractNum':
          levels = new Map();
          abstract.set(a.abstractNumId ?? '', levels);
          break;
        case 'w:lvl':
          if (levels) {
            level = { start: 1, format: 'decimal', text: '' };
            levels.set(Number(a.ilvl ?? 0) || 0, level);
          }
          break;
        case 'w:start':
          if (level) level.start = Number(a.val ?? 1) || 0;
          break;
        case 'w:numFmt':
          if (level) level.format = a.val ?? 'decimal';
          break;
        case 'w:lvlText':
          if (level) level.text = a.val ?? '';
          break;
        case 'w:num':
          num = { abstractId: '', starts: new Map() };
          nums.set(a.numId ?? '', num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = a.val ?? '';
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(a.ilvl ?? 0) || 0;
          break;
        case 'w:startOverride':
          if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(a.val ?? 1) || 0);
          break;
      }
    },
    close(name) {
      if (name === 'w:abstractNum') levels = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
    },
    text() {},
  });
  return { abstract, nums };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}

function letters(n: number): string {
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One number in a list format; null for formats that show no number (bullet, none). */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'ideographDigital':
      return n > 0 ? chineseNumber(n) : '〇';
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'ideographTraditional':
      return HEAVENLY[n - 1] ?? String(n);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return null;
  }
}

/** Counts list items through the document, the way Word numbers them. */
export class ListCounter {
  private counters = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering | null) {}

  /** The label ("一、", "（一）", "1.") of the next item of list `numId` at `ilvl`, or "" when none shows. */
  next(numId: string, ilvl: number): string {
    if (!this.numbering || numId === '0') return '';
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstract.get(num.abstractId);
    const lvl = levels?.get(ilvl);
    if (!num || !levels || !lvl) return '';
    // Lists that share an abstract definition share their counters, as in Word.
    let counts = this.counters.get(num.abstractId);
    if (!counts) this.counters.set(num.abstractId, (counts = []));
    const startOf = (k: number) => num.starts.get(k) ?? levels.get(k)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels restart under a new item
    if (lvl.format === 'bullet' || lvl.format === 'none') return '';
    let label = '';
    for (const piece of lvl.text.split(/(%\d)/)) {
      const m = /^%(\d)$/.exec(piece);
      if (!m) {
        label += piece;
        continue;
      }
      const k = Number(m[1]) - 1;
      const value = counts[k] ?? startOf(k);
      label += formatNumber(value, levels.get(k)?.format ?? 'decimal') ?? '';
    }
    return label;
  }
}
