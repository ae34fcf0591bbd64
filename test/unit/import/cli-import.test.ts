// `qicao import`: a new plan file from a document, atomically; a summary naming what was left over.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan } from '../../../core/documents/export/index.ts';
import { countsReport } from '../../../core/counts/report.ts';
import { openPlanFile } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

let dir: string;
let planDocx: string;
beforeAll(async () => {
  dir = tempDir();
  const db = createSamplePlan(path.join(dir, 'sample.qicao'));
  planDocx = path.join(dir, '示例计划.docx');
  fs.writeFileSync(planDocx, await exportPlan(readPlan(db)));
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectRefusal(r: { status: number | null; stderr: string }, words: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(words);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('qicao import', () => {
  it("creates a plan file whose counts are the document's, and prints them as JSON", () => {
    const out = path.join(dir, '导入.qicao');
    const r = qicao(['import', planDocx, '--out', out, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ file: out, kind: 'plan', counts: { parts: 5, aspects: 24, keyTasks: 92, measures: 205 }, leftovers: [] });
    const db = openPlanFile(out);
    expect(countsReport(db).totals).toMatchObject({ aspects: 24, keyTasks: 92, measures: 205 });
    expect(aspectsOf(readPlan(db).parts[0])[0].children[0].children[0]).toMatchObject({
      title: '加快推进公交、出租、环卫、邮政快递、城市配送等重点行业车辆电动化替代，2024年底前新增或更新的公交车、巡游出租车中新能源车辆占比达到100%。',
      leadUnits: ['区交通局'],
      supportUnits: ['区城市管理委', '区商务局'],
      deadline: '2024年底前',
    });
    db.close();
  });

  it('prints a readable summary with each leftover paragraph quoted', () => {
    const src = path.join(dir, '带说明.txt');
    fs.writeFileSync(
      src,
      [
        '测试行动计划',
        '为改善空气质量，制定本计划。',
        '一、大气污染防治',
        '（一）扬尘',
        '1.施工扬尘',
        '（1）洒水降尘。（牵头单位：区城市管理委）',
        '请各单位按季度报送进展。',
      ].join('\n'),
    );
    const r = qicao(['import', src, '--out', path.join(dir, '带说明.qicao')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('大气污染防治：本部分内容包括一个方面，1项重点任务，1项具体措施。');
    expect(r.stdout).toContain('第7段：请各单位按季度报送进展。');
  });

  it('refuses an existing target and leaves it untouched', () => {
    const out = path.join(dir, '已有.qicao');
    fs.writeFileSync(out, 'keep');
    expectRefusal(qicao(['import', planDocx, '--out', out]), /已存在/);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep');
  });

  it('refuses a broken, an encrypted and an empty .docx, leaving no file behind', () => {
    const cases: [string, Buffer, RegExp][] = [
      ['坏.docx', Buffer.from('PK\u0003\u0004broken'), /可能已损坏/],
      ['加密.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /设有打开密码/],
      ['空.docx', Buffer.alloc(0), /空文件/],
    ];
    for (const [name, bytes, words] of cases) {
      const src = path.join(dir, name);
      fs.writeFileSync(src, bytes);
      const out = path.join(dir, `${name}.qicao`);
      expectRefusal(qicao(['import', src, '--out', out]), words);
      expect(fs.existsSync(out)).toBe(false);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('asks for --out and a .qicao name', () => {
    expectRefusal(qicao(['import', planDocx]), /--out/);
    expectRefusal(qicao(['import', planDocx, '--out', path.join(dir, 'x.docx')]), /\.qicao/);
  });
});
