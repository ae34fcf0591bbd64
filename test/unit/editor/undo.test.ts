// The undo log: every kind of edit, undone and redone, gives back exactly the rows it changed,
// the per-part counts stay right, and the history survives closing and reopening the file.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { tallyPart } from '../../../core/model/tally.ts';
import { buildExplanationTemplate } from '../../../core/model/explanation-template.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { saveExplanation, resetExplanation } from '../../../core/store/explanation.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { addIndicator, deleteIndicator, moveIndicator, updateIndicator } from '../../../core/store/indicators.ts';
import { updateMeasure } from '../../../core/store/measures.ts';
import { addNode, deleteNode, moveNode, renameNode } from '../../../core/store/nodes.ts';
import { createPlanFile, openPlanFile, type Db } from '../../../core/store/open.ts';
import { updatePartText } from '../../../core/store/parts.ts';
import { writePlanInfo } from '../../../core/store/plan-meta.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { historyState, installUndo, labelStep, redo, undo } from '../../../core/store/undo.ts';
import { addUnit, renameUnit } from '../../../core/store/units.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

const TABLES = ['plan', 'node', 'unit', 'measure_unit', 'indicator', 'measure_indicator', 'explanation', 'part_count'];

/** Every row of every table undo covers, plus the counts the triggers keep. */
function dump(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all();
  return out;
}

/** The stored per-part counts agree with a count over the tree itself. */
function expectCountsRight(db: Db) {
  const plan = readPlan(db);
  const stored = db.prepare('SELECT part_id, aspects, key_tasks, measures FROM part_count ORDER BY part_id').all();
  const counted = plan.parts
    .map((p) => {
      const t = tallyPart(p);
      return { part_id: p.id, aspects: t.aspects, key_tasks: t.keyTasks, measures: t.measures };
    })
    .sort((a, b) => a.part_id - b.part_id);
  expect(stored).toEqual(counted);
}

let file: string;
let db: Db;

function id(kind: string, title: string): number {
  return (db.prepare('SELECT id FROM node WHERE kind = ? AND title = ?').get(kind, title) as { id: number }).id;
}
const indicatorId = (name: string) => (db.prepare('SELECT id FROM indicator WHERE name = ?').get(name) as { id: number }).id;

beforeEach(() => {
  file = path.join(tempDir(), 'undo.qicao');
  db = createPlanFile(file, (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
  installUndo(db);
});
afterEach(() => db.close());

const edits: [string, () => void][] = [
  ['add a measure', () => addNode(db, { parentId: id('keyTask', '推广新能源汽车'), kind: 'measure', title: '新增充电站10座。', index: 1 })],
  ['add a part', () => addNode(db, { parentId: null, kind: 'part', title: '生态保护' })],
  ['rename a key task', () => renameNode(db, id('keyTask', '施工扬尘'), '严控施工扬尘')],
  ['delete a key task with its measures, units and indicator links', () => deleteNode(db, id('keyTask', '推广新能源汽车'))],
  ['delete a part with its indicators', () => deleteNode(db, id('part', '大气污染防治'))],
  ['move a measure to another key task', () => moveNode(db, id('measure', '推广低挥发性涂料。'), id('keyTask', '推广新能源汽车'), 0)],
  ['move a key task to another part', () => moveNode(db, id('keyTask', '推广新能源汽车'), id('aspect', '水资源保护'), 1)],
  ['reorder aspects', () => moveNode(db, id('aspect', '扬尘管控'), id('part', '大气污染防治'), 0)],
  [
    'change lead and support units, adding a new unit',
    () => updateMeasure(db, id('measure', '建设充电桩200个。'), { leadUnits: ['区城管委'], supportUnits: ['区生态环境局', '雁栖镇'] }),
  ],
  ['change a deadline', () => updateMeasure(db, id('measure', '建设充电桩200个。'), { deadline: '2024年6月底前' })],
  [
    'link and unlink indicators',
    () => {
      updateMeasure(db, id('measure', '新增新能源公交车50辆。'), { indicatorIds: [] });
      updateMeasure(db, id('measure', '推广低挥发性涂料。'), { indicatorIds: [indicatorId('PM2.5年均浓度')] });
    },
  ],
  ['add a unit', () => addUnit(db, { name: '区发展改革委', kind: '委办局' })],
  ['rename a unit', () => renameUnit(db, 1, '北京市怀柔区生态环境局')],
  [
    'add an indicator',
    () => addIndicator(db, id('part', '大气污染防治'), { name: '优良天数比率', unit: '%', baselineYear: 2023, baselineValue: 79.1, comparator: '>=', target: 78 }, 0),
  ],
  ['change an indicator target', () => updateIndicator(db, indicatorId('PM2.5年均浓度'), { target: 27.5, comparator: '<=' })],
  ['delete an indicator a measure is linked to', () => deleteIndicator(db, indicatorId('PM2.5年均浓度'))],
  [
    'reorder indicators',
    () => {
      addIndicator(db, id('part', '大气污染防治'), { name: '重污染天数', unit: '天', baselineYear: null, baselineValue: null, comparator: '<=', target: 4 });
      moveIndicator(db, indicatorId('重污染天数'), 0);
    },
  ],
  ['change goals and content', () => updatePartText(db, id('part', '大气污染防治'), { goals: '空气质量持续改善。', content: '一是…二是…' })],
  [
    'write the explanation',
    () => {
      const template = buildExplanationTemplate(readPlan(db));
      saveExplanation(db, { ...template, blocks: [...template.blocks, { style: 'body', segments: [{ text: '起草人补充的一段。' }] }] });
    },
  ],
  ['change the plan title and year', () => writePlanInfo(db, { title: '改名后的行动计划', year: 2025, isSample: false })],
];

describe('every kind of edit is undone and redone exactly', () => {
  for (const [name, edit] of edits) {
    it(name, () => {
      const before = dump(db);
      db.transaction(edit)();
      const after = dump(db);
      expect(after).not.toEqual(before);
      expect(undo(db)).not.toBeNull();
      expect(dump(db)).toEqual(before);
      expectCountsRight(db);
      expect(redo(db)).not.toBeNull();
      expect(dump(db)).toEqual(after);
      expectCountsRight(db);
      // and once more, to be sure the redo wrote a usable undo step
      undo(db);
      expect(dump(db)).toEqual(before);
    });
  }
});

describe('steps', () => {
  it('each transaction is one step; steps undo newest first; nothing left gives null', () => {
    const s0 = dump(db);
    renameNode(db, id('keyTask', '施工扬尘'), 'A');
    const s1 = dump(db);
    deleteNode(db, id('aspect', '扬尘管控'));
    const s2 = dump(db);
    addNode(db, { parentId: null, kind: 'part', title: '应对气候变化' });
    undo(db);
    expect(dump(db)).toEqual(s2);
    undo(db);
    expect(dump(db)).toEqual(s1);
    undo(db);
    expect(dump(db)).toEqual(s0);
    expect(undo(db)).toBeNull();
    expect(historyState(db)).toEqual({ undo: null, redo: '编辑' });
  });

  it('a write that changes nothing is no step (a field saved twice with the same value)', () => {
    renameNode(db, id('keyTask', '施工扬尘'), 'A');
    renameNode(db, id('keyTask', 'A'), 'A');
    updateIndicator(db, indicatorId('PM2.5年均浓度'), { target: 28 });
    undo(db);
    expect(historyState(db).undo).toBeNull();
    expect(id('keyTask', '施工扬尘')).toBeGreaterThan(0);
  });

  it('a new edit after undo drops the redo stack', () => {
    renameNode(db, id('keyTask', '施工扬尘'), 'A');
    undo(db);
    expect(historyState(db).redo).not.toBeNull();
    renameNode(db, id('keyTask', '施工扬尘'), 'B');
    expect(historyState(db).redo).toBeNull();
    expect(redo(db)).toBeNull();
  });

  it('labels steps, and typing in one field within a few seconds is one step', () => {
    const measure = id('measure', '建设充电桩200个。');
    const type = (text: string) =>
      db.transaction(() => {
        labelStep(db, '修改措施内容', { mergeKey: `m:${measure}`, focus: { nodeId: measure } });
        renameNode(db, measure, text);
      })();
    type('建设充电桩2');
    type('建设充电桩20');
    type('建设充电桩2000个。');
    expect(historyState(db).undo).toBe('修改措施内容');
    expect(undo(db)).toEqual({ label: '修改措施内容', focus: { nodeId: measure } });
    expect(aspectsOf(readPlan(db).parts[0])[0].children[0].children[1].title).toBe('建设充电桩200个。');
    expect(undo(db)).toBeNull();
  });

  it('a failed undo changes nothing and says why in Chinese', () => {
    addUnit(db, { name: '区发展改革委' });
    // a consultation round then names the unit (round tables are not undone)
    db.prepare("INSERT INTO round (name, created_at) VALUES ('第一轮', '2024-02-20')").run();
    db.prepare("INSERT INTO round_unit (round_id, unit_id) VALUES (1, (SELECT id FROM unit WHERE name = '区发展改革委'))").run();
    const before = dump(db);
    expect(() => undo(db)).toThrow(/无法撤销这一步/);
    expect(dump(db)).toEqual(before);
    expect(historyState(db).undo).not.toBeNull();
  });
});

describe('the history lives in the file', () => {
  it('survives closing and reopening: undo and redo after reopening', () => {
    const s0 = dump(db);
    moveNode(db, id('keyTask', '推广新能源汽车'), id('aspect', '水资源保护'), 0);
    const s1 = dump(db);
    db.close();
    db = openPlanFile(file);
    installUndo(db);
    undo(db);
    expect(dump(db)).toEqual(s0);
    expectCountsRight(db);
    db.close();
    db = openPlanFile(file);
    installUndo(db);
    redo(db);
    expect(dump(db)).toEqual(s1);
    expectCountsRight(db);
  });

  it('filling a new file is not a step, and an edit made by the command line is its own step', () => {
    expect(historyState(db)).toEqual({ undo: null, redo: null });
    renameNode(db, id('keyTask', '施工扬尘'), 'GUI');
    const afterGui = dump(db);
    db.close();
    // a connection that did not install undo (the qicao command) still records, unsealed
    const cli = openPlanFile(file);
    addNode(cli, { parentId: id2(cli, 'GUI'), kind: 'measure', title: '命令行添加的措施。' });
    cli.close();
    db = openPlanFile(file);
    installUndo(db);
    undo(db);
    expect(dump(db)).toEqual(afterGui);
  });

  it('works through the api: labels, focus and the history state', async () => {
    db.close();
    const session = new Session(tempDir());
    session.open(file);
    const task = id2(session.plan, '推广新能源汽车');
    const added = await dispatch(session, 'node.add', { parentId: task, kind: 'measure', title: '新措施。' });
    expect(added.ok).toBe(true);
    expect(await dispatch(session, 'history.state', {})).toEqual({ ok: true, value: { undo: '添加具体措施', redo: null } });
    const undone = await dispatch(session, 'history.undo', {});
    expect(undone).toEqual({ ok: true, value: { step: { label: '添加具体措施', focus: { nodeId: task } }, history: { undo: null, redo: '添加具体措施' } } });
    expect((await dispatch(session, 'plan.counts', {})).ok && aspectsOf(readPlan(session.plan).parts[0])[0].children[0].children).toHaveLength(2);
    await dispatch(session, 'history.redo', {});
    expect(aspectsOf(readPlan(session.plan).parts[0])[0].children[0].children).toHaveLength(3);
    session.close();
    db = openPlanFile(file);
  });
});

function id2(d: Db, title: string): number {
  return (d.prepare('SELECT id FROM node WHERE title = ?').get(title) as { id: number }).id;
}

it('explanation reset is undoable', () => {
  saveExplanation(db, { title: '说明', blocks: [{ style: 'body', segments: [{ text: '自己写的。' }] }] });
  const written = dump(db);
  resetExplanation(db);
  expect(db.prepare('SELECT count(*) AS n FROM explanation').get()).toEqual({ n: 0 });
  undo(db);
  expect(dump(db)).toEqual(written);
});
