// Word-level diff inside ONE changed text (a measure, a title, a part's goals). Chinese has no
// spaces, so words come from Intl.Segmenter. Never run on a whole document: segmenting a
// 250,000-character draft takes over a minute; structure narrows the work to changed pairs first.
import { diffWords } from 'diff';
import type { InlineOp } from '../model/comparison.ts';

let segmenter: Intl.Segmenter | undefined;
/** One segmenter for the process: building it loads ICU's dictionary, which costs more than a diff. */
function zhWords(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
}

/** A break the segmenter always makes: the context it needs ends there. */
const BOUNDARY = /[，。；：、！？（）《》“”‘’\s,.;:!?()]/;
/** How far into the shared text the segmenter looks, so a word cut by the edit is still seen whole. */
const CONTEXT = 8;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Moves a cut point `at` back into the shared prefix, to just after a boundary or by CONTEXT characters. */
function backPrefix(text: string, at: number): number {
  const floor = Math.max(0, at - CONTEXT);
  for (let i = at - 1; i >= floor; i--) if (BOUNDARY.test(text[i])) return i + 1;
  let cut = floor;
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return cut;
}

/** Same for the shared suffix: `length` characters at the end are shared; returns how many to keep aside. */
function backSuffix(text: string, length: number): number {
  const start = text.length - length;
  const ceil = Math.min(text.length, start + CONTEXT);
  for (let i = start; i < ceil; i++) if (BOUNDARY.test(text[i])) return text.length - i;
  let cut = ceil;
  if (cut < text.length && isHighSurrogate(text.charCodeAt(cut - 1))) cut++;
  return text.length - cut;
}

function push(ops: InlineOp[], op: InlineOp['op'], text: string): void {
  if (text === '') return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

/** The operations that turn `before` into `after`: equal + delete spell `before`, equal + insert spell `after`. */
export function wordDiff(before: string, after: string): InlineOp[] {
  const ops: InlineOp[] = [];
  if (before === after) {
    push(ops, 'equal', before);
    return ops;
  }
  // Only the stretch between the shared start and end is segmented and diffed.
  const prefix = backPrefix(before, commonPrefix(before, after));
  const suffixLength = Math.min(backSuffix(before, commonSuffix(before, after, prefix)), before.length - prefix, after.length - prefix);
  const oldMiddle = before.slice(prefix, before.length - suffixLength);
  const newMiddle = after.slice(prefix, after.length - suffixLength);
  push(ops, 'equal', before.slice(0, prefix));
  const middle: InlineOp[] = [];
  for (const change of diffWords(oldMiddle, newMiddle, { intlSegmenter: zhWords() })) {
    push(middle, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value);
  }
  if (spells(middle, 'delete', oldMiddle) && spells(middle, 'insert', newMiddle)) for (const m of middle) push(ops, m.op, m.text);
  else {
    // jsdiff may normalise whitespace inside "equal" parts; then show the stretch as replaced, never wrong text.
    push(ops, 'delete', oldMiddle);
    push(ops, 'insert', newMiddle);
  }
  push(ops, 'equal', before.slice(before.length - suffixLength));
  return ops;
}

function spells(ops: InlineOp[], side: 'delete' | 'insert', text: string): boolean {
  let s = '';
  for (const o of ops) if (o.op === 'equal' || o.op === side) s += o.text;
  return s === text;
}

/** The older text of a diff (equal + delete). */
export function beforeText(ops: InlineOp[]): string {
  return ops
    .filter((o) => o.op !== 'insert')
    .map((o) => o.text)
    .join('');
}

/** The newer text of a diff (equal + insert). */
export function afterText(ops: InlineOp[]): string {
  return ops
    .filter((o) => o.op !== 'delete')
    .map((o) => o.text)
    .join('');
}
