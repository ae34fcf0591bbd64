// `qicao round`, `qicao feedback`, `qicao comments` from a terminal: JSON shapes, exit codes,
// one Chinese line on stderr, nothing stored on refusal.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { reviewDraft, wordWithCommentsAndChanges } from './word-files.ts';
import { openPlanFile } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

let dir: string;
let plan: string;
let out: string;
beforeAll(() => {
  dir = tempDir();
  plan = path.join(dir, '示例.qicao');
  out = path.join(dir, '材料');
  fs.mkdirSync(out);
  expect(qicao(['new', plan, '--sample']).status).toBe(0);
});

const count = (table: string) => {
  const db = openPlanFile(plan);
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

// every call starts a fresh tsx process: seconds each on a busy machine
describe('qicao round / feedback / comments', { timeout: 180_000 }, () => {
  it('a feedback file before any round goes into a round that says it was made automatically, on the import day', async () => {
    const other = path.join(dir, '另一个.qicao');
    expect(qicao(['new', other, '--sample']).status).toBe(0);
    const file = path.join(dir, 'a.docx');
    fs.writeFileSync(file, await wordWithCommentsAndChanges());
    const r = qicao(['feedback', other, '--unit', '区交通局', file, '--json']);
    expect(r.stderr).toBe('');
    const now = new Date();
    expect(JSON.parse(r.stdout).round).toBe(`自动建立的征求意见轮次（${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日导入反馈）`);
  });

  it('round sends the package; feedback prints the items with their targets; the same file again adds nothing', () => {
    const sent = qicao(['round', plan, '--name', '第一轮', '--sent', '2024-02-20', '--due', '2024-03-01', '--units', '区交通局,区水务局', '--out', out, '--json']);
    expect(sent.stderr).toBe('');
    expect(sent.status).toBe(0);
    const { round, files } = JSON.parse(sent.stdout);
    expect(round).toMatchObject({ name: '第一轮', snapshotName: '第一轮征求意见稿', units: ['区交通局', '区水务局'] });
    expect(files).toHaveLength(5);

    const db = openPlanFile(plan);
    const measure = aspectsOf(readPlan(db).parts[1])[0].children[0].children[0];
    db.close();
    const returned = path.join(dir, '区交通局反馈.docx');
    fs.writeFileSync(
      returned,
      reviewDraft(fs.readFileSync(path.join(out, '行动计划（征求意见稿）.docx')), { comment: { measureId: measure.id, author: '陈晨', text: '建议补充考核要求。' } }),
    );
    const first = qicao(['feedback', plan, '--unit', '区交通局', returned, '--json']);
    expect(first.status).toBe(0);
    const printed = JSON.parse(first.stdout);
    expect(printed).toMatchObject({ unit: '区交通局', noObjection: false, duplicate: false });
    expect(printed.items).toEqual([
      {
        id: expect.any(Number),
        kind: 'comment',
        quote: measure.title,
        text: '建议补充考核要求。',
        summary: '建议补充考核要求。',
        author: '陈晨',
        target: { nodeId: measure.id, path: [expect.any(String), expect.any(String), expect.any(String), measure.title] },
      },
    ]);
    const comments = count('comment');
    const again = qicao(['feedback', plan, '--unit', '区交通局', returned, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ ...printed, duplicate: true });
    expect(count('comment')).toBe(comments);

    const list = qicao(['comments', plan, '--json']);
    expect(JSON.parse(list.stdout).map((c: { status: string; unit: string }) => [c.unit, c.status])).toEqual([['区交通局', 'pending']]);
    const text = qicao(['comments', plan]);
    expect(text.stdout).toContain('共征求2个单位意见，收到1个单位反馈意见1条，均待处理，1个单位尚未反馈。');
    expect(qicao(['round', plan]).stdout).toMatch(/区水务局：未反馈|区水务局：逾期未反馈/);
  });

  it('bad input: exit 2, one Chinese line, nothing stored', () => {
    const before = count('comment');
    const returned = path.join(dir, '区交通局反馈.docx');
    const unknown = qicao(['feedback', plan, '--unit', '交通局', returned]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^单位登记表中没有“交通局”，是否指：区交通局.*\n$/);
    const broken = path.join(dir, '坏.docx');
    fs.writeFileSync(broken, fs.readFileSync(returned).subarray(0, 500));
    const refused = qicao(['feedback', plan, '--unit', '区水务局', broken]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('无法读取“坏.docx”');
    expect(qicao(['feedback', plan, '--unit', '区水务局', path.join(dir, '没有.docx')]).stderr).toMatch(/找不到反馈文件/);
    expect(qicao(['round', plan, '--name', '第二轮', '--units', '区水务局', '--out', out, '--due', '2024-02-30']).stderr).toMatch(/日期须写成 2024-02-20/);
    expect(qicao(['comments', plan, '--status', 'done']).status).toBe(2);
    expect(count('comment')).toBe(before);
    expect(count('round')).toBe(1);
  });
});
