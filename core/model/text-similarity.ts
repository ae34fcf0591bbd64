// How alike two pieces of plan text are: normalized text and character-bigram overlap. Used to
// place a comment's quote in the plan (consult/anchor) and to offer "是否指…" when a typed name
// is not found (units in the registry, units of a plan). Pure: the renderer may use it.

/** Letters, digits and Han only: full-width forms folded, spaces and punctuation gone. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** A text's bigrams in order ("区水务局" → 区水, 水务, 务局); a one-character text is its own. */
export function gramList(norm: string): string[] {
  return norm.length < 2 ? [norm] : Array.from({ length: norm.length - 1 }, (_, i) => norm.slice(i, i + 2));
}

export function bigrams(norm: string): { grams: Map<string, number>; count: number } {
  const grams = new Map<string, number>();
  const units = gramList(norm).filter(Boolean);
  for (const g of units) grams.set(g, (grams.get(g) ?? 0) + 1);
  return { grams, count: units.length };
}

/** Bigrams two texts share; walks the smaller map, so a 30,000-character quote costs a short text nothing. */
export function sharedGrams(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let n = 0;
  for (const [g, k] of a) n += Math.min(k, b.get(g) ?? 0);
  return n;
}

/** A text prepared for similarity(): its normalized form and bigram counts. */
export interface GramText {
  norm: string;
  grams: Map<string, number>;
  gramCount: number;
  /** the text's bigrams in order, made on first fuzzy match */
  seq?: string[];
}

export function gramText(norm: string): GramText {
  const { grams, count } = bigrams(norm);
  return { norm, grams, gramCount: count };
}

/**
 * How well a quote fits a text, 0…1: 1 when the text contains it; otherwise the best
 * bigram Dice over every stretch of the text as long as the quote (slid one character at a
 * time, counts kept incrementally). Comparing with a same-length stretch, not the whole text,
 * keeps a long text's many common words from looking like a match.
 */
export function similarity(quoteNorm: string, text: GramText): number {
  if (quoteNorm === '' || text.norm === '') return 0;
  if (text.norm.includes(quoteNorm)) return 1;
  return fuzzyScore(quoteNorm.length, bigrams(quoteNorm), text);
}

/** similarity() for a quote not contained in the text, its bigrams counted once by the caller. */
export function fuzzyScore(quoteLength: number, q: { grams: Map<string, number>; count: number }, text: GramText): number {
  if (text.norm.length <= quoteLength * 1.25) return (2 * sharedGrams(q.grams, text.grams)) / (q.count + text.gramCount);
  const grams = text.seq ?? gramList(text.norm);
  const width = q.count;
  const window = new Map<string, number>();
  let common = 0;
  let best = 0;
  for (let i = 0; i < grams.length; i++) {
    const g = grams[i];
    const n = window.get(g) ?? 0;
    if (n < (q.grams.get(g) ?? 0)) common += 1;
    window.set(g, n + 1);
    if (i >= width) {
      const out = grams[i - width];
      const m = window.get(out)! - 1;
      window.set(out, m);
      if (m < (q.grams.get(out) ?? 0)) common -= 1;
    }
    if (i >= width - 1 && common / width > best) best = common / width;
  }
  return best;
}

/** Below this a name is too unlike what was typed to offer. */
const CLOSE_ENOUGH = 0.3;

/**
 * The one "是否指…" finder: of `names`, the ones that look like what was typed, best first —
 * one containing the other ranks first, then shared characters ("水务局" → 区水务局;
 * "区水物局" → 区水务局). At most `limit`; none when nothing is close.
 */
export function closeNames(typed: string, names: readonly string[], limit = 5): string[] {
  const q = normalizeText(typed);
  if (q === '') return [];
  return names
    .map((name) => {
      const norm = normalizeText(name);
      const contained = norm !== '' && (norm.includes(q) || q.includes(norm)) ? 1 : 0;
      return { name, score: contained + similarity(q, gramText(norm)) };
    })
    .filter((n) => n.score >= CLOSE_ENOUGH)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((n) => n.name);
}
