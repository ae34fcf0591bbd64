import { afterEach, describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../core/compare/drafts.ts';
import { afterText, beforeText } from '../../../core/compare/inline.ts';
import { addNode, deleteNode, moveNode, renameNode } from '../../../core/store/nodes.ts';
import { updateMeasure } from '../../../core/store/measures.ts';
import type { Db } from '../../../core/store/open.ts';
import { takeSnapshot } from '../../../core/store/snapshots.ts';
import { idOf, makePlanFile } from './drafts.ts';

let db: Db;
afterEach(() => db?.close());

/** Takes 征求意见稿, applies the drafter's edits, takes 报审稿 and compares the two. */
function compareAfter(edit: (db: Db) => void) {
  db = makePlanFile();
  takeSnapshot(db, '征求意见稿', 'round');
  edit(db);
  takeSnapshot(db, '报审稿');
  return compareDrafts(db, { snapshotName: '征求意见稿' }, { snapshotName: '报审稿' });
}

const summary = (c: ReturnType<typeof compareAfter>) => ({
  added: c.added.map((e) => e.text),
  removed: c.removed.map((e) => e.text),
  moved: c.moved.map((e) => e.text),
  changed: c.changed.map((e) => e.text),
});

describe('comparing two snapshots of one plan', () => {
  it('finds nothing between identical drafts', () => {
    const c = compareAfter(() => {});
    expect(summary(c)).toEqual({ added: [], removed: [], moved: [], changed: [] });
    expect(c.matchedBy).toBe('id');
    expect(c.counts.before).toEqual(c.counts.after);
    expect(c.outline.every((n) => !n.hasChanges)).toBe(true);
  });

  it('reports a measure moved to another task as one move, with where it came from and went', () => {
    const c = compareAfter((d) => moveNode(d, idOf(d, '淘汰国三'), idOf(d, '加强源头替代'), 0));
    expect(summary(c)).toEqual({ added: [], removed: [], moved: ['淘汰国三及以下排放标准柴油货车300辆。'], changed: [] });
    const [move] = c.moved;
    expect(move.kind).toBe('measure');
    expect(move.from).toEqual(['大气污染防治', '移动源污染治理', '推广新能源汽车', '淘汰国三及以下排放标准柴油货车300辆。']);
    expect(move.to).toEqual(['大气污染防治', '移动源污染治理', '加强源头替代', '淘汰国三及以下排放标准柴油货车300辆。']);
    expect([move.numberBefore, move.number]).toEqual(['（3）', '（1）']);
    // the sibling that followed it is now （3） instead of （4）: not a change
    expect(c.counts.before.totals).toEqual(c.counts.after.totals);
  });

  it('reports an edited measure as a change with word-level operations', () => {
    const c = compareAfter((d) => renameNode(d, idOf(d, '新增新能源公交车'), '新增新能源公交车80辆，更新出租车100辆。'));
    expect(summary(c).changed).toEqual(['新增新能源公交车80辆，更新出租车100辆。']);
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
    const [change] = c.changed;
    expect(change.before).toBe('新增新能源公交车50辆，更新出租车100辆。');
    expect(change.after).toBe('新增新能源公交车80辆，更新出租车100辆。');
    expect(change.inline.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: '50' },
      { op: 'insert', text: '80' },
    ]);
    expect(beforeText(change.inline)).toBe(change.before);
    expect(afterText(change.inline)).toBe(change.after);
    expect(change.fields).toEqual([]);
    expect(change.path).toEqual(['大气污染防治', '移动源污染治理', '推广新能源汽车', change.after]);
  });

  it('reports an added task once, with its measures inside it, and counts it', () => {
    const c = compareAfter((d) => {
      const task = addNode(d, { parentId: idOf(d, '扬尘管控'), kind: 'keyTask', title: '道路扬尘治理' });
      addNode(d, { parentId: task, kind: 'measure', title: '主干道路每日机扫两次。' });
    });
    expect(summary(c)).toEqual({ added: ['道路扬尘治理'], removed: [], moved: [], changed: [] });
    expect(c.added[0].kind).toBe('keyTask');
    expect(c.added[0].number).toBe('2.');
    expect(c.added[0].subtree).toEqual([{ kind: 'measure', text: '主干道路每日机扫两次。', depth: 1, number: '（1）' }]);
    const air = (side: 'before' | 'after') => c.counts[side].parts[0];
    expect([air('before').keyTasks, air('after').keyTasks]).toEqual([3, 4]);
    expect([air('before').measures, air('after').measures]).toEqual([6, 7]);
    expect([c.counts.before.totals.keyTasks, c.counts.after.totals.keyTasks]).toEqual([5, 6]);
  });

  it('does not count the renumbering of siblings after a deleted measure as a change', () => {
    const c = compareAfter((d) => deleteNode(d, idOf(d, '新增新能源公交车')));
    expect(summary(c)).toEqual({ added: [], removed: ['新增新能源公交车50辆，更新出租车100辆。'], moved: [], changed: [] });
    // its three siblings went from （2）（3）（4） to （1）（2）（3）
    const task = c.outline[0].children[0].children[0];
    expect(task.children.map((n) => [n.presence, n.numberBefore, n.numberAfter, n.hasChanges])).toEqual([
      ['removed', '（1）', null, true],
      ['both', '（2）', '（1）', false],
      ['both', '（3）', '（2）', false],
      ['both', '（4）', '（3）', false],
    ]);
    expect(c.counts.after.totals.measures).toBe(c.counts.before.totals.measures - 1);
  });

  it('reports field-only changes (deadline, lead unit) without a text change', () => {
    const c = compareAfter((d) => {
      updateMeasure(d, idOf(d, '建设公共充电桩'), { deadline: '2024年底前' });
      updateMeasure(d, idOf(d, '完成怀河'), { leadUnits: ['区生态环境局'] });
    });
    expect(summary(c).changed).toEqual(['建设公共充电桩200个，覆盖全部镇乡街道。', '完成怀河综合治理工程。']);
    expect(c.changed.map((e) => [e.inline, e.fields])).toEqual([
      [[], [{ field: 'deadline', before: '2024年10月底前', after: '2024年底前' }]],
      [[], [{ field: 'leadUnits', before: ['区水务局'], after: ['区生态环境局'] }]],
    ]);
  });

  it('does not report a reorder within the same task', () => {
    const c = compareAfter((d) => moveNode(d, idOf(d, '开展重型柴油车'), idOf(d, '推广新能源汽车'), 0));
    expect(summary(c)).toEqual({ added: [], removed: [], moved: [], changed: [] });
  });

  it('compares a snapshot with the current plan', () => {
    db = makePlanFile();
    takeSnapshot(db, '征求意见稿');
    renameNode(db, idOf(db, '完成怀河'), '完成怀河、雁栖河综合治理工程。');
    const c = compareDrafts(db, { snapshotName: '征求意见稿' }, { current: true });
    expect(c.to).toEqual({ name: '当前稿', source: 'current' });
    expect(c.changed.map((e) => e.inline.filter((o) => o.op !== 'equal'))).toEqual([[{ op: 'insert', text: '、雁栖河' }]]);
  });
});
