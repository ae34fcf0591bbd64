// qicao snapshot / snapshots / compare as a drafter or a script uses them: JSON, exit codes,
// one Chinese line on stderr when the input is wrong.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { draftPlan, planText, specCopy } from './drafts.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';

let dir: string;
let plan: string;
beforeAll(() => {
  dir = tempDir('qicao-compare-cli-');
  plan = path.join(dir, '计划.qicao');
  expect(qicao(['new', plan, '--sample']).status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectRefusal(r: { status: number | null; stderr: string }, words: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(words);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

// Each call starts a Node process; on a shared, busy machine that takes seconds.
const SLOW = { timeout: 180_000 };

describe('qicao snapshot and snapshots', SLOW, () => {
  it('saves named drafts and lists them', () => {
    expect(qicao(['snapshot', plan, '--name', '征求意见稿'])).toMatchObject({ status: 0, stdout: expect.stringContaining('已保存稿件“征求意见稿”') });
    const list = JSON.parse(qicao(['snapshots', plan, '--json']).stdout);
    expect(list.map((s: { name: string; kind: string }) => [s.name, s.kind])).toEqual([['征求意见稿', 'manual']]);
    expectRefusal(qicao(['snapshot', plan, '--name', '征求意见稿']), /已有名为“征求意见稿”的稿件/);
    expectRefusal(qicao(['snapshot', plan]), /--name/);
    expectRefusal(qicao(['snapshots', path.join(dir, '没有.qicao')]), /找不到文件/);
  });
});

describe('qicao compare', SLOW, () => {
  it('compares a snapshot with the live plan as JSON, and as a Chinese summary', () => {
    const added = qicao(['add', plan, '--parent', '3', '--kind', 'measure', '--title', '新增一项具体措施。']);
    expect(added.status).toBe(0);
    const r = qicao(['compare', `${plan}#征求意见稿`, plan, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual(['added', 'changed', 'counts', 'from', 'matchedBy', 'moved', 'removed', 'to']);
    expect(json.added).toHaveLength(1);
    expect(json.added[0]).toMatchObject({ kind: 'measure', text: '新增一项具体措施。', id: Number(added.stdout.trim()) });
    expect(json.added[0].path).toHaveLength(4);
    expect([json.removed, json.moved, json.changed]).toEqual([[], [], []]);
    expect([json.counts.before.totals.measures, json.counts.after.totals.measures]).toEqual([205, 206]);
    expect(json.counts.after.parts.map((p: { title: string }) => p.title)).toContain('大气污染防治');

    const text = qicao(['compare', `${plan}#征求意见稿`, plan]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('新增 1 处：');
    expect(text.stdout).toContain('合计：方面 24，重点任务 92，具体措施 205 → 206');
  });

  it('compares two .txt documents with the changed words marked', () => {
    const before = path.join(dir, '征求意见稿.txt');
    const after = path.join(dir, '报审稿.txt');
    fs.writeFileSync(before, planText(specCopy()));
    const edited = PlanSpec.parse(structuredClone(draftPlan));
    edited.parts[0].aspects[0].keyTasks[0].measures[0].text = '新增新能源公交车80辆，更新出租车100辆。';
    fs.writeFileSync(after, planText(edited));
    const r = qicao(['compare', before, after, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.matchedBy).toBe('similarity');
    expect(json.changed).toHaveLength(1);
    expect(json.changed[0]).toMatchObject({ kind: 'measure', before: '新增新能源公交车50辆，更新出租车100辆。', after: '新增新能源公交车80辆，更新出租车100辆。' });
    expect(qicao(['compare', before, after]).stdout).toContain('新增新能源公交车[-50-]{+80+}辆');
  });

  it('refuses wrong input with exit code 2 and one line', () => {
    expectRefusal(qicao(['compare', plan]), /请给出要比较的两份稿件/);
    expectRefusal(qicao(['compare', `${plan}#报审稿`, plan]), /找不到稿件“报审稿”/);
    expectRefusal(qicao(['compare', `${plan}#`, plan]), /“#”后没有稿件名称/);
    expectRefusal(qicao(['compare', path.join(dir, '没有.docx'), plan]), /找不到文件/);
  });
});
