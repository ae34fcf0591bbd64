// The CLI on a three-level plan with text sections (一、→（一）→1., 总体要求/保障措施).
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { threeLevelPlan } from '../../fixtures/three-level-plan.ts';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

let file: string;
beforeEach(() => {
  file = path.join(tempDir(), '三级.qicao');
  createPlanFile(file, (db) => fillPlan(db, PlanSpec.parse(threeLevelPlan))).close();
});

describe('qicao on a three-level plan', () => {
  it('counts without 方面 and leaves the text sections out', () => {
    const r = qicao(['counts', file]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      '持续深入打好蓝天保卫战：本部分内容包括2项重点任务，5项具体措施。',
      '持续深入打好碧水保卫战：本部分内容包括3项重点任务，4项具体措施。',
      '合计：共计5项重点任务、9项具体措施。',
    ]);
    const json = JSON.parse(qicao(['counts', file, '--json']).stdout);
    expect(json.totals).toEqual({ aspects: 0, keyTasks: 5, measures: 9, sentence: '共计5项重点任务、9项具体措施。' });
    expect(json.levels.aspects).toBe(false);
  });

  it('numbers the outline 一、/（一）/1. with the sections in the 一、 sequence', () => {
    const lines = qicao(['outline', file]).stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\[\d+\] 一、总体要求$/);
    expect(lines[1]).toMatch(/^\[\d+\] 二、持续深入打好蓝天保卫战$/);
    expect(lines[2]).toMatch(/^ {2}\[\d+\] （一）强化扬尘污染管控$/);
    expect(lines[3]).toMatch(/^ {4}\[\d+\] 1\.严格落实施工工地/);
    expect(lines.at(-1)).toMatch(/^\[\d+\] 四、保障措施$/);
    const json = JSON.parse(qicao(['outline', file, '--json']).stdout);
    expect(json.map((n: { kind: string }) => n.kind)).toEqual(['section', 'part', 'part', 'section']);
    expect(json[1].children[0]).toMatchObject({ kind: 'keyTask', title: '强化扬尘污染管控' });
  });

  it('adds a key task directly under a part and a text section at the top; refuses what the scheme has not', () => {
    const outline = JSON.parse(qicao(['outline', file, '--json']).stdout);
    const water = outline[2];
    const added = qicao(['add', file, '--parent', String(water.id), '--kind', 'keyTask', '--title', '加强入河排污口监管']);
    expect(added.status).toBe(0);
    expect(qicao(['add', file, '--parent', added.stdout.trim(), '--kind', 'measure', '--title', '完成入河排污口排查整治。']).status).toBe(0);
    expect(qicao(['counts', file]).stdout).toContain('持续深入打好碧水保卫战：本部分内容包括4项重点任务，5项具体措施。');
    expect(qicao(['add', file, '--kind', 'section', '--title', '工作要求']).status).toBe(0);
    expect(qicao(['outline', file]).stdout.trimEnd().split('\n').at(-1)).toMatch(/五、工作要求$/);

    const aspect = qicao(['add', file, '--parent', String(water.id), '--kind', 'aspect', '--title', '方面']);
    expect(aspect.status).toBe(2);
    expect(aspect.stderr).toMatch(/三级结构.*没有“方面”一级/);
    const underSection = qicao(['add', file, '--parent', String(outline[0].id), '--kind', 'keyTask', '--title', '任务']);
    expect(underSection.status).toBe(2);
    expect(underSection.stderr).toMatch(/文字章节只有标题和正文/);
  });
});
