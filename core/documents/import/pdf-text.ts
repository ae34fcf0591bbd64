// Text pasted from a PDF: lines broken inside sentences and inside brackets, "." for "。", page
// numbers ("— 3 —") and the running head repeated on every page. Rejoined before anything is read,
// so a measure and its phrase are one paragraph again; what was dropped is said in the notes.
// Plain loops and anchored patterns only: this sees the whole user text.
import { readMarker } from '../../model/markers.ts';
import { isCloseBracket, isOpenBracket } from '../../model/unit-names.ts';

const PAGE_NUMBER = /^[-—–－_\s]{0,6}(?:第\s{0,2})?\d{1,4}\s{0,2}(?:页)?(?:\s{0,2}[/／]\s{0,2}\d{1,4})?(?:\s{0,2}页)?[-—–－_\s]{0,6}$/;
const TERMINAL = '。！？；：…!?;:';
/** Han or a closing mark before a "." that ends a Chinese sentence. */
const HAN = /[\u4e00-\u9fa5）)”」]/;

export interface RejoinedText {
  lines: string[];
  /** What was removed, for the notes. */
  pageNumbers: number;
  runningHeads: string[];
  joined: number;
  periods: number;
}

const balance = (t: string) => {
  let d = 0;
  for (const c of t) {
    if (isOpenBracket(c)) d++;
    else if (isCloseBracket(c)) d--;
  }
  return d;
};

/** "治理.（牵头" → "治理。（牵头"; "1.推进" and "4.5" keep their points. */
function fixPeriods(line: string): { text: string; count: number } {
  let count = 0;
  let out = '';
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '.' && k > 0 && HAN.test(line[k - 1]) && (k === line.length - 1 || /[\u4e00-\u9fa5（(“]/.test(line[k + 1]))) {
      out += '。';
      count++;
    } else out += c;
  }
  return { text: out, count };
}

/** null when the text does not look pasted from a PDF (then it is read as it is). */
export function rejoinPdfText(input: string[]): RejoinedText | null {
  const lines = input.map((l) => l.trim());
  const pageLines = new Set<number>();
  lines.forEach((l, i) => {
    if (l !== '' && l.length <= 16 && PAGE_NUMBER.test(l)) pageLines.add(i);
  });
  const lengths = lines
    .filter((l, i) => l !== '' && !pageLines.has(i))
    .map((l) => l.length)
    .sort((a, b) => a - b);
  if (lengths.length < 3) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)];
  const full = (l: string) => l.length >= Math.max(12, width * 0.75);
  const endsOpen = (l: string) => l !== '' && !TERMINAL.includes(l[l.length - 1]) && !(isCloseBracket(l[l.length - 1]) && balance(l) <= 0);
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (full(lines[i]) && endsOpen(lines[i]) && lines[i + 1] !== '' && !readMarker(lines[i + 1])) broken++;
  const hanPeriods = lines.filter((l) => /[\u4e00-\u9fa5]\.$/.test(l) || /[\u4e00-\u9fa5]\.[（(]/.test(l)).length;
  if (pageLines.size === 0 && broken < 3 && hanPeriods < 2) return null;

  // A running head: a short line seen again right after (or before) a page number.
  const counts = new Map<string, number>();
  for (const l of lines) if (l !== '' && l.length <= 40) counts.set(l, (counts.get(l) ?? 0) + 1);
  const heads = new Set<string>();
  pageLines.forEach((i) => {
    for (const j of [i - 1, i + 1]) if (j >= 0 && j < lines.length && (counts.get(lines[j]) ?? 0) >= 2) heads.add(lines[j]);
  });
  const out: string[] = [];
  let joined = 0;
  let periods = 0;
  let firstSeen = new Set<string>();
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    if (pageLines.has(i)) continue;
    if (heads.has(l)) {
      // the first occurrence, before any page break, is the document's own title
      if (firstSeen.has(l) || [...pageLines].some((p) => p < i)) continue;
      firstSeen.add(l);
    }
    if (l === '') {
      out.push('');
      open = false;
      continue;
    }
    const fixed = fixPeriods(l);
    l = fixed.text;
    periods += fixed.count;
    const prev = out.length ? out[out.length - 1] : '';
    const continues =
      open && prev !== '' && (!readMarker(l) || balance(prev) > 0) && (balance(prev) > 0 || full(prev) || /[，,、]$/.test(prev) || /^[，,。；;：:）)、】\]]/.test(l));
    if (continues) {
      out[out.length - 1] = prev + l;
      joined++;
    } else out.push(l);
    open = endsOpen(out[out.length - 1]);
  }
  firstSeen = new Set();
  return { lines: out, pageNumbers: pageLines.size, runningHeads: [...heads], joined, periods };
}

/** The note the import shows for a rejoined text. */
export function rejoinNote(r: RejoinedText): string {
  const parts: string[] = [];
  if (r.joined) parts.push(`合并了${r.joined}处断行`);
  if (r.periods) parts.push(`把${r.periods}处句末的“.”改为“。”`);
  if (r.pageNumbers) parts.push(`去掉${r.pageNumbers}个页码`);
  if (r.runningHeads.length) parts.push(`去掉页眉${r.runningHeads.map((h) => `“${h}”`).join('')}`);
  return `文字看来是从PDF复制的：${parts.join('，')}，然后再读取；请在预览中核对合并后的段落。`;
}
