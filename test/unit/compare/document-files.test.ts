// The same scenarios as between snapshots, between two files a drafter hands over: .txt written
// the way district plans are typed, and .docx as the plan export writes it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../core/compare/drafts.ts';
import type { Comparison } from '../../../core/model/comparison.ts';
import { compareSources } from '../../../core/compare/sources.ts';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import type { PlanSpec } from '../../../core/model/plan-spec.ts';
import { updateMeasure } from '../../../core/store/measures.ts';
import { addNode, deleteNode, moveNode, renameNode } from '../../../core/store/nodes.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { takeSnapshot } from '../../../core/store/snapshots.ts';
import { tempDir } from '../../helpers/plans.ts';
import { idOf, makePlanFile, planText, specCopy } from './drafts.ts';

const dir = tempDir('qicao-compare-files-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function txt(spec: PlanSpec): string {
  const file = path.join(dir, `稿${++n}.txt`);
  fs.writeFileSync(file, planText(spec));
  return file;
}

async function compareTxt(edit: (s: PlanSpec) => void): Promise<Comparison> {
  const after = specCopy();
  edit(after);
  return compareSources(txt(specCopy()), txt(after));
}

const task = (s: PlanSpec, part: number, aspect: number, t: number) => s.parts[part].aspects[aspect].keyTasks[t];
const summary = (c: Comparison) => ({
  added: c.added.map((e) => `${e.kind}:${e.text}`),
  removed: c.removed.map((e) => `${e.kind}:${e.text}`),
  moved: c.moved.map((e) => `${e.kind}:${e.text}`),
  changed: c.changed.map((e) => `${e.kind}:${e.text}`),
});

describe('comparing two .txt documents', () => {
  it('finds nothing between identical documents', async () => {
    const c = await compareTxt(() => {});
    expect(c.from.source).toBe('document');
    expect(summary(c)).toEqual({ added: [], removed: [], moved: [], changed: [] });
  });

  it('reports a moved measure, an edited one, an added task, a deleted one and field-only changes', async () => {
    const c = await compareTxt((s) => {
      const [moved] = task(s, 0, 0, 0).measures.splice(2, 1); // 淘汰国三… → 加强源头替代
      task(s, 0, 0, 1).measures.push(moved);
      task(s, 0, 0, 0).measures[0].text = '新增新能源公交车80辆，更新出租车100辆。';
      task(s, 0, 0, 0).measures[1].deadline = '2024年底前';
      task(s, 1, 0, 1).measures[0].leadUnits = ['区生态环境局'];
      s.parts[1].aspects[0].keyTasks.push({
        title: '黑臭水体治理',
        measures: [{ text: '消除农村黑臭水体5处。', leadUnits: ['区水务局'], supportUnits: [], deadline: '2024年底前', indicators: [] }],
      });
      s.parts[0].aspects[1].keyTasks[0].measures.splice(0, 1, {
        text: '城市道路机扫率达到95%以上。',
        leadUnits: ['雁栖镇'],
        supportUnits: [],
        deadline: '2024年底前',
        indicators: [],
      });
    });
    expect(summary(c)).toEqual({
      added: ['measure:城市道路机扫率达到95%以上。', 'keyTask:黑臭水体治理'],
      removed: ['measure:严格落实施工工地六个百分之百要求。'],
      moved: ['measure:淘汰国三及以下排放标准柴油货车300辆。'],
      changed: ['measure:新增新能源公交车80辆，更新出租车100辆。', 'measure:建设公共充电桩200个，覆盖全部镇乡街道。', 'measure:完成怀河综合治理工程。'],
    });
    expect(c.changed[0].inline.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: '50' },
      { op: 'insert', text: '80' },
    ]);
    expect(c.changed[1].fields).toEqual([{ field: 'deadline', before: '2024年10月底前', after: '2024年底前' }]);
    expect(c.changed[2].fields).toEqual([{ field: 'leadUnits', before: ['区水务局'], after: ['区生态环境局'] }]);
    // 开展重型柴油车… went from （4） to （3） in the text: not a change
    expect(c.moved[0].from[2]).toBe('推广新能源汽车');
    expect(c.moved[0].to[2]).toBe('加强源头替代');
  });

  it('does not count the renumbering after a deleted measure as a change', async () => {
    const c = await compareTxt((s) => task(s, 0, 0, 0).measures.splice(0, 1));
    expect(summary(c)).toEqual({ added: [], removed: ['measure:新增新能源公交车50辆，更新出租车100辆。'], moved: [], changed: [] });
    expect([c.counts.before.totals.measures, c.counts.after.totals.measures]).toEqual([8, 7]);
  });
});

describe('comparing two exported .docx drafts', () => {
  it('finds the same changes as comparing the snapshots they were exported from', async () => {
    const db = makePlanFile();
    const write = async (name: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, await exportPlan(readPlan(db)));
      return file;
    };
    takeSnapshot(db, '征求意见稿');
    const before = await write('征求意见稿.docx');
    deleteNode(db, idOf(db, '新增新能源公交车'));
    moveNode(db, idOf(db, '淘汰国三'), idOf(db, '加强源头替代'), 1);
    renameNode(db, idOf(db, '完成乡镇级'), '完成全部乡镇级饮用水水源保护区划定和勘界立标。');
    updateMeasure(db, idOf(db, '完成怀河'), { deadline: '2024年6月底前' });
    const t = addNode(db, { parentId: idOf(db, '扬尘管控'), kind: 'keyTask', title: '道路扬尘治理' });
    addNode(db, { parentId: t, kind: 'measure', title: '城市道路机扫率达到95%以上。' });
    takeSnapshot(db, '报审稿');
    const after = await write('报审稿.docx');
    const byId = compareDrafts(db, { snapshotName: '征求意见稿' }, { snapshotName: '报审稿' });
    db.close();
    const byDocs = await compareSources(before, after);
    expect(byDocs.matchedBy).toBe('similarity');
    // indicator links are not written in the document, so that field is left out; the rest agrees
    expect(summary(byDocs)).toEqual(summary(byId));
    expect(byDocs.changed.map((e) => [e.inline, e.fields])).toEqual(byId.changed.map((e) => [e.inline, e.fields]));
    expect(byDocs.counts.after.totals).toEqual(byId.counts.after.totals);
  });
});

describe('naming drafts on the command line', () => {
  it('refuses a document without plan structure, and a snapshot name missing after #', async () => {
    const file = path.join(dir, '说明.txt');
    fs.writeFileSync(file, '关于某事的说明\n这是一段没有编号的文字。\n');
    await expect(compareSources(file, file)).rejects.toThrow(/没有读出行动计划的措施.*无法比较/);
    await expect(compareSources('计划.qicao#', file)).rejects.toThrow(/“#”后没有稿件名称/);
  });
});
