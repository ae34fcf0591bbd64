// `qicao import` on the shapes the preview handles, without the window: the two-row-header
// project table imports (it used to exit 2), --json reports notes and leftovers with reasons,
// and --levels gives the same level mapping the preview window offers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { makeDocx, p, projectTableHeader, table } from './make-docx.ts';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => path.resolve('test/fixtures/import', name);

describe('qicao import on published shapes', () => {
  it('imports the 领域/项目名称/主要内容/计划节点/牵头部门/配合部门 table with two header rows', () => {
    const docx = path.join(dir, '项目表.docx');
    fs.writeFileSync(
      docx,
      makeDocx(
        p('2024年生态环境领域重点项目计划') +
          table([
            ...projectTableHeader(),
            ['大气污染防治', '1', '燃气锅炉低氮改造', '完成30台燃气锅炉低氮改造。', '2024年9月', '区生态环境局', '区城市管理委'],
            ['水污染防治', '2', '再生水厂建设', '建成再生水厂1座。', '2024年12月', '区水务局', ''],
          ]),
      ),
    );
    const r = qicao(['import', docx, '--out', path.join(dir, '项目表.qicao'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ kind: 'table', counts: { parts: 2, aspects: 0, keyTasks: 2, measures: 2 }, leftovers: [] });
    expect(json.notes.join('')).toContain('“项目名称”读作重点任务');
  });

  it('reports notes and leftovers with their reasons in --json, and no junk unit from a 不再列出 rule', () => {
    const out = path.join(dir, '规则.qicao');
    const r = qicao(['import', fixture('rule-not-listed.txt'), '--out', out, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.counts).toEqual({ parts: 1, aspects: 0, keyTasks: 2, measures: 5 });
    expect(json.notes.filter((n: string) => n.includes('不再列出'))).toHaveLength(1);
    expect(json.leftovers).toEqual([]);
    const withPreamble = qicao(['import', fixture('chaozhou-verb-style.txt'), '--out', path.join(dir, '潮州.qicao'), '--json']);
    // the preamble is the plan's own (kept and exported), said in the notes
    expect(JSON.parse(withPreamble.stdout).leftovers).toEqual([]);
    expect(JSON.parse(withPreamble.stdout).notes.join('\n')).toContain('1段引言作为计划的前言保留');
  });

  it('takes the level mapping from --levels, and refuses one it cannot read', () => {
    const r = qicao(['import', fixture('chaozhou-verb-style.txt'), '--out', path.join(dir, '潮州四级.qicao'), '--levels', '（一）=方面,1.=重点任务', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).counts).toEqual({ parts: 1, aspects: 3, keyTasks: 7, measures: 7 });
    const bad = qicao(['import', fixture('chaozhou-verb-style.txt'), '--out', path.join(dir, '坏.qicao'), '--levels', '（一）=章节']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--levels/);
    expect(fs.existsSync(path.join(dir, '坏.qicao'))).toBe(false);
  });
});
