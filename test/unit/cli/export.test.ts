// `qicao export`: every kind writes a Word file a reader we did not write can open; bad
// arguments and unwritable paths exit 2 and leave nothing behind.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

let dir: string;
let plan: string;
beforeAll(() => {
  dir = tempDir();
  plan = path.join(dir, 'sample.qicao');
  expect(qicao(['new', plan, '--sample']).status).toBe(0);
});

/** Paragraph and table texts as python-docx sees them. */
function docxText(file: string): { paragraphs: string[]; rows: number } {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
# measure rows: not the header row, not the full-width 部分/方面 rows (one cell)
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "rows": sum(1 for t in d.tables for r in t.rows[1:] if len(r._tr.tc_lst) > 1)}, ensure_ascii=False))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 32 << 20 }));
}

describe('qicao export', () => {
  it('writes the plan, the explanation with its count sentences, and the assignment table', () => {
    const out = (n: string) => path.join(dir, n);
    expect(qicao(['export', plan, '--what', 'plan', '--out', out('plan.docx')]).status).toBe(0);
    const planText = docxText(out('plan.docx'));
    expect(planText.paragraphs[0]).toContain('2024年行动计划');
    expect(planText.paragraphs).toContain('一、大气污染防治');

    expect(qicao(['export', plan, '--what', 'explanation', '--out', out('exp.docx')]).status).toBe(0);
    const exp = docxText(out('exp.docx')).paragraphs.join('\n');
    expect(exp).toContain('共计92项重点任务、205项具体措施。');
    expect(exp).toContain('本部分内容包括六个方面，27项重点任务，66项具体措施。');
    expect(exp).toContain('本部分内容包括四个方面，14项重点任务，27项具体措施。');

    expect(qicao(['export', plan, '--what', 'assignment', '--out', out('a.docx')]).status).toBe(0);
    expect(docxText(out('a.docx')).rows).toBe(205);

    expect(qicao(['export', plan, '--what', 'unit-tasks', '--unit', '区水务局', '--out', out('u.docx')]).status).toBe(0);
    expect(docxText(out('u.docx')).paragraphs.join('')).toContain('区水务局');
  });

  it('writes the 报审 set into a folder only once the drafter confirms what is still open', () => {
    const copy = path.join(dir, 'package.qicao');
    fs.copyFileSync(plan, copy);
    const rounds = path.join(dir, 'round-files');
    const set = path.join(dir, 'review-set');
    fs.mkdirSync(rounds);
    fs.mkdirSync(set);
    expect(qicao(['round', copy, '--name', '第一轮', '--units', '区交通局,区水务局', '--out', rounds, '--sent', '2024-02-20', '--due', '2024-03-01']).status).toBe(0);
    const asked = qicao(['export', copy, '--what', 'package', '--out', set]);
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain('2个单位尚未反馈（区交通局、区水务局）');
    expect(asked.stderr).toContain('--force');
    expect(fs.readdirSync(set)).toEqual([]);
    const done = qicao(['export', copy, '--what', 'package', '--out', set, '--force']);
    expect(done.status).toBe(0);
    const names = fs.readdirSync(set).sort();
    expect(names.map((n) => n.replace(/^.*行动计划（示例）/, ''))).toEqual(['任务分工表.docx', '修改对照表.docx', '起草说明.docx', '（报审稿）.docx'].sort());
    expect(done.stdout.trim().split('\n')).toHaveLength(4);
    expect(done.stderr).toContain('未生成意见采纳情况表');
  });

  it('keeps the explanation in step with the plan after an edit', () => {
    const copy = path.join(dir, 'edited.qicao');
    fs.copyFileSync(plan, copy);
    const outline = JSON.parse(qicao(['outline', copy, '--json']).stdout);
    expect(qicao(['add', copy, '--parent', String(outline[4].children[0].children[0].id), '--kind', 'measure', '--title', '新增生态措施。']).status).toBe(0);
    expect(qicao(['export', copy, '--what', 'explanation', '--out', path.join(dir, 'exp2.docx')]).status).toBe(0);
    const exp = docxText(path.join(dir, 'exp2.docx')).paragraphs.join('\n');
    expect(exp).toContain('共计92项重点任务、206项具体措施。');
    expect(exp).toContain('本部分内容包括四个方面，14项重点任务，28项具体措施。');
  });

  it('refuses bad arguments and unwritable paths with one Chinese line, leaving no file', () => {
    const cases: [string[], RegExp][] = [
      [['export', plan, '--what', 'poster', '--out', path.join(dir, 'x.docx')], /--what/],
      [['export', plan, '--what', 'plan'], /--out/],
      [['export', plan, '--what', 'plan', '--out', path.join(dir, 'x.pdf')], /\.docx/],
      [['export', plan, '--what', 'unit-tasks', '--out', path.join(dir, 'x.docx')], /指定单位/],
      [['export', plan, '--what', 'unit-tasks', '--unit', '水务', '--out', path.join(dir, 'x.docx')], /没有单位“水务”，是否指：区水务局/],
      [['export', plan, '--what', 'plan', '--out', path.join(dir, 'no-such-folder', 'x.docx')], /文件夹不存在/],
      [['export', plan, '--what', 'plan', '--out', dir + '/'], /\.docx/],
    ];
    const before = fs.readdirSync(dir).sort();
    for (const [args, words] of cases) {
      const r = qicao(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const folderAsTarget = path.join(dir, 'folder.docx');
    fs.mkdirSync(folderAsTarget);
    const r = qicao(['export', plan, '--what', 'plan', '--out', folderAsTarget]);
    expect(r.status).toBe(2);
    // something already has the name: refused as taken (exclusive writes), never written into
    expect(r.stderr).toMatch(/已存在|无法写入/);
    expect(fs.statSync(folderAsTarget).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([...before, 'folder.docx'].sort());
  });
});
