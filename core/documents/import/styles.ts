// Paragraph styles of a .docx (word/styles.xml): the heading level a style implies and the
// list numbering it carries. Chinese Word names its heading styles "heading 1" internally
// (shown as 标题 1) with style ids "1", "2"…, so the name and the outline level are read,
// never the id.
import { walkXml } from './ooxml.ts';

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

export interface ParagraphStyle {
  name: string;
  basedOn: string | null;
  /** 0 = 一级 … from w:outlineLvl or the "heading N" name; null for body text. */
  outlineLevel: number | null;
  numbering: NumberingRef | null;
}

export type StyleSheet = Map<string, ParagraphStyle>;

export function parseStyles(xml: string, file: string): StyleSheet {
  const styles: StyleSheet = new Map();
  let current: (ParagraphStyle & { id: string }) | null = null;
  let depthInPPr = 0;
  let numId: string | null = null;
  let ilvl = 0;
  walkXml(xml, file, '样式（styles.xml）', {
    open(name, a) {
      if (name === 'w:style') {
        current = a.type === undefined || a.type === 'paragraph' ? { id: a.styleId ?? '', name: '', basedOn: null, outlineLevel: null, numbering: null } : null;
        numId = null;
        ilvl = 0;
        return;
      }
      if (!current) return;
      if (name === 'w:pPr') depthInPPr++;
      else if (name === 'w:name') current.name = a.val ?? '';
      else if (name === 'w:basedOn') current.basedOn = a.val ?? null;
      else if (depthInPPr > 0 && name === 'w:outlineLvl') current.outlineLevel = toLevel(a.val);
      else if (depthInPPr > 0 && name === 'w:numId') numId = a.val ?? null;
      else if (depthInPPr > 0 && name === 'w:ilvl') ilvl = Number(a.val ?? 0) || 0;
    },
    close(name) {
      if (name === 'w:pPr') depthInPPr--;
      if (name !== 'w:style' || !current) return;
      const s: ParagraphStyle & { id: string } = current;
      const heading = /^heading\s*(\d)$/i.exec(s.name);
      if (s.outlineLevel === null && heading) s.outlineLevel = Number(heading[1]) - 1;
      if (numId !== null) s.numbering = { numId, ilvl };
      styles.set(s.id, { name: s.name, basedOn: s.basedOn, outlineLevel: s.outlineLevel, numbering: s.numbering });
      current = null;
    },
    text() {},
  });
  return styles;
}

/** Outline level 9 means "body text" in Word. */
export function toLevel(val: string | undefined): number | null {
  const n = Number(val);
  return Number.isInteger(n) && n >= 0 && n < 9 ? n : null;
}

/** Follows basedOn (at most 10 steps: a cycle in a broken file must not hang). */
export function resolveStyle(styles: StyleSheet, id: string | null): { name: string; outlineLevel: number | null; numbering: NumberingRef | null } {
  let name = '';
  let outlineLevel: number | null = null;
  let numbering: NumberingRef | null = null;
  let s = id === null ? undefined : styles.get(id);
  for (let k = 0; s && k < 10; k++) {
    if (k === 0) name = s.name;
    outlineLevel ??= s.outlineLevel;
    numbering ??= s.numbering;
    s = s.basedOn === null ? undefined : styles.get(s.basedOn);
  }
  return { name, outlineLevel, numbering };
}
