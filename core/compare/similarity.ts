// How alike two texts are, for pairing nodes of documents that carry no ids. Character
// bigrams suit Chinese (no spaces, two-character words dominate) and cost one pass per text.

/** The set of character bigrams of a text, each coded as one number. */
export function bigrams(text: string): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) set.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  return set;
}

/** Dice coefficient of two bigram sets: 1 = same bigrams, 0 = none shared. */
export function dice(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Jaccard index of two sets of strings (a container's measures, by text). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
