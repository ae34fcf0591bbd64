// The CLI as a drafter or a script uses it: exact JSON, exit codes, one Chinese line on error.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

let dir: string;
let sample: string;
beforeAll(() => {
  dir = tempDir();
  sample = path.join(dir, 'sample.qicao');
  expect(qicao(['new', sample, '--sample']).status).toBe(0);
});

const CJK = /[\u4e00-\u9fff]/;
function expectRefusal(r: { status: number | null; stdout: string; stderr: string }, words: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(words);
  expect(r.stderr).toMatch(CJK);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1); // one line, no stack trace
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
}

describe('qicao counts', () => {
  it('prints the seed table for the sample', () => {
    const r = qicao(['counts', sample, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.parts.map((p: Record<string, unknown>) => [p.name, p.aspects, p.keyTasks, p.measures])).toEqual([
      ['大气污染防治', 6, 27, 66],
      ['水污染防治', 4, 17, 41],
      ['土壤污染防治', 5, 17, 39],
      ['应对气候变化', 5, 17, 32],
      ['生态保护', 4, 14, 27],
    ]);
    expect(json.parts[0].sentence).toBe('本部分内容包括六个方面，27项重点任务，66项具体措施。');
    expect(typeof json.parts[0].id).toBe('number');
    expect(json.totals).toEqual({ aspects: 24, keyTasks: 92, measures: 205, sentence: '共计92项重点任务、205项具体措施。' });
  });

  it('prints sentences for people without --json', () => {
    const r = qicao(['counts', sample]);
    expect(r.stdout).toContain('大气污染防治：本部分内容包括六个方面，27项重点任务，66项具体措施。');
    expect(r.stdout).toContain('共计92项重点任务、205项具体措施。');
  });
});

describe('qicao outline', () => {
  it('prints the nested tree with kinds', () => {
    const r = qicao(['outline', sample, '--json']);
    const outline = JSON.parse(r.stdout);
    expect(outline).toHaveLength(5);
    const [air] = outline;
    expect(Object.keys(air).sort()).toEqual(['children', 'id', 'kind', 'title']);
    expect(air.kind).toBe('part');
    expect(air.children[0].kind).toBe('aspect');
    expect(air.children[0].children[0].kind).toBe('keyTask');
    expect(air.children[0].children[0].children[0].kind).toBe('measure');
    const measures = outline.flatMap((p: any) => p.children.flatMap((a: any) => a.children.flatMap((t: any) => t.children)));
    expect(measures).toHaveLength(205);
  });
});

describe('qicao add', () => {
  it('prints the new id and the counts move at once', () => {
    const file = path.join(dir, 'add.qicao');
    fs.copyFileSync(sample, file);
    const outline = JSON.parse(qicao(['outline', file, '--json']).stdout);
    const task = outline[0].children[0].children[0];
    const r = qicao(['add', file, '--parent', String(task.id), '--kind', 'measure', '--title', '新增一项具体措施。']);
    expect(r.status).toBe(0);
    const id = Number(r.stdout.trim());
    expect(id).toBeGreaterThan(0);
    const counts = JSON.parse(qicao(['counts', file, '--json']).stdout);
    expect(counts.parts[0].sentence).toBe('本部分内容包括六个方面，27项重点任务，67项具体措施。');
    expect(counts.totals.sentence).toBe('共计92项重点任务、206项具体措施。');
    const after = JSON.parse(qicao(['outline', file, '--json']).stdout);
    expect(after[0].children[0].children[0].children.at(-1)).toEqual({ id, kind: 'measure', title: '新增一项具体措施。', children: [] });
  });

  it('refuses a wrong kind under a parent, an unknown id, a missing file, a non-plan', () => {
    const outline = JSON.parse(qicao(['outline', sample, '--json']).stdout);
    const part = outline[0];
    const before = fs.readFileSync(sample);
    expectRefusal(qicao(['add', sample, '--parent', String(part.id), '--kind', 'measure', '--title', 'x']), /具体措施只能放在重点任务下/);
    expectRefusal(qicao(['add', sample, '--parent', '99999', '--kind', 'measure', '--title', 'x']), /找不到编号为 99999/);
    expectRefusal(qicao(['add', sample, '--parent', 'abc', '--kind', 'measure', '--title', 'x']), /--parent/);
    expectRefusal(qicao(['add', sample, '--parent', String(part.id), '--kind', 'chapter', '--title', 'x']), /--kind/);
    expectRefusal(qicao(['add', sample, '--parent', String(part.id), '--kind', 'aspect']), /--title/);
    expect(fs.readFileSync(sample).equals(before)).toBe(true);
    expectRefusal(qicao(['counts', path.join(dir, 'missing.qicao')]), /找不到文件/);
    const text = path.join(dir, 'text.qicao');
    fs.writeFileSync(text, '一段文字');
    expectRefusal(qicao(['counts', text]), /不是起草助手的计划文件/);
    expect(fs.readFileSync(text, 'utf8')).toBe('一段文字');
    expectRefusal(qicao(['frobnicate']), /未知命令/);
    expectRefusal(qicao(['counts', sample, '--bogus']), /参数有误/);
  });

  it('refuses to create over an existing file', () => {
    expectRefusal(qicao(['new', sample]), /已存在/);
  });
});
