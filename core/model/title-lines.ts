// Where a long 公文 title breaks. GB/T 9704 asks that a title of several lines keep words whole
// and be balanced, so the lines are chosen here and written as explicit line breaks in the
// title paragraph, as drafters do by hand, instead of leaving Word to wrap "…攻 / 坚战…".
// Pure: the renderer previews the same lines.

/**
 * 2号 characters per line of the text block: portrait 156 mm holds 20.1, landscape 243 mm 31.3.
 * Half a character is kept free: a full-width line whose digits or brackets come out a little
 * wider in the substituted font would otherwise wrap its last character ("起草说 / 明").
 */
export const TITLE_CAPACITY = { portrait: 19.5, landscape: 30.5 } as const;

/** Marks of a draft's stage: set on a line of their own under the title. */
export const DRAFT_MARKS = ['（征求意见稿）', '（送审稿）', '（报审稿）', '（讨论稿）'] as const;

/**
 * Words the segmenter cuts but a reader never wants cut: the genre's own nouns. Intl.Segmenter
 * gives "攻|坚|战", "起草|说明", "征求|意见|稿".
 */
const WHOLE_WORDS = [
  '污染防治攻坚战',
  '持续深入打好',
  '深入打好',
  '攻坚战',
  '污染防治',
  '起草说明',
  '征求意见稿',
  '送审稿',
  '报审稿',
  '讨论稿',
  '行动计划',
  '实施方案',
  '工作方案',
  '任务分工表',
  '承担任务清单',
  '意见采纳情况表',
  '修改对照表',
  '意见反馈表',
  '生态环境局',
];

/** A year with the plan's kind after it ("2024年行动计划", "2025年度工作要点") is read as one word. */
const YEAR_TERM = /\d{4}年度?(?:[\u3400-\u9fff]{0,4}?)(?:行动计划|行动方案|实施方案|工作方案|工作要点|工作计划)/gu;

/** Drafter's break marks in a stored title: "|" or a line break. */
const BREAK_MARK = /\s*(?:\||\r?\n)\s*/;

const OPENING = '《（“‘〈「(';
const CLOSING = '》）”’〉」)、，。；：！？,.;:!?';
const PAIRS: Record<string, string> = { '《': '》', '（': '）', '(': ')' };

/** Display width in 2号 characters: ASCII letters, digits and spaces ½, everything else (CJK fonts set ≥, · full width) 1. */
export function titleWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x80 ? 0.5 : 1;
  return width;
}

let segmenter: Intl.Segmenter | undefined;
const words = (text: string): string[] => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
};

const isCjk = (s: string) => /^[\u3400-\u9fff]$/u.test(s);
const isDigits = (s: string) => /^[0-9０-９]+$/u.test(s);

/**
 * The title cut into atoms no line break may fall inside: the segmenter's words, glued where a
 * break would read wrong — a lone character to the word before it ("攻|坚|战", "环境|局"), a
 * year to its 年 ("2024年"), closing marks to what they close, opening marks to what they open,
 * and the genre's own nouns whole. A space stays an atom of its own: a line may end there.
 */
function atoms(text: string): string[] {
  // protect whole words first: each becomes one token
  const tokens: string[] = [];
  const whole = [...(text.match(YEAR_TERM) ?? []), ...WHOLE_WORDS];
  let rest = text;
  while (rest !== '') {
    let next = -1;
    let word = '';
    for (const w of whole) {
      const at = rest.indexOf(w);
      if (at >= 0 && (next < 0 || at < next || (at === next && w.length > word.length))) {
        next = at;
        word = w;
      }
    }
    if (next < 0) {
      tokens.push(...words(rest));
      break;
    }
    if (next > 0) tokens.push(...words(rest.slice(0, next)));
    tokens.push(word);
    rest = rest.slice(next + word.length);
  }
  const out: string[] = [];
  let glueNext = false;
  for (const token of tokens) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    const lastChar = last === undefined ? '' : [...last].at(-1)!;
    const glue =
      last !== undefined &&
      token.trim() !== '' &&
      last.trim() !== '' &&
      (glueNext ||
        CLOSING.includes(token[0]) ||
        (isCjk(token) && !whole.includes(token) && token !== '的') ||
        (isDigits(lastChar) && /^[年月日项个]/u.test(token)) ||
        (isDigits(token) && isDigits(lastChar)));
    if (glue) out[out.length - 1] = last + token;
    else out.push(token);
    glueNext = token.trim() !== '' && OPENING.includes([...token].at(-1)!);
  }
  return out;
}

/** For each gap after atom i: how deep inside 《》/（） it is, and the width of the pair it sits in. */
function bracketDepths(list: string[]): { depth: number; spanWidth: number }[] {
  const result: { depth: number; spanWidth: number }[] = [];
  const stack: { close: string; start: number }[] = [];
  const text = list.join('');
  let offset = 0;
  const spans: { from: number; to: number }[] = [];
  for (const ch of text) {
    if (PAIRS[ch]) stack.push({ close: PAIRS[ch], start: offset });
    else if (stack.length > 0 && stack[stack.length - 1].close === ch) spans.push({ from: stack.pop()!.start, to: offset + ch.length });
    offset += ch.length;
  }
  offset = 0;
  for (const atom of list) {
    offset += atom.length;
    const inside = spans.filter((s) => s.from < offset && offset < s.to);
    result.push({
      depth: inside.length,
      spanWidth: inside.reduce((w, s) => Math.min(w, titleWidth(text.slice(s.from, s.to))), Infinity),
    });
  }
  return result;
}

/**
 * Balanced lines for one stretch of title: the fewest lines that fit `capacity`, the break
 * points chosen so the lines are as even as possible (sum of squared deviations), a break inside
 * 《》 or （） only when the pair cannot fit on one line, a break at a space slightly preferred.
 */
function balance(text: string, capacity: number): string[] {
  const list = atoms(text);
  const total = titleWidth(text.trim());
  if (total <= capacity || list.length < 2) return [text.trim()];
  const depths = bracketDepths(list);
  const lineOf = (from: number, to: number) => list.slice(from, to).join('').trim();
  const gapPenalty = (i: number): number => {
    const d = depths[i - 1];
    let penalty = 0;
    if (d.depth > 0) penalty += d.spanWidth <= capacity ? 10_000 : 4;
    if (list[i - 1].trim() === '' || list[i]?.trim() === '') penalty -= 2;
    // a line should not begin with 的 or end with an opening mark
    if (list[i]?.startsWith('的')) penalty += 6;
    return penalty;
  };
  const minLines = Math.ceil(total / capacity);
  for (let lines = minLines; lines <= Math.min(list.length, minLines + 2); lines++) {
    const ideal = total / lines;
    // best[k][i]: cost of putting atoms [0, i) on k lines
    const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(list.length + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(list.length + 1).fill(-1));
    best[0][0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= list.length; i++) {
        for (let j = k - 1; j < i; j++) {
          if (best[k - 1][j] === Infinity) continue;
          const line = lineOf(j, i);
          if (line === '') continue;
          const width = titleWidth(line);
          if (width > capacity) continue;
          const cost = best[k - 1][j] + (width - ideal) ** 2 + (j > 0 ? gapPenalty(j) : 0);
          if (cost < best[k][i]) {
            best[k][i] = cost;
            from[k][i] = j;
          }
        }
      }
    }
    if (best[lines][list.length] === Infinity) continue;
    const cuts: number[] = [];
    for (let k = lines, i = list.length; k > 0; i = from[k][i], k--) cuts.unshift(i);
    return cuts.map((to, n) => lineOf(n === 0 ? 0 : cuts[n - 1], to));
  }
  // an atom wider than a line (a very long word): leave the wrapping to the word processor
  return [text.trim()];
}

/** The title without the drafter's break marks. */
export function plainTitle(text: string): string {
  return text
    .split(BREAK_MARK)
    .map((s) => s.trim())
    .join('');
}

/**
 * Where the drafter breaks the plan title, when the stored setting still spells the current
 * title (with "|" or line breaks at the breaks); otherwise none: a setting left from an older
 * title is ignored, not applied to the wrong words.
 */
export function drafterBreaks(planTitle: string, titleBreak: string | undefined): string[] | null {
  if (!titleBreak || !BREAK_MARK.test(titleBreak)) return null;
  const pieces = titleBreak.split(BREAK_MARK).filter((s) => s.trim() !== '');
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  if (squeeze(pieces.join('')) !== squeeze(planTitle)) return null;
  return pieces.map((s) => s.trim());
}

export interface TitleLayout {
  /** The lines of the title proper. */
  lines: string[];
  /** "（征求意见稿）" and the like, set on its own line under the title; '' when none. */
  mark: string;
}

/**
 * The lines of a title. `mark` (or a draft mark the title ends with) goes on its own line.
 * `breaks` are the drafter's lines of the plan title: where the title contains them, it breaks
 * there, and a stretch still too long is balanced on its own.
 */
export function titleLayout(title: string, options: { capacity?: number; mark?: string; breaks?: string[] | null } = {}): TitleLayout {
  const capacity = options.capacity ?? TITLE_CAPACITY.portrait;
  // a title typed with its own breaks ("…建设|持续…") breaks there
  const own = BREAK_MARK.test(title.trim())
    ? title
        .trim()
        .split(BREAK_MARK)
        .filter((s) => s.trim() !== '')
    : null;
  let text = plainTitle(title).trim();
  let mark = options.mark ?? '';
  const ending = DRAFT_MARKS.find((m) => text.endsWith(m) && text.length > m.length);
  if (ending) {
    text = text.slice(0, -ending.length).trim();
    mark ||= ending;
  }
  const forced = own && own.length > 1 ? own : options.breaks && options.breaks.length > 1 ? options.breaks : null;
  let stretches = [text];
  if (forced) {
    const joined = forced.join('');
    if (text.includes(joined)) {
      const start = text.indexOf(joined);
      const before = text.slice(0, start);
      const after = text.slice(start + joined.length);
      stretches = forced.map((line, i) => (i === 0 ? before : '') + line + (i === forced.length - 1 ? after : ''));
    } else if (text.includes(forced[0])) {
      // the plan title's own spaces may differ: fall back to breaking after each forced line in order
      stretches = [];
      let rest = text;
      for (const line of forced.slice(0, -1)) {
        const at = rest.indexOf(line);
        if (at < 0) break;
        stretches.push(rest.slice(0, at + line.length));
        rest = rest.slice(at + line.length);
      }
      stretches.push(rest);
    }
  }
  const lines = stretches.flatMap((s) => balance(s, capacity)).filter((l) => l !== '');
  return { lines, mark };
}
