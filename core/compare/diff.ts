// From paired trees to the comparison: what was added, removed, moved and changed, the counts of
// both drafts, and the merged outline the compare view shows. Numbers come from position alone
// and are never compared: deleting a measure renumbers its siblings without changing them.
// A reorder within the same parent is not reported either: the text and the place in the plan
// are the same, only the 公文 number moved, and that is what the drafter does not want flagged.
import { depthNumber } from '../model/numbering.ts';
import type { NodeKind, Tally } from '../model/plan.ts';
import { wordDiff } from './inline.ts';
import type { Pairing } from './match.ts';
import type { AddedEntry, ChangedEntry, CompareNode, Comparison, DraftCounts, DraftLabel, FieldChange, LinkedComment, MovedEntry, SubtreeLine } from '../model/comparison.ts';
import { pathOf, type ComparedField, type DraftNode, type DraftTree } from './tree.ts';

/**
 * The 公文 number of a node by its depth (a key task is 1. under an aspect, （一） directly under
 * a part in a three-level plan) and position, memoised: a comparison asks for thousands, nzh is not free.
 */
const labels = new Map<string, string>();
function numberOf(n: DraftNode): string {
  let depth = 0;
  for (let p = n.parent; p; p = p.parent) depth++;
  const key = `${depth}:${n.index}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = depthNumber(depth, n.index)));
  return label;
}

/** Comments that explain a change, looked up by the caller (the plan file knows them). */
export type CommentLookup = (before: DraftNode | null, after: DraftNode | null) => LinkedComment[];

export interface DiffOptions {
  from: DraftLabel;
  to: DraftLabel;
  matchedBy: Comparison['matchedBy'];
  comments?: CommentLookup;
}

function sameList(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

type Compared = Record<ComparedField, boolean>;

/** The differing fields, or null: most pairs differ in nothing, so nothing is allocated for them. */
function fieldChanges(b: DraftNode, a: DraftNode, compared: Compared): FieldChange[] | null {
  let changes: FieldChange[] | null = null;
  const x = b.measure;
  const y = a.measure;
  if (x && y) {
    if (compared.leadUnits && !sameList(x.leadUnits, y.leadUnits)) (changes ??= []).push({ field: 'leadUnits', before: x.leadUnits, after: y.leadUnits });
    if (compared.supportUnits && !sameList(x.supportUnits, y.supportUnits)) (changes ??= []).push({ field: 'supportUnits', before: x.supportUnits, after: y.supportUnits });
    if (compared.deadline && x.deadline !== y.deadline) (changes ??= []).push({ field: 'deadline', before: x.deadline, after: y.deadline });
    if (compared.indicators && !sameList(x.indicators, y.indicators)) (changes ??= []).push({ field: 'indicators', before: x.indicators, after: y.indicators });
  }
  const p = b.part;
  const q = a.part;
  if (p && q) {
    if (compared.goals && p.goals !== q.goals) (changes ??= []).push({ field: 'goals', before: p.goals, after: q.goals, inline: wordDiff(p.goals, q.goals) });
    if (compared.content && p.content !== q.content) (changes ??= []).push({ field: 'content', before: p.content, after: q.content, inline: wordDiff(p.content, q.content) });
    if (compared.indicators && !sameList(p.indicators, q.indicators)) (changes ??= []).push({ field: 'indicators', before: p.indicators, after: q.indicators });
  }
  return changes;
}

function tally(parts: DraftNode[], keyOf: (n: DraftNode) => string): DraftCounts {
  const totals: Tally = { aspects: 0, keyTasks: 0, measures: 0 };
  // text sections are never counted; key tasks sit under aspects or, in a three-level plan, under the part
  const list = parts
    .filter((p) => p.kind === 'part')
    .map((p) => {
      const t: Tally = { aspects: 0, keyTasks: 0, measures: 0 };
      const walk = (n: DraftNode) => {
        for (const c of n.children) {
          if (c.kind === 'aspect') t.aspects++;
          else if (c.kind === 'keyTask') t.keyTasks++;
          else if (c.kind === 'measure') t.measures++;
          walk(c);
        }
      };
      walk(p);
      totals.aspects += t.aspects;
      totals.keyTasks += t.keyTasks;
      totals.measures += t.measures;
      return { key: keyOf(p), title: p.text, ...t };
    });
  return { parts: list, totals };
}

/** The node's descendants that exist only on its side, as indented lines (a new task with its new measures). */
function subtreeOf(n: DraftNode, paired: (x: DraftNode) => boolean, depth = 1, out: SubtreeLine[] = []): SubtreeLine[] {
  for (const c of n.children) {
    if (paired(c)) continue; // moved elsewhere: reported as a move of its own
    out.push({ kind: c.kind, text: c.text, depth, number: numberOf(c) });
    subtreeOf(c, paired, depth + 1, out);
  }
  return out;
}

export function diffTrees(before: DraftTree, after: DraftTree, pairing: Pairing, options: DiffOptions): Comparison {
  const { toAfter, toBefore } = pairing;
  const comments: CommentLookup = options.comments ?? (() => []);
  // Keys: node ids when both drafts come from one plan (stable across comparisons), else positions.
  const keys = new Map<DraftNode, string>();
  after.all.forEach((a, i) => keys.set(a, options.matchedBy === 'id' && a.id !== null ? `n${a.id}` : `a${i}`));
  before.all.forEach((b, i) => {
    const a = toAfter.get(b);
    keys.set(b, a ? keys.get(a)! : options.matchedBy === 'id' && b.id !== null ? `n${b.id}` : `b${i}`);
  });
  const keyOf = (n: DraftNode) => keys.get(n)!;
  const compared = {} as Compared;
  for (const f of before.states) compared[f] = after.states.has(f);
  const idOf = (n: DraftNode) => (options.matchedBy === 'id' ? n.id : null);

  const result: Comparison = {
    from: options.from,
    to: options.to,
    matchedBy: options.matchedBy,
    added: [],
    removed: [],
    moved: [],
    changed: [],
    counts: { before: tally(before.parts, keyOf), after: tally(after.parts, keyOf) },
    outline: [],
  };

  const entryBase = (n: DraftNode, linked: LinkedComment[]) => ({
    key: keyOf(n),
    id: idOf(n),
    kind: n.kind,
    path: pathOf(n),
    text: n.text,
    number: numberOf(n),
    comments: linked,
  });

  // Per node of the newer draft: new, moved, changed — all computed once and reused by the outline.
  const nodeInfo = new Map<DraftNode, NodeInfo>();
  for (const a of after.all) {
    const b = toBefore.get(a);
    if (!b) {
      // Only the topmost new node is an entry; new nodes under it are part of it.
      if (a.parent === null || toBefore.has(a.parent)) {
        const linked = comments(null, a);
        const entry: AddedEntry = { ...entryBase(a, linked), subtree: subtreeOf(a, (x) => toBefore.has(x)) };
        result.added.push(entry);
        nodeInfo.set(a, { comments: linked });
      }
      continue;
    }
    const fields = fieldChanges(b, a, compared);
    const textChanged = b.text !== a.text;
    const moved = a.parent !== null && (b.parent === null || toAfter.get(b.parent) !== a.parent);
    if (!textChanged && fields === null && !moved) continue; // the common case: nothing to say
    const info: NodeInfo = { comments: comments(b, a) };
    if (moved) {
      const entry: MovedEntry = {
        ...entryBase(a, info.comments!),
        from: pathOf(b),
        to: pathOf(a),
        numberBefore: numberOf(b),
      };
      result.moved.push(entry);
      info.move = { from: entry.from, to: entry.to };
    }
    if (textChanged || fields !== null) {
      const inline = textChanged ? wordDiff(b.text, a.text) : [];
      const entry: ChangedEntry = { ...entryBase(a, info.comments!), before: b.text, after: a.text, inline, fields: fields ?? [] };
      result.changed.push(entry);
      if (textChanged) info.inline = inline;
      if (fields !== null) info.fields = fields;
    }
    nodeInfo.set(a, info);
  }
  const removedComments = new Map<DraftNode, LinkedComment[]>();
  for (const b of before.all) {
    if (toAfter.has(b) || (b.parent !== null && !toAfter.has(b.parent))) continue;
    const linked = comments(b, null);
    removedComments.set(b, linked);
    result.removed.push({ ...entryBase(b, linked), subtree: subtreeOf(b, (x) => toAfter.has(x)) });
  }

  result.outline = new OutlineMerger(pairing, nodeInfo, removedComments, keyOf, idOf).children(before.parts, after.parts, null);
  return result;
}

type NodeInfo = Pick<CompareNode, 'move' | 'inline' | 'fields' | 'comments'>;
const NO_INFO: NodeInfo = {};

/**
 * The newer draft's children of one parent, with the older draft's leftovers — removed nodes and
 * placeholders of moved ones — put back after the sibling they followed, as Word shows a deletion.
 */
class OutlineMerger {
  constructor(
    private readonly pairing: Pairing,
    private readonly info: Map<DraftNode, NodeInfo>,
    private readonly removedComments: Map<DraftNode, LinkedComment[]>,
    private readonly keyOf: (n: DraftNode) => string,
    private readonly idOf: (n: DraftNode) => number | null,
  ) {}

  children(bKids: DraftNode[], aKids: DraftNode[], aParent: DraftNode | null): CompareNode[] {
    const merged: CompareNode[] = [];
    for (const a of aKids) merged.push(this.present(a));
    if (bKids.length === 0) return merged;

    // Older siblings that are not here any more go right after the last older sibling that still is.
    let leftovers: Map<number, CompareNode[]> | null = null;
    let anchor = 0;
    for (const b of bKids) {
      const a = this.pairing.toAfter.get(b);
      if (a && a.parent === aParent) {
        anchor = a.index + 1;
        continue;
      }
      const node = a ? this.movedAway(b, a) : this.removed(b);
      leftovers ??= new Map();
      const list = leftovers.get(anchor);
      if (list) list.push(node);
      else leftovers.set(anchor, [node]);
    }
    if (leftovers === null) return merged;
    const out: CompareNode[] = [...(leftovers.get(0) ?? [])];
    merged.forEach((m, i) => out.push(m, ...(leftovers.get(i + 1) ?? [])));
    return out;
  }

  private present(a: DraftNode): CompareNode {
    const b = this.pairing.toBefore.get(a) ?? null;
    const info = this.info.get(a) ?? NO_INFO;
    const children = this.children(b ? b.children : [], a.children, a);
    let hasChanges = b === null || info.move !== undefined || info.inline !== undefined || info.fields !== undefined;
    for (let i = 0; !hasChanges && i < children.length; i++) hasChanges = children[i].hasChanges;
    const node: CompareNode = {
      key: this.keyOf(a),
      id: this.idOf(a),
      kind: a.kind,
      presence: b === null ? 'added' : 'both',
      before: b ? b.text : null,
      after: a.text,
      numberBefore: b ? numberOf(b) : null,
      numberAfter: numberOf(a),
      hasChanges,
      children,
    };
    if (info.move) node.move = info.move;
    if (info.inline) node.inline = info.inline;
    if (info.fields) node.fields = info.fields;
    if (info.comments && info.comments.length > 0) node.comments = info.comments;
    return node;
  }

  private movedAway(b: DraftNode, a: DraftNode): CompareNode {
    return {
      key: `${this.keyOf(b)}~`,
      id: this.idOf(b),
      kind: b.kind,
      presence: 'movedAway',
      before: b.text,
      after: null,
      numberBefore: numberOf(b),
      numberAfter: null,
      move: { from: pathOf(b), to: pathOf(a) },
      hasChanges: true,
      children: [],
    };
  }

  private removed(b: DraftNode): CompareNode {
    const node: CompareNode = {
      key: this.keyOf(b),
      id: this.idOf(b),
      kind: b.kind,
      presence: 'removed',
      before: b.text,
      after: null,
      numberBefore: numberOf(b),
      numberAfter: null,
      hasChanges: true,
      children: this.children(b.children, [], null),
    };
    const linked = this.removedComments.get(b);
    if (linked && linked.length > 0) node.comments = linked;
    return node;
  }
}
