import { afterEach, describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../core/compare/drafts.ts';
import { countsReport } from '../../../core/counts/report.ts';
import { tallyPart } from '../../../core/model/tally.ts';
import { updateMeasure } from '../../../core/store/measures.ts';
import { addNode, deleteNode, moveNode, renameNode } from '../../../core/store/nodes.ts';
import type { Db } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { restoreSnapshot } from '../../../core/store/restore-snapshot.ts';
import { listSnapshots, takeSnapshot } from '../../../core/store/snapshots.ts';
import { historyState, installUndo, undo } from '../../../core/store/undo.ts';
import { idOf, makePlanFile } from './drafts.ts';

let db: Db;
afterEach(() => db?.close());

/** The drafter's edits after 征求意见稿: every kind of change at once. */
function editAfterConsultation(d: Db) {
  deleteNode(d, idOf(d, '扬尘管控')); // an aspect with its task and measure
  moveNode(d, idOf(d, '淘汰国三'), idOf(d, '加强源头替代'), 1);
  renameNode(d, idOf(d, '新增新能源公交车'), '新增新能源公交车80辆。');
  updateMeasure(d, idOf(d, '完成怀河'), { leadUnits: ['区城管委'], deadline: '2024年6月底前' });
  const task = addNode(d, { parentId: idOf(d, '水资源保护'), kind: 'keyTask', title: '黑臭水体治理' });
  addNode(d, { parentId: task, kind: 'measure', title: '消除农村黑臭水体5处。' });
  d.prepare('INSERT INTO explanation (id, doc_json, updated_at) VALUES (1, \'{"title":"起草说明","blocks":[]}\', \'x\')').run();
}

function linkComment(d: Db, nodeId: number): number {
  const round = Number(d.prepare("INSERT INTO round (name, created_at) VALUES ('第一轮', 'x')").run().lastInsertRowid);
  const unit = (d.prepare("SELECT id FROM unit WHERE name = '区水务局'").get() as { id: number }).id;
  return Number(
    d.prepare("INSERT INTO comment (round_id, unit_id, kind, node_id, text, status, created_at) VALUES (?, ?, 'typed', ?, '建议调整', 'adopted', 'x')").run(round, unit, nodeId)
      .lastInsertRowid,
  );
}

describe('restoring a snapshot as the current draft', () => {
  it('brings back the snapshot with the same node ids, units, indicator links and explanation', () => {
    db = makePlanFile();
    const original = readPlan(db);
    const snap = takeSnapshot(db, '征求意见稿');
    editAfterConsultation(db);
    const { backup, restored } = restoreSnapshot(db, snap.id);
    expect(restored.name).toBe('征求意见稿');
    expect(backup.kind).toBe('before-restore');
    const now = readPlan(db);
    // units registry keeps the unit added since (区城管委); everything else is the snapshot
    expect({ ...now, units: now.units.filter((u) => u.name !== '区城管委') }).toEqual(original);
    expect(db.prepare('SELECT count(*) AS n FROM explanation').get()).toEqual({ n: 0 });
    expect(compareDrafts(db, { snapshotId: snap.id }, { current: true }).changed).toEqual([]);
    // the incrementally kept counts agree with a recount of the restored tree
    expect(countsReport(db).parts.map(({ aspects, keyTasks, measures }) => ({ aspects, keyTasks, measures }))).toEqual(now.parts.map(tallyPart));
  });

  it('is undone by restoring the before-restore snapshot it took', () => {
    db = makePlanFile();
    const snap = takeSnapshot(db, '征求意见稿');
    editAfterConsultation(db);
    const edited = readPlan(db);
    const explanation = db.prepare('SELECT doc_json FROM explanation').get();
    const { backup } = restoreSnapshot(db, snap.id);
    restoreSnapshot(db, backup.id);
    expect(readPlan(db)).toEqual(edited);
    expect(db.prepare('SELECT doc_json FROM explanation').get()).toEqual(explanation);
    expect(listSnapshots(db).map((s) => s.kind)).toEqual(['manual', 'before-restore', 'before-restore']);
  });

  it('is one undo step, named after the draft', () => {
    db = makePlanFile();
    installUndo(db);
    const snap = takeSnapshot(db, '征求意见稿');
    editAfterConsultation(db);
    const edited = readPlan(db);
    restoreSnapshot(db, snap.id);
    expect(historyState(db).undo).toBe('恢复稿件“征求意见稿”');
    undo(db);
    expect(readPlan(db)).toEqual(edited);
  });

  it('keeps comments linked to the nodes that survive the restore', () => {
    db = makePlanFile();
    const measure = idOf(db, '完成怀河');
    const comment = linkComment(db, measure);
    const snap = takeSnapshot(db, '征求意见稿');
    editAfterConsultation(db);
    restoreSnapshot(db, snap.id);
    expect(db.prepare('SELECT node_id FROM comment WHERE id = ?').get(comment)).toEqual({ node_id: measure });
  });

  it('changes nothing when it fails', () => {
    db = makePlanFile();
    const before = readPlan(db);
    expect(() => restoreSnapshot(db, 99)).toThrow(/找不到稿件“99”/);
    // a snapshot whose node 1 is a measure cannot be laid over a plan whose node 1 is a part
    const plan = structuredClone(before);
    const part = plan.parts[0];
    plan.parts[0] = { ...part, children: [] };
    const broken = { ...plan, parts: [plan.parts[0], { ...plan.parts[1], id: part.children[0].id }] };
    db.prepare("INSERT INTO snapshot (name, kind, created_at, plan_json) VALUES ('坏稿', 'manual', 'x', ?)").run(JSON.stringify(broken));
    const id = (db.prepare("SELECT id FROM snapshot WHERE name = '坏稿'").get() as { id: number }).id;
    expect(() => restoreSnapshot(db, id)).toThrow(/类型不同，无法恢复；当前稿未作任何修改/);
    expect(readPlan(db)).toEqual(before);
    expect(listSnapshots(db).map((s) => s.name)).toEqual(['坏稿']);
  });
});
