// compare-snapshots-250k: two snapshots of a plan of 1,000 measures (≈250,000 characters)
// after a consultation: 5% of measures edited, 2% added, 2% removed, 1% moved to another task.
// Ours: read both snapshots from the plan file and compare them (structure, then words inside
// the changed measures). Baseline: diff-match-patch diff_main + diff_cleanupSemantic on the
// two drafts as flat text — character level, no structure.
import { keyTasksOf, measuresOf } from '../core/model/level-rules.ts';
import path from 'node:path';
import DiffMatchPatch from 'diff-match-patch';
import { compareDrafts } from '../core/compare/drafts.ts';
import { chineseNumber } from '../core/model/numbering.ts';
import { PlanSpec, type PlanSpecInput } from '../core/model/plan-spec.ts';
import type { Plan } from '../core/model/plan.ts';
import { fillPlan } from '../core/store/fill-plan.ts';
import { updateMeasure } from '../core/store/measures.ts';
import { addNode, deleteNode, moveNode, renameNode } from '../core/store/nodes.ts';
import { createPlanFile, type Db } from '../core/store/open.ts';
import { readPlan } from '../core/store/read-plan.ts';
import { takeSnapshot } from '../core/store/snapshots.ts';
import { samplePlanSpec } from '../seeds/sample.ts';
import { tempDir } from '../test/helpers/plans.ts';
import { timeAlternately, result, type BenchResult } from './harness.ts';

/** Deterministic, so every run compares the same drafts (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Clauses of the sample plan's real measures: generated measures read like real ones, and two
 * unrelated ones share about as little as two real measures do (bigram Dice mostly under 0.2).
 */
const CLAUSES = [
  ...new Set(
    samplePlanSpec()
      .parts.flatMap((p) => p.aspects.flatMap((a) => a.keyTasks.flatMap((t) => t.measures.flatMap((m) => m.text.split(/[，；。]/)))))
      .map((c) => c.trim())
      .filter((c) => c.length >= 4),
  ),
];

function measureText(rand: () => number, n: number): string {
  const clauses: string[] = [];
  while (clauses.join('，').length < 230) {
    const c = CLAUSES[Math.floor(rand() * CLAUSES.length)];
    const r = rand();
    clauses.push(r < 0.2 ? `${c}${Math.floor(rand() * 900 + 100)}处` : c);
  }
  return `第${n}项：${clauses.join('，')}。`;
}

export interface DraftPair {
  before: PlanSpec;
  after: PlanSpec;
  /** the same edits, applied through the store to a plan file holding `before` */
  applyTo(db: Db): void;
  expected: { added: number; removed: number; moved: number; changed: number };
}

/** 5 parts × 5 aspects × 8 key tasks × 5 measures = 1,000 measures of ≈250 characters. */
export function draftPair(): DraftPair {
  const rand = random(2024);
  const spec: PlanSpecInput = { title: '基准行动计划', year: 2024, units: [{ name: '区生态环境局', kind: '委办局' }], parts: [] };
  let n = 0;
  for (let p = 0; p < 5; p++) {
    const aspects = [];
    for (let a = 0; a < 5; a++) {
      const keyTasks = [];
      for (let t = 0; t < 8; t++) {
        const measures = [];
        for (let m = 0; m < 5; m++) measures.push({ text: measureText(rand, ++n), leadUnits: ['区生态环境局'], deadline: '2024年底前' });
        keyTasks.push({ title: `重点任务${p + 1}-${a + 1}-${t + 1}：${CLAUSES[(p * 40 + a * 8 + t) % CLAUSES.length]}`, measures });
      }
      aspects.push({ title: `方面${p + 1}-${a + 1}：${CLAUSES[(p * 5 + a + 7) % CLAUSES.length]}`, keyTasks });
    }
    spec.parts.push({ title: `第${p + 1}部分：${CLAUSES[p * 4]}`, aspects });
  }
  const before = PlanSpec.parse(spec);
  const after = structuredClone(before);

  // Which measures: a fixed shuffle of the 1,000 positions.
  const order = [...Array(1000).keys()];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const edited = order.slice(0, 50);
  const removed = order.slice(50, 70);
  const moved = order.slice(70, 80);
  const taskOf = (i: number) => Math.floor(i / 5);
  const movedTo = moved.map((i) => (taskOf(i) + 1 + Math.floor(rand() * 198)) % 200);
  const added = Array.from({ length: 20 }, (_, k) => ({ task: Math.floor(rand() * 200), at: Math.floor(rand() * 5), text: measureText(rand, 2000 + k) }));
  // a changed number, an inserted clause, a dropped clause: what a drafter does after comments
  const editText = (text: string, k: number) => {
    const changed =
      k % 3 === 0
        ? text.replace(/\d{3}处/, (m) => `${Number(m.slice(0, 3)) + 50}处`)
        : k % 3 === 1
          ? text.replace('，', '，进一步压实属地责任，')
          : text.replace(/，[^，]+，/, '，');
    return changed === text ? text.replace(/。$/, '，确保按期完成。') : changed;
  };

  const tasks = after.parts.flatMap((p) => p.aspects.flatMap((a) => a.keyTasks));
  const measures = tasks.flatMap((t) => t.measures);
  const editedText = new Map(edited.map((i, k) => [i, editText(measures[i].text, k)]));
  const movedObjects = moved.map((i) => measures[i]);
  const removedObjects = removed.map((i) => measures[i]);
  for (const [i, text] of editedText) measures[i].text = text;
  for (const m of removedObjects) for (const t of tasks) if (t.measures.includes(m)) t.measures.splice(t.measures.indexOf(m), 1);
  movedObjects.forEach((m, k) => {
    const from = tasks.find((t) => t.measures.includes(m))!;
    from.measures.splice(from.measures.indexOf(m), 1);
    tasks[movedTo[k]].measures.splice(0, 0, m);
  });
  const addedAt: number[] = [];
  for (const a of added) {
    const list = tasks[a.task].measures;
    const at = Math.min(a.at, list.length);
    addedAt.push(at);
    list.splice(at, 0, { text: a.text, leadUnits: ['区生态环境局'], supportUnits: [], deadline: '2024年底前', indicators: [] });
  }

  const applyTo = (db: Db) => {
    const plan: Plan = readPlan(db);
    const taskIds = plan.parts.flatMap((p) => keyTasksOf(p).map((t) => t.id));
    const measureIds = plan.parts.flatMap((p) => measuresOf(p).map((m) => m.id));
    for (const [i, text] of editedText) renameNode(db, measureIds[i], text);
    for (const i of removed) deleteNode(db, measureIds[i]);
    moved.forEach((i, k) => moveNode(db, measureIds[i], taskIds[movedTo[k]], 0));
    added.forEach((a, k) => {
      const id = addNode(db, { parentId: taskIds[a.task], kind: 'measure', title: a.text, index: addedAt[k] });
      updateMeasure(db, id, { leadUnits: ['区生态环境局'], deadline: '2024年底前' });
    });
  };
  return { before, after, applyTo, expected: { added: 20, removed: 20, moved: 10, changed: 50 } };
}

/** The draft as plain text, as a drafter's .txt reads: 公文 numbers, each measure with its note. */
export function flatText(spec: PlanSpec): string {
  const lines = [spec.title];
  spec.parts.forEach((p, pi) => {
    lines.push(`${chineseNumber(pi + 1)}、${p.title}`);
    p.aspects.forEach((a, ai) => {
      lines.push(`（${chineseNumber(ai + 1)}）${a.title}`);
      a.keyTasks.forEach((t, ti) => {
        lines.push(`${ti + 1}.${t.title}`);
        t.measures.forEach((m, mi) => lines.push(`（${mi + 1}）${m.text}（牵头单位：${m.leadUnits.join('、')}；完成时限：${m.deadline}）`));
      });
    });
  });
  return lines.join('\n') + '\n';
}

export function dmpBaseline(a: string, b: string): () => void {
  const dmp = new DiffMatchPatch();
  // no time limit: the default (1 s) stops a long diff early and returns a coarser, cheaper answer
  dmp.Diff_Timeout = 0;
  return () => {
    const diffs = dmp.diff_main(a, b);
    dmp.diff_cleanupSemantic(diffs);
  };
}

export function checkCounts(name: string, got: { added: unknown[]; removed: unknown[]; moved: unknown[]; changed: unknown[] }, want: DraftPair['expected']): void {
  const counts = { added: got.added.length, removed: got.removed.length, moved: got.moved.length, changed: got.changed.length };
  if (JSON.stringify(counts) !== JSON.stringify(want)) throw new Error(`${name}: found ${JSON.stringify(counts)}, expected ${JSON.stringify(want)}`);
}

export async function run(): Promise<BenchResult> {
  const pair = draftPair();
  const db = createPlanFile(path.join(tempDir('qicao-bench-'), 'compare.qicao'), (d) => fillPlan(d, pair.before));
  try {
    takeSnapshot(db, '征求意见稿');
    pair.applyTo(db);
    takeSnapshot(db, '报审稿');
    const ours = () => compareDrafts(db, { snapshotName: '征求意见稿' }, { snapshotName: '报审稿' });
    // The comparison must find exactly the edits made, or the timing means nothing.
    checkCounts('compare-snapshots-250k', ours(), pair.expected);
    const { ours: ms, baseline } = await timeAlternately(ours, dmpBaseline(flatText(pair.before), flatText(pair.after)), 30, 5);
    return result('compare-snapshots-250k', ms, 'diff-match-patch diff_main + diff_cleanupSemantic, flat text', baseline);
  } finally {
    db.close();
  }
}
