// `qicao check` as the issue states it: the seed's real mistakes found and no count-mismatch;
// a clean 起草说明 export gives nothing; bad input exits 2 with one Chinese line.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportExplanation } from '../../../core/documents/export/index.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import type { LocatedFinding } from '../../../core/model/check-result.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { SEED_FILE, withSeedPartTexts } from '../../helpers/seed-texts.ts';
import { qicao } from '../../helpers/cli.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';

const SEED = SEED_FILE;
let dir: string;
let cleanDocx: string;
let sampleFile: string;
beforeAll(async () => {
  dir = tempDir();
  const small = createPlanFile(path.join(dir, 'small.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
  cleanDocx = path.join(dir, '起草说明.docx');
  fs.writeFileSync(cleanDocx, await exportExplanation(readPlan(small)));
  small.close();
  sampleFile = path.join(dir, 'sample.qicao');
  withSeedPartTexts(createSamplePlan(sampleFile)).close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface CheckJson {
  source: string;
  findings: LocatedFinding[];
  stated: { parts: { name: string; aspects: number | null; keyTasks: number | null; measures: number | null }[]; totals: { keyTasks: number; measures: number } | null };
  dismissed: number;
}
const flagged = (lines: string[], f: LocatedFinding) => lines[f.paragraph].slice(f.offset, f.offset + f.length);

describe('qicao check on the seed 起草说明', () => {
  const r = qicao(['check', SEED, '--json']);
  const json = JSON.parse(r.stdout) as CheckJson;
  const lines = fs.readFileSync(SEED, 'utf8').split(/\r?\n/);
  const of = (rule: string) => json.findings.filter((f) => f.rule === rule);

  it('exits 1: it has errors', () => expect(r.status).toBe(1));

  it('finds the typos 比列 and 版块 with their corrections', () => {
    expect(of('typo').map((f) => [flagged(lines, f), f.suggestion])).toEqual([
      ['比列', '比例'],
      ['版块', '板块'],
    ]);
  });

  it('finds "；。" and "。。"', () => {
    expect(of('repeated-punctuation').map((f) => flagged(lines, f))).toEqual(['；。', '。。']);
  });

  it('finds every half-width comma between Chinese characters', () => {
    const commas = of('halfwidth-punctuation');
    expect(commas.length).toBe(lines.join('').split(',').length - 1);
    expect(commas.every((f) => flagged(lines, f) === ',' && f.suggestion === '，')).toBe(true);
  });

  it('finds the numbering break "3、 任务要求" and the Word leftovers', () => {
    expect(of('numbering-sequence').map((f) => lines[f.paragraph])).toEqual(['3、 任务要求']);
    expect(of('word-artifact').map((f) => flagged(lines, f))).toContain('[bookmark: _GoBack]');
  });

  it('reports no count-mismatch, and states 92/205 over five parts', () => {
    expect(of('count-mismatch')).toEqual([]);
    expect(json.stated.totals).toMatchObject({ keyTasks: 92, measures: 205 });
    expect(json.stated.parts.map((p) => [p.name, p.aspects, p.keyTasks, p.measures])).toEqual([
      ['大气污染防治', 6, 27, 66],
      ['水污染防治', 4, 17, 41],
      ['土壤污染防治', 5, 17, 39],
      ['应对气候变化', 5, 17, 32],
      ['生态保护', 4, 14, 27],
    ]);
  });

  it('gives excerpts taken verbatim from the file', () => {
    for (const f of json.findings) expect(lines[f.paragraph]).toContain(f.excerpt);
  });
});

describe('qicao check on other files', () => {
  it('a clean 起草说明 export: no finding, exit 0', () => {
    const r = qicao(['check', cleanDocx]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('未发现问题。');
  });

  it('a document whose stated total is not the sum of its parts: count-mismatch, exit 1', () => {
    const file = path.join(dir, '数字不符.txt');
    fs.writeFileSync(
      file,
      [
        '二、污染防治措施',
        '共计30项重点任务、60项具体措施。',
        '（一）大气：本部分内容包括两个方面，20项重点任务，40项具体措施。',
        '（二）水：本部分内容包括一个方面，9项重点任务，20项具体措施。',
      ].join('\n'),
    );
    const r = qicao(['check', file, '--json']);
    expect(r.status).toBe(1);
    const counts = (JSON.parse(r.stdout) as CheckJson).findings.filter((f) => f.rule === 'count-mismatch');
    expect(counts).toHaveLength(1);
    expect(counts[0].message).toContain('29');
  });

  it('a plan file: its findings name the node and field to fix', () => {
    const r = qicao(['check', sampleFile, '--json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(json.source).toBe('plan');
    const comma = json.findings.find((f) => f.rule === 'halfwidth-punctuation')!;
    expect(comma).toMatchObject({ field: 'goals', nodeId: expect.any(Number), fieldOffset: expect.any(Number) });
    expect(json.findings.some((f) => f.rule === 'count-mismatch')).toBe(false);
  });

  it.each([
    ['a 50 MB text file', '大.txt', Buffer.alloc(50 * 1024 * 1024, 'a'), /超过文本文件上限/],
    ['an encrypted .docx', '加密.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /设有打开密码/],
    ['an empty .docx', '空.docx', Buffer.alloc(0), /空文件/],
    ['a missing file', null, null, /找不到文件/],
  ] as const)('bad input, %s: exit 2 with one Chinese line', (_what, name, bytes, words) => {
    const file = path.join(dir, name ?? '没有.docx');
    if (name && bytes) fs.writeFileSync(file, bytes);
    const r = qicao(['check', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(words);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('qicao check on the sample plan’s own 起草说明 export', () => {
  it('finds no error; the one warning is the sample’s deliberate 78% target under 2023’s 79.1%', async () => {
    const work = tempDir();
    const db = createSamplePlan(path.join(work, 'sample.qicao'));
    const file = path.join(work, '起草说明.docx');
    fs.writeFileSync(file, await exportExplanation(readPlan(db)));
    db.close();
    const r = qicao(['check', file, '--json']);
    expect(r.status).toBe(0);
    const findings = (JSON.parse(r.stdout) as CheckJson).findings;
    expect(findings.map((f) => f.rule)).toEqual(['target-below-baseline']);
    expect(findings[0].excerpt).toContain('78%');
  });
});
