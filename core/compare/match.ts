// Pairs each node of the older draft with its counterpart in the newer one. Drafts of one plan
// share node ids; documents do not, so there nodes are aligned by similarity: within the same
// (already paired) parent first, then across the whole plan for nodes that moved. An edited
// measure thus stays one node with a changed text instead of a deletion plus an insertion.
import type { NodeKind } from '../model/plan.ts';
import { bigrams, dice, jaccard } from './similarity.ts';
import type { DraftNode, DraftTree } from './tree.ts';

export interface Pairing {
  toAfter: Map<DraftNode, DraftNode>;
  toBefore: Map<DraftNode, DraftNode>;
}

function emptyPairing(): Pairing {
  return { toAfter: new Map(), toBefore: new Map() };
}

function pair(p: Pairing, b: DraftNode, a: DraftNode): void {
  p.toAfter.set(b, a);
  p.toBefore.set(a, b);
}

export function matchById(before: DraftTree, after: DraftTree): Pairing {
  const p = emptyPairing();
  const byId = new Map<number, DraftNode>();
  for (const a of after.all) if (a.id !== null) byId.set(a.id, a);
  for (const b of before.all) {
    const a = b.id === null ? undefined : byId.get(b.id);
    if (a && a.kind === b.kind) pair(p, b, a);
  }
  return p;
}

/** Within one paired parent a looser likeness is enough; across the plan it must be clearer. */
const LOCAL_THRESHOLD = 0.5;
const GLOBAL_THRESHOLD = 0.6;
/** Beyond this many candidate pairs, containers are paired by exact title only (two unrelated plans). */
const MAX_PAIRWISE = 250_000;
const LEVELS: NodeKind[] = ['part', 'section', 'aspect', 'keyTask', 'measure'];

type Similarity = (b: DraftNode, a: DraftNode) => number;

export function alignBySimilarity(before: DraftTree, after: DraftTree): Pairing {
  const p = emptyPairing();
  const grams = new Map<DraftNode, Set<number>>();
  const gramsOf = (n: DraftNode) => grams.get(n) ?? (grams.set(n, bigrams(n.text)), grams.get(n)!);
  const measureSets = new Map<DraftNode, Set<string>>();
  const measuresOf = (n: DraftNode): Set<string> => {
    let set = measureSets.get(n);
    if (!set) {
      set = new Set<string>();
      if (n.kind === 'keyTask') for (const m of n.children) set.add(m.text);
      else for (const c of n.children) for (const t of measuresOf(c)) set.add(t);
      measureSets.set(n, set);
    }
    return set;
  };
  // A container renamed outright is still the same container when it holds the same measures.
  const containerSim: Similarity = (b, a) => Math.max(dice(gramsOf(b), gramsOf(a)), jaccard(measuresOf(b), measuresOf(a)));
  const textSim: Similarity = (b, a) => (b.text === a.text ? 1 : dice(gramsOf(b), gramsOf(a)));
  const freeB = (n: DraftNode) => !p.toAfter.has(n);
  const freeA = (n: DraftNode) => !p.toBefore.has(n);

  for (const kind of LEVELS) {
    const sim = kind === 'measure' ? textSim : containerSim;
    const bs = before.all.filter((n) => n.kind === kind);
    const as = after.all.filter((n) => n.kind === kind);
    const groups = siblingGroups(kind, before, after, p);
    for (const [bk, ak] of groups) pairExact(p, bk.filter(freeB), ak.filter(freeA));
    pairExact(p, bs.filter(freeB), as.filter(freeA));
    for (const [bk, ak] of groups) pairSimilar(p, bk.filter(freeB), ak.filter(freeA), sim, LOCAL_THRESHOLD);
    const restB = bs.filter(freeB);
    const restA = as.filter(freeA);
    if (kind === 'measure') pairSimilarIndexed(p, restB, restA, gramsOf, GLOBAL_THRESHOLD);
    else if (restB.length * restA.length <= MAX_PAIRWISE) pairSimilar(p, restB, restA, sim, GLOBAL_THRESHOLD);
  }
  return p;
}

/** [older siblings, newer siblings] under each parent pair already made (the plan itself for parts). */
function siblingGroups(kind: NodeKind, before: DraftTree, after: DraftTree, p: Pairing): [DraftNode[], DraftNode[]][] {
  // parts and text sections share the top; each pairs only with its own kind
  if (kind === 'part' || kind === 'section') return [[before.parts.filter((n) => n.kind === kind), after.parts.filter((n) => n.kind === kind)]];
  const groups: [DraftNode[], DraftNode[]][] = [];
  for (const pb of before.all) {
    if (pb.children.length === 0 || pb.children[0].kind !== kind) continue;
    const pa = p.toAfter.get(pb);
    if (pa) groups.push([pb.children, pa.children]);
  }
  return groups;
}

/** Equal texts, taken in document order so repeated texts pair first with first. */
function pairExact(p: Pairing, bs: DraftNode[], as: DraftNode[]): void {
  if (bs.length === 0 || as.length === 0) return;
  const byText = new Map<string, DraftNode[]>();
  for (const a of as) {
    const list = byText.get(a.text);
    if (list) list.push(a);
    else byText.set(a.text, [a]);
  }
  for (const b of bs) {
    const a = byText.get(b.text)?.shift();
    if (a) pair(p, b, a);
  }
}

/** Best pairs first: each node goes to the counterpart it resembles most, if enough. */
function pairGreedy(p: Pairing, candidates: { b: DraftNode; a: DraftNode; score: number }[]): void {
  candidates.sort((x, y) => y.score - x.score);
  for (const { b, a } of candidates) if (!p.toAfter.has(b) && !p.toBefore.has(a)) pair(p, b, a);
}

function pairSimilar(p: Pairing, bs: DraftNode[], as: DraftNode[], sim: Similarity, threshold: number): void {
  if (bs.length === 0 || as.length === 0) return;
  const candidates: { b: DraftNode; a: DraftNode; score: number }[] = [];
  for (const b of bs) {
    for (const a of as) {
      const score = sim(b, a);
      if (score >= threshold) candidates.push({ b, a, score });
    }
  }
  pairGreedy(p, candidates);
}

/**
 * Across the whole plan, only texts sharing an uncommon bigram are compared, so two drafts with
 * hundreds of unpaired measures each do not cost a full cross product.
 */
function pairSimilarIndexed(p: Pairing, bs: DraftNode[], as: DraftNode[], gramsOf: (n: DraftNode) => Set<number>, threshold: number): void {
  if (bs.length === 0 || as.length === 0) return;
  if (bs.length * as.length <= 10_000) return pairSimilar(p, bs, as, (b, a) => dice(gramsOf(b), gramsOf(a)), threshold);
  const postings = new Map<number, DraftNode[]>();
  for (const a of as) {
    for (const g of gramsOf(a)) {
      const list = postings.get(g);
      if (list) list.push(a);
      else postings.set(g, [a]);
    }
  }
  const common = Math.max(20, Math.ceil(Math.sqrt(as.length)));
  const candidates: { b: DraftNode; a: DraftNode; score: number }[] = [];
  for (const b of bs) {
    const seen = new Set<DraftNode>();
    for (const g of gramsOf(b)) {
      const list = postings.get(g);
      if (!list || list.length > common) continue;
      for (const a of list) seen.add(a);
    }
    for (const a of seen) {
      const score = dice(gramsOf(b), gramsOf(a));
      if (score >= threshold) candidates.push({ b, a, score });
    }
  }
  pairGreedy(p, candidates);
}
