// The 公文 numbering at the start of a paragraph: "一、" part, "（一）" aspect, "1." key task,
// "（1）" measure. The app's one reading of these markers (import, compare, returned comments). Variants drafters type are accepted ("1、", "1．", half-width brackets,
// "第一部分"), since an import must read what people wrote, not what they should have written
// (the checker is where "1、" gets flagged).
import type { NodeKind } from './plan.ts';

export interface Marker {
  kind: NodeKind;
  /** The marker as written, with the spaces after it. */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

const CN = '[一二三四五六七八九十百零〇两]{1,4}';
const PATTERNS: [NodeKind, RegExp][] = [
  ['part', new RegExp(`^(?:${CN}[、，,.．]|第${CN}部分[：:、\\s]?)\\s*`)],
  ['aspect', new RegExp(`^[（(]${CN}[）)][、.．]?\\s*`)],
  ['keyTask', /^\d{1,3}(?:[、．]|\.(?!\d))\s*/],
  ['measure', /^[（(]\d{1,3}[）)][、.．]?\s*|^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*/],
];

const KINDS: NodeKind[] = ['part', 'aspect', 'keyTask', 'measure'];

export function readMarker(text: string): Marker | null {
  const t = text.trimStart();
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(t);
    if (m) return { kind, marker: m[0], rest: t.slice(m[0].length).trim() };
  }
  return null;
}

/** Outline level 0–3 of a Word heading style as a node kind. */
export function kindOfLevel(level: number | null): NodeKind | null {
  return level === null ? null : (KINDS[level] ?? null);
}

/** "（1）加强…" → "加强…"; text without a marker is returned trimmed. */
export function withoutMarker(text: string): string {
  return readMarker(text)?.rest ?? text.trim();
}
