// Finds the plan node an item is about: through the node anchor bookmark when the file kept
// it; otherwise by the quoted text, tolerant of small edits (normalized text, character-bigram
// overlap); for a form row also by its 章节/条款 ("（三）2.", "一、（三）2.（1）").
import { parseChineseNumber } from '../model/numbering.ts';
import { bigrams, fuzzyScore, gramList, normalizeText, sharedGrams, similarity, type GramText } from '../model/text-similarity.ts';
import type { BookmarkTarget } from '../documents/export/bookmarks.ts';
import { planBody } from '../model/level-rules.ts';
import type { Aspect, KeyTask, NodeKind, Plan } from '../model/plan.ts';
import type { CommentAnchor } from '../model/consultation.ts';
import type { BookmarkHit, RawItem } from './intake/raw-item.ts';

export type TextField = 'title' | 'goals' | 'content';

interface NodeText extends GramText {
  id: number;
  kind: NodeKind;
  field: TextField;
}

const MIN_EXACT = 4;
/**
 * Characters of a quote matched against the plan: a quoted paragraph is far shorter, and the
 * opening of a longer one still places it. Keeps one item's work bounded by the plan's size.
 */
const MAX_QUOTE = 2000;
/** A 章节/条款 ("一、（三）2.（1）", or a measure's opening words) is short; the rest of a longer one is not read. */
const MAX_SECTION = 200;
const MIN_FUZZY = 6;
const THRESHOLD = 0.7;
const TIE = 0.03;

const KIND_OF_TARGET: Record<BookmarkTarget, NodeKind> = { part: 'part', goals: 'part', content: 'part', aspect: 'aspect', keyTask: 'keyTask', measure: 'measure' };
const FIELD_OF_TARGET: Record<BookmarkTarget, TextField> = { part: 'title', goals: 'goals', content: 'content', aspect: 'title', keyTask: 'title', measure: 'title' };

type Label = { kind: NodeKind; index: number };

const CN = '[一二三四五六七八九十百零〇两]+';
// A run of numerals or digits is tried from its first character only (the lookbehinds): linear
// on a 章节/条款 of 30,000 "一" or "1", which took 100 s before.
const LABEL_RE = new RegExp(`第(${CN})部分|(?<!${CN.slice(0, -1)})(${CN})[、.．]|[（(](${CN})[）)]|(?<!\\d)(\\d+)[.．、](?!\\d)|[（(](\\d+)[）)]`, 'g');

/** "一、（三）2.（1）" → part 0, aspect 2, key task 1, measure 0; the rest of the text apart. */
export function parseSection(section: string): { labels: Label[]; rest: string } {
  const labels: Label[] = [];
  const s = section.slice(0, MAX_SECTION).normalize('NFKC').replace(/\s/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  const rest = s.replace(LABEL_RE, (_m, partWord, partCn, aspectCn, taskNum, measureNum) => {
    if (partWord ?? partCn) labels.push({ kind: 'part', index: (parseChineseNumber(partWord ?? partCn) ?? NaN) - 1 });
    else if (aspectCn) labels.push({ kind: 'aspect', index: (parseChineseNumber(aspectCn) ?? NaN) - 1 });
    else if (taskNum) labels.push({ kind: 'keyTask', index: Number(taskNum) - 1 });
    else if (measureNum) labels.push({ kind: 'measure', index: Number(measureNum) - 1 });
    return ' ';
  });
  return { labels, rest: rest.replace(/\s+/g, ' ').trim() };
}

const LEVEL: NodeKind[] = ['part', 'aspect', 'keyTask', 'measure'];

interface TreeNode {
  id: number;
  kind: NodeKind;
  children: TreeNode[];
}

export interface Anchored {
  nodeId: number;
  anchor: CommentAnchor;
}

/** One plan (the 征求意见稿 the unit read, or the plan as it is now) ready for matching. */
export class PlanMatcher {
  private readonly texts: NodeText[] = [];
  private readonly kindOf = new Map<number, NodeKind>();
  private readonly parts: TreeNode[];

  constructor(plan: Plan) {
    const add = (id: number, kind: NodeKind, field: TextField, raw: string) => {
      const norm = normalizeText(raw);
      if (norm === '') return;
      const { grams, count } = bigrams(norm);
      this.texts.push({ id, kind, field, norm, grams, gramCount: count });
    };
    const tree = (id: number, kind: NodeKind, children: TreeNode[]): TreeNode => {
      this.kindOf.set(id, kind);
      return { id, kind, children };
    };
    // text sections take their place in the 一、 sequence: "三、" counts them
    this.parts = planBody(plan).map((top) => {
      if (top.kind === 'section') {
        add(top.id, 'section', 'title', top.title);
        add(top.id, 'section', 'content', top.content);
        return tree(top.id, 'section', []);
      }
      const part = top;
      add(part.id, 'part', 'title', part.title);
      add(part.id, 'part', 'goals', part.goals);
      add(part.id, 'part', 'content', part.content);
      const taskTree = (task: KeyTask) => {
        add(task.id, 'keyTask', 'title', task.title);
        const measures = task.children.map((m) => {
          add(m.id, 'measure', 'title', m.title);
          return tree(m.id, 'measure', []);
        });
        return tree(task.id, 'keyTask', measures);
      };
      // a three-level plan's key tasks hang directly under the part
      const children = (part.children as (Aspect | KeyTask)[]).map((c) => {
        if (c.kind === 'keyTask') return taskTree(c);
        add(c.id, 'aspect', 'title', c.title);
        return tree(c.id, 'aspect', c.children.map(taskTree));
      });
      return tree(part.id, 'part', children);
    });
  }

  has(id: number): boolean {
    return this.kindOf.has(id);
  }

  /** The bookmark's node, if it is in this plan, of the right kind, and its text still resembles the bookmarked text. */
  byBookmark(hit: BookmarkHit): number | null {
    if (this.kindOf.get(hit.id) !== KIND_OF_TARGET[hit.target]) return null;
    const field = FIELD_OF_TARGET[hit.target];
    const own = this.texts.find((t) => t.id === hit.id && t.field === field);
    const quote = normalizeText(hit.text);
    // a copy of another plan carries the same bookmark names for other nodes: check the text
    if (own && quote !== '' && similarity(quote, own) < 0.3) return null;
    return hit.id;
  }

  /** The best node for a quote, or null when nothing fits well enough or several fit equally. */
  byText(quote: string, within?: Set<number>): { id: number; score: number } | null {
    const q = normalizeText(quote.length > MAX_QUOTE ? quote.slice(0, MAX_QUOTE) : quote);
    if (q.length < MIN_EXACT) return null;
    const best = new Map<number, { score: number; length: number }>();
    const qGrams = q.length >= MIN_FUZZY ? bigrams(q) : null;
    for (const t of this.texts) {
      if (within && !within.has(t.id)) continue;
      let score = 1;
      if (!t.norm.includes(q)) {
        if (!qGrams) continue;
        // Every window of a long text shares at most the bigrams the whole text shares with the
        // quote, so a text sharing fewer than THRESHOLD of them cannot reach THRESHOLD: skip the
        // window slide (a 10,000-comment file would otherwise slide over the whole plan each time).
        const long = t.norm.length > q.length * 1.25;
        // Dice is at most 2·min/(sum) of the two bigram counts: a quote far longer than the text cannot reach THRESHOLD
        if (!long && (2 * Math.min(qGrams.count, t.gramCount)) / (qGrams.count + t.gramCount) < THRESHOLD) continue;
        if (long && sharedGrams(qGrams.grams, t.grams) / qGrams.count < THRESHOLD) continue;
        t.seq ??= gramList(t.norm);
        score = fuzzyScore(q.length, qGrams, t);
      }
      const prev = best.get(t.id);
      if (!prev || score > prev.score) best.set(t.id, { score, length: t.norm.length });
    }
    const ranked = [...best.entries()].filter(([, v]) => v.score >= THRESHOLD).sort((a, b) => b[1].score - a[1].score);
    if (ranked.length === 0) return null;
    if (ranked.length === 1) return { id: ranked[0][0], score: ranked[0][1].score };
    const top = ranked[0][1].score;
    const close = ranked.filter(([, v]) => v.score >= top - TIE);
    if (close.length === 1) return { id: close[0][0], score: top };
    // several fit equally: only a node whose whole text is the quote (a title quoted in full,
    // also found inside its measures) stands out; a phrase found in many measures is ambiguous
    const whole = close.filter(([, v]) => v.length <= q.length * 1.25);
    return whole.length === 1 ? { id: whole[0][0], score: top } : null;
  }

  /** The nodes a 章节/条款 can name: "（三）2." without its part fits one key task in each part. */
  bySection(section: string): number[] {
    const { labels, rest } = parseSection(section);
    if (labels.length === 0) return [];
    const start = LEVEL.indexOf(labels[0].kind);
    // "大气污染防治（三）2.": a part named in the rest narrows the search
    const restNorm = normalizeText(rest);
    const named = this.parts.filter((p) => restNorm !== '' && this.texts.some((t) => t.id === p.id && t.field === 'title' && restNorm.includes(t.norm)));
    let parents: TreeNode[] = named.length === 1 ? named : this.parts;
    const groups: TreeNode[][] = [];
    if (start === 0) groups.push(this.parts);
    else {
      for (let l = 1; l < start; l++) parents = parents.flatMap((n) => n.children);
      groups.push(...parents.map((p) => p.children));
    }
    let nodes = groups.map((g) => g[labels[0].index]).filter((n): n is TreeNode => n !== undefined);
    let level = start;
    for (const label of labels.slice(1)) {
      level += 1;
      if (LEVEL.indexOf(label.kind) !== level) break; // labels go down one level at a time
      nodes = nodes.map((n) => n.children[label.index]).filter((n): n is TreeNode => n !== undefined);
    }
    return nodes.map((n) => n.id);
  }

  /** The node and everything under it. */
  subtree(id: number): Set<number> {
    const ids = new Set<number>();
    const walk = (n: TreeNode) => {
      ids.add(n.id);
      n.children.forEach(walk);
    };
    const find = (list: TreeNode[]): TreeNode | undefined => {
      for (const n of list) {
        if (n.id === id) return n;
        const hit = find(n.children);
        if (hit) return hit;
      }
      return undefined;
    };
    const root = find(this.parts);
    if (root) walk(root);
    return ids;
  }

  /** Whether one of the node's fields contains the quote whole (punctuation and spaces aside). */
  private holds(id: number, quote: string): boolean {
    const q = normalizeText(quote);
    return q !== '' && this.texts.some((t) => t.id === id && t.norm.includes(q));
  }

  /** Anchors one item in this plan, or null. */
  anchor(item: RawItem): Anchored | null {
    if (item.bookmark) {
      const id = this.byBookmark(item.bookmark);
      if (id !== null) return { nodeId: id, anchor: 'bookmark' };
    }
    if (item.kind === 'form-row') return this.anchorFormRow(item);
    // The field that holds the whole context wins over one that holds only the quoted words: a
    // deletion of "，倡导绿色生活方式" from a part's 主要内容 is not about the key task whose
    // whole title is those words. For a tracked change the context is the text around it; for
    // a comment, its paragraph — taken only when that field also holds the commented words.
    const change = item.kind === 'insertion' || item.kind === 'deletion';
    const wide = change ? (item.context ? item.context.before + (item.kind === 'deletion' ? item.quote : '') + item.context.after : '') : item.near;
    const around = wide !== '' && normalizeText(wide) !== normalizeText(item.quote) ? this.byText(wide) : null;
    if (around && (change || this.holds(around.id, item.quote))) return { nodeId: around.id, anchor: 'text' };
    const quoted = this.byText(item.kind === 'insertion' ? (item.context ? item.context.before + item.context.after : '') : item.quote);
    if (quoted) return { nodeId: quoted.id, anchor: 'text' };
    const near = this.byText(item.near);
    return near ? { nodeId: near.id, anchor: 'text' } : null;
  }

  private anchorFormRow(item: RawItem): Anchored | null {
    const sectionIds = this.bySection(item.section);
    const quoted = item.quote ? this.byText(item.quote) : null;
    if (sectionIds.length === 1) {
      const inside = quoted && this.subtree(sectionIds[0]).has(quoted.id);
      // a wrong number is likelier than a wrong quote when the quote fits exactly
      return { nodeId: inside || (quoted && quoted.score >= 0.9) ? quoted!.id : sectionIds[0], anchor: 'text' };
    }
    if (sectionIds.length > 1 && item.quote) {
      const within = new Set(sectionIds.flatMap((id) => [...this.subtree(id)]));
      const narrowed = this.byText(item.quote, within);
      if (narrowed) return { nodeId: narrowed.id, anchor: 'text' };
    }
    if (quoted) return { nodeId: quoted.id, anchor: 'text' };
    // "章节/条款" may hold a measure's opening words instead of a number
    const rest = parseSection(item.section).rest;
    const byRest = this.byText(rest);
    return byRest ? { nodeId: byRest.id, anchor: 'text' } : null;
  }
}

/**
 * Anchors each item of a returned file: in the plans in order (the round's 征求意见稿 first,
 * the plan as it is now last), keeping only a node the plan still has. Runs in the worker thread
 * (core/workers), so a file built to make matching slow cannot freeze the app.
 */
export function anchorItems(plans: Plan[], items: RawItem[]): (Anchored | null)[] {
  const matchers = plans.map((p) => new PlanMatcher(p));
  const current = matchers[matchers.length - 1];
  return items.map((item) => {
    for (const m of matchers) {
      const hit = m.anchor(item);
      if (hit && current.has(hit.nodeId)) return hit;
    }
    return null;
  });
}
