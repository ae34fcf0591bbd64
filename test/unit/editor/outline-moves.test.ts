// Where a drop or Alt+↑/↓ puts a node, checked by doing the move in a plan file: the rows then
// read in the order the drafter saw on screen. Also filters and the shallow first outline.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../../core/api/contract.ts';
import { moveNode } from '../../../core/store/nodes.ts';
import type { Db } from '../../../core/store/open.ts';
import { readOutline } from '../../../core/store/outline.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import type { Measure } from '../../../core/model/plan.ts';
import { dropPlacement, dropWhere, filterNodes, keyboardMove, NO_FILTER, numberPath, visibleRows, type DropWhere } from '../../../renderer/src/outline/tree-model.ts';
import { nodeId, openSmallPlan } from './fixture.ts';
import { measuresOf } from '../../../core/model/level-rules.ts';
import { DEFAULT_LEVEL_SCHEME as L } from '../../../core/model/levels.ts';

let db: Db;
beforeEach(() => ({ db } = openSmallPlan()));
afterEach(() => db.close());

const titles = (nodes: OutlineNode[]) => nodes.map((n) => n.title);
const everything = (o: OutlineNode[]) =>
  new Set(
    o.flatMap(function ids(n: OutlineNode): number[] {
      return [n.id, ...n.children.flatMap(ids)];
    }),
  );

function drop(dragged: string, target: string, where: DropWhere): OutlineNode[] {
  const outline = readOutline(db);
  const row = visibleRows(outline, everything(outline)).find((r) => r.node.title === target)!;
  const to = dropPlacement(outline, nodeId(db, dragged), row, where, L);
  expect(to).not.toBeNull();
  moveNode(db, nodeId(db, dragged), to!.parentId, to!.index);
  return readOutline(db);
}

describe('drops', () => {
  const task = () => readOutline(db)[0].children[0].children[0];

  it('before and after a sibling, downwards and upwards', () => {
    // 推广新能源汽车: 新增新能源公交车50辆。, 建设充电桩200个。
    expect(titles(drop('新增新能源公交车50辆。', '建设充电桩200个。', 'after').at(0)!.children[0].children[0].children)).toEqual(['建设充电桩200个。', '新增新能源公交车50辆。']);
    expect(titles(drop('新增新能源公交车50辆。', '建设充电桩200个。', 'before')[0].children[0].children[0].children)).toEqual(['新增新能源公交车50辆。', '建设充电桩200个。']);
    expect(titles(task().children)).toEqual(['新增新能源公交车50辆。', '建设充电桩200个。']);
  });

  it('onto a parent of the right kind: in, at the end; the counts follow', () => {
    const after = drop('推广低挥发性涂料。', '推广新能源汽车', 'inside');
    expect(titles(after[0].children[0].children[0].children)).toEqual(['新增新能源公交车50辆。', '建设充电桩200个。', '推广低挥发性涂料。']);
    expect(after[0].children[0].children[1].children).toEqual([]);
  });

  it('says what a pointer position means, and refuses what cannot hang there', () => {
    const o = readOutline(db);
    const measure = o[0].children[0].children[0].children[0];
    const otherMeasure = o[0].children[0].children[0].children[1];
    const task = o[0].children[0].children[0];
    const aspect = o[0].children[0];
    expect(dropWhere(measure, otherMeasure, 0.2, L)).toBe('before');
    expect(dropWhere(measure, otherMeasure, 0.8, L)).toBe('after');
    expect(dropWhere(measure, task, 0.2, L)).toBe('inside');
    expect(dropWhere(measure, aspect, 0.5, L)).toBeNull();
    expect(dropWhere(measure, measure, 0.5, L)).toBeNull();
  });
});

describe('Alt+↑ / Alt+↓', () => {
  it('moves among siblings, then on into the neighbouring parent of the same kind', () => {
    let o = readOutline(db);
    const last = nodeId(db, '建设充电桩200个。');
    let to = keyboardMove(o, last, 1)!;
    expect(to).toEqual({ parentId: nodeId(db, '加强源头替代'), index: 0 });
    moveNode(db, last, to.parentId, to.index);
    o = readOutline(db);
    expect(numberPath(o, last, L)).toBe('一、（一）2.（1）');
    to = keyboardMove(o, last, -1)!;
    expect(to).toEqual({ parentId: nodeId(db, '推广新能源汽车'), index: 1 });
    // the first part cannot go further up
    expect(keyboardMove(o, o[0].id, -1)).toBeNull();
    expect(keyboardMove(o, o[0].id, 1)).toEqual({ parentId: null, index: 1 });
  });
});

describe('filters', () => {
  it('show the matches and their ancestors, numbered by their real position', () => {
    const o = readOutline(db);
    const measures = new Map<number, Measure>();
    for (const p of readPlan(db).parts) for (const m of measuresOf(p)) measures.set(m.id, m);
    const byUnit = filterNodes(o, { ...NO_FILTER, leadUnit: '区水务局' }, measures, new Set());
    expect(byUnit.matches).toBe(2);
    const rows = visibleRows(o, new Set(), byUnit.visible);
    expect(rows.map((r) => [r.level, r.index, r.node.title])).toEqual([
      [1, 0, '大气污染防治'],
      [2, 0, '治理挥发性有机物'],
      [3, 0, '推广新能源汽车'],
      [4, 1, '建设充电桩200个。'],
      [1, 1, '水污染防治'],
      [2, 0, '水资源保护'],
      [3, 0, '饮用水保护'],
      [4, 0, '划定水源保护区。'],
    ]);
    expect(filterNodes(o, { ...NO_FILTER, deadline: '长期坚持' }, measures, new Set()).matches).toBe(1);
    expect(filterNodes(o, { ...NO_FILTER, text: '扬尘' }, measures, new Set()).matches).toBe(2); // 扬尘管控, 施工扬尘
    const pending = new Set([nodeId(db, '施工扬尘')]);
    expect(filterNodes(o, { ...NO_FILTER, pendingOnly: true }, measures, pending).visible).toEqual(
      new Set([nodeId(db, '大气污染防治'), nodeId(db, '扬尘管控'), nodeId(db, '施工扬尘')]),
    );
  });
});

describe('the shallow outline a large plan shows first', () => {
  it('stops at the key tasks and says how many measures each has', () => {
    const shallow = readOutline(db, { measures: false });
    const tasks = shallow.flatMap((p) => p.children.flatMap((a) => a.children));
    expect(tasks.map((t) => [t.title, t.children.length, t.more])).toEqual([
      ['推广新能源汽车', 0, 2],
      ['加强源头替代', 0, 1],
      ['施工扬尘', 0, 1],
      ['饮用水保护', 0, 1],
    ]);
    expect(readOutline(db)[0].children[0].children[0].more).toBeUndefined();
  });
});
