import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../../core/compare/index.ts';
import type { PlanSpec } from '../../../core/model/plan-spec.ts';
import { specCopy } from './drafts.ts';

const labels = { from: { name: '征求意见稿.docx', source: 'document' as const }, to: { name: '报审稿.docx', source: 'document' as const } };

function compareEdited(edit: (s: PlanSpec) => void) {
  const before = specCopy();
  const after = specCopy();
  edit(after);
  return compareSpecs(before, after, labels);
}

const task = (s: PlanSpec, part: number, aspect: number, t: number) => s.parts[part].aspects[aspect].keyTasks[t];

const summary = (c: ReturnType<typeof compareEdited>) => ({
  added: c.added.map((e) => e.text),
  removed: c.removed.map((e) => e.text),
  moved: c.moved.map((e) => e.text),
  changed: c.changed.map((e) => e.text),
});

describe('comparing two documents (no ids)', () => {
  it('finds nothing between identical documents', () => {
    const c = compareEdited(() => {});
    expect(c.matchedBy).toBe('similarity');
    expect(summary(c)).toEqual({ added: [], removed: [], moved: [], changed: [] });
  });

  it('aligns an edited measure as a change, not a deletion plus an addition', () => {
    const c = compareEdited((s) => {
      task(s, 0, 0, 0).measures[1].text = '建设公共充电桩300个、换电站2座，覆盖全部镇乡街道。';
    });
    expect(summary(c)).toEqual({ added: [], removed: [], moved: [], changed: ['建设公共充电桩300个、换电站2座，覆盖全部镇乡街道。'] });
    expect(c.changed[0].inline.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: '200' },
      { op: 'insert', text: '300' },
      { op: 'insert', text: '、换电站2座' },
    ]);
  });

  it('finds a measure moved to another task, even when it was edited on the way', () => {
    const c = compareEdited((s) => {
      const [moved] = task(s, 0, 0, 0).measures.splice(2, 1);
      task(s, 0, 0, 1).measures.push({ ...moved, text: '淘汰国三及以下排放标准柴油货车350辆。' });
    });
    expect(summary(c)).toEqual({ added: [], removed: [], moved: ['淘汰国三及以下排放标准柴油货车350辆。'], changed: ['淘汰国三及以下排放标准柴油货车350辆。'] });
    expect(c.moved[0].from.slice(0, 3)).toEqual(['大气污染防治', '移动源污染治理', '推广新能源汽车']);
    expect(c.moved[0].to.slice(0, 3)).toEqual(['大气污染防治', '移动源污染治理', '加强源头替代']);
    // shown where it left as a placeholder, and where it arrived as a move
    const [aspect] = c.outline[0].children;
    expect(aspect.children[0].children.map((n) => n.presence)).toEqual(['both', 'both', 'movedAway', 'both']);
    expect(aspect.children[1].children.map((n) => [n.presence, n.move?.from[2]])).toEqual([
      ['both', undefined],
      ['both', '推广新能源汽车'],
    ]);
  });

  it('reports an added task once', () => {
    const c = compareEdited((s) => {
      s.parts[1].aspects[0].keyTasks.splice(1, 0, {
        title: '黑臭水体治理',
        measures: [{ text: '消除农村黑臭水体5处。', leadUnits: [], supportUnits: [], deadline: '', indicators: [] }],
      });
    });
    expect(summary(c)).toEqual({ added: ['黑臭水体治理'], removed: [], moved: [], changed: [] });
    expect(c.added[0].subtree.map((l) => l.text)).toEqual(['消除农村黑臭水体5处。']);
    expect([c.counts.before.parts[1].keyTasks, c.counts.after.parts[1].keyTasks]).toEqual([2, 3]);
  });

  it('does not count renumbering after a deleted measure as a change, even when the numbers are in the text', () => {
    const numbered = (s: PlanSpec) => {
      for (const p of s.parts) for (const a of p.aspects) for (const t of a.keyTasks) t.measures.forEach((m, i) => (m.text = `（${i + 1}）${m.text}`));
      return s;
    };
    const before = numbered(specCopy());
    const after = specCopy();
    task(after, 0, 0, 0).measures.splice(0, 1);
    const c = compareSpecs(before, numbered(after), labels);
    expect(summary(c)).toEqual({ added: [], removed: ['新增新能源公交车50辆，更新出租车100辆。'], moved: [], changed: [] });
  });

  it('reports field-only changes (deadline, lead unit)', () => {
    const c = compareEdited((s) => {
      task(s, 0, 0, 0).measures[1].deadline = '2024年底前';
      task(s, 1, 0, 1).measures[0].leadUnits = ['区生态环境局'];
    });
    expect(c.changed.map((e) => [e.text, e.inline, e.fields])).toEqual([
      ['建设公共充电桩200个，覆盖全部镇乡街道。', [], [{ field: 'deadline', before: '2024年10月底前', after: '2024年底前' }]],
      ['完成怀河综合治理工程。', [], [{ field: 'leadUnits', before: ['区水务局'], after: ['区生态环境局'] }]],
    ]);
  });

  it('keeps a renamed task with the same measures as one task', () => {
    const c = compareEdited((s) => {
      task(s, 0, 0, 0).title = '绿色出行';
    });
    expect(summary(c)).toEqual({ added: [], removed: [], moved: [], changed: ['绿色出行'] });
  });

  it('tells an unrelated new measure from an edited one', () => {
    const c = compareEdited((s) => {
      task(s, 0, 0, 1).measures[0].text = '开展餐饮油烟专项执法检查。';
    });
    expect(summary(c)).toEqual({ added: ['开展餐饮油烟专项执法检查。'], removed: ['推广使用低挥发性有机物含量涂料。'], moved: [], changed: [] });
  });
});
