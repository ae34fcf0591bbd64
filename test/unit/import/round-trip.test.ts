// Importing what the app exports gives the plan back: the plan document (with and without the
// 征求意见稿 bookmarks) and the 任务分工表 restore every title and measure field; the
// 起草说明 restores the parts, their goals and content, and the stated counts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAssignmentTable, exportExplanation, exportPlan } from '../../../core/documents/export/index.ts';
import { readPlanDocument } from '../../../core/documents/import/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { PlanSpec } from '../../../core/model/plan-spec.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { SEED_FILE } from '../../helpers/seed-texts.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

let dir: string;
let plan: Plan;

beforeAll(() => {
  dir = tempDir();
  const db = createSamplePlan(path.join(dir, 'sample.qicao'));
  plan = readPlan(db);
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writeAndImport(bytes: Promise<Buffer>, name: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytes);
  return readPlanDocument(file);
}

const tally = (spec: PlanSpec) => ({
  parts: spec.parts.length,
  aspects: spec.parts.reduce((n, p) => n + p.aspects.length, 0),
  keyTasks: spec.parts.reduce((n, p) => n + p.aspects.reduce((k, a) => k + a.keyTasks.length, 0), 0),
  measures: spec.parts.reduce((n, p) => n + p.aspects.reduce((k, a) => k + a.keyTasks.reduce((j, t) => j + t.measures.length, 0), 0), 0),
});

/** The plan's structure as a spec would write it, for comparing with an import. */
const structureOf = (p: Plan) =>
  p.parts.map((part) => ({
    title: part.title,
    goals: part.goals,
    content: part.content,
    aspects: aspectsOf(part).map((a) => ({
      title: a.title,
      keyTasks: a.children.map((t) => ({
        title: t.title,
        measures: t.children.map((m) => ({ text: m.title, leadUnits: m.leadUnits, supportUnits: m.supportUnits, deadline: m.deadline })),
      })),
    })),
  }));
const structureOfSpec = (s: PlanSpec) =>
  s.parts.map((part) => ({
    title: part.title,
    goals: part.goals,
    content: part.content,
    aspects: part.aspects.map((a) => ({
      title: a.title,
      keyTasks: a.keyTasks.map((t) => ({
        title: t.title,
        measures: t.measures.map((m) => ({ text: m.text, leadUnits: m.leadUnits, supportUnits: m.supportUnits, deadline: m.deadline })),
      })),
    })),
  }));

describe('importing the sample plan as exported', () => {
  it('gives back the same structure, counts 24/92/205, titles and measure fields', async () => {
    const doc = await writeAndImport(exportPlan(plan), '计划.docx');
    expect(doc.kind).toBe('plan');
    expect(doc.spec.title).toBe(plan.title);
    expect(doc.spec.year).toBe(2024);
    expect(tally(doc.spec)).toEqual({ parts: 5, aspects: 24, keyTasks: 92, measures: 205 });
    expect(structureOfSpec(doc.spec)).toEqual(structureOf(plan));
    expect(doc.leftovers).toEqual([]);
    // the only notes: the indicators read back from the 主要目标 text (issue 21.2)
    expect(doc.notes.every((n) => /的主要目标中读出\d+项指标/.test(n))).toBe(true);
  });

  it('reads the indicators stated in each part’s 主要目标 back into the indicator table (21.2)', async () => {
    const doc = await writeAndImport(exportPlan(plan), '计划指标.docx');
    const found = doc.spec.parts.flatMap((p) => p.indicators.map((i) => `${p.title}|${i.name}|${i.comparator}|${i.target}|${i.unit}`));
    const byName = new Map(plan.parts.flatMap((p) => p.indicators.map((i) => [`${p.title}|${i.name}`, i] as const)));
    // every indicator the goals text states comes back under its own name, comparator, target and unit
    expect(found).toEqual([
      '大气污染防治|PM2.5年均浓度|<=|28|微克/立方米',
      '大气污染防治|优良天数比率|>=|78|%',
      '大气污染防治|重污染天数|<=|4|天',
      '大气污染防治|VOCs减排量|>=|290|吨',
      '大气污染防治|NOx减排量|>=|430|吨',
      '水污染防治|断面水质达标率|>=|100|%',
      '水污染防治|优良水体比例|>=|100|%',
      '水污染防治|劣Ⅴ类水体比例|=|0|%',
      '水污染防治|COD减排量|>=|630|吨',
      '水污染防治|氨氮减排量|>=|65|吨',
      '应对气候变化|碳排放强度较2020年累计下降|≈|15|%',
    ]);
    for (const f of found) {
      const [part, name, comparator, target, unit] = f.split('|');
      const original = byName.get(`${part}|${name}`);
      expect(original, f).toBeDefined();
      expect([original!.target, original!.unit]).toEqual([Number(target), unit]);
      if (comparator !== '=') expect(original!.comparator).toBe(comparator);
    }
    // "空气质量不高于28微克/立方米" names PM2.5 only by its unit: the guess is said
    expect(doc.notes.join('\n')).toContain('“空气质量”以微克/立方米为单位，读作PM2.5年均浓度');
  });

  it('prints the preamble under the title and reads it back as the preamble (issue 22)', async () => {
    const preamble = '为深入打好污染防治攻坚战，持续改善全区生态环境质量，制定本计划。\n各单位要按照职责分工抓好落实。';
    const bytes = await exportPlan({ ...plan, preamble });
    const file = path.join(dir, '有前言.docx');
    fs.writeFileSync(file, bytes);
    // as Word reads it: the two lines right after the title, before "一、"
    const out = execFileSync('/usr/bin/python3', ['-c', 'import docx,sys\nfor p in docx.Document(sys.argv[1]).paragraphs[:6]: print(p.text)', file], { encoding: 'utf8' });
    const lines = out.split('\n').filter((l) => l.trim() !== '');
    const first = lines.findIndex((l) => l.startsWith('为深入打好'));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toBe('各单位要按照职责分工抓好落实。');
    expect(lines[first + 2]).toMatch(/^一、/);
    const doc = await readPlanDocument(file);
    expect(doc.spec.preamble).toBe(preamble);
    expect(structureOfSpec(doc.spec)).toEqual(structureOf(plan));
  });

  it('keeps the collective unit "各镇乡人民政府、街道办事处" whole although units are joined with 、', async () => {
    const doc = await writeAndImport(exportPlan(plan), '计划2.docx');
    const units = doc.spec.parts.flatMap((p) => p.aspects.flatMap((a) => a.keyTasks.flatMap((t) => t.measures.flatMap((m) => m.supportUnits))));
    expect(units).toContain('各镇乡人民政府、街道办事处');
    expect(units).not.toContain('街道办事处');
    expect(doc.spec.units.find((u) => u.name === '区交通局')?.kind).toBe('委办局');
  });

  it('reads the 征求意见稿 (bookmarked) export the same way', async () => {
    const doc = await writeAndImport(exportPlan(plan, { consultation: true }), '征求意见稿.docx');
    expect(structureOfSpec(doc.spec)).toEqual(structureOf(plan));
    expect(doc.spec.title).toBe(`${plan.title}（征求意见稿）`);
  });

  it('reads the 任务分工表 (merged cells) back into the same aspects, key tasks, measures and indicators', async () => {
    const doc = await writeAndImport(exportAssignmentTable(plan), '任务分工表.docx');
    expect(doc.kind).toBe('table');
    expect(doc.spec.title).toBe(plan.title);
    // one continuous table with 部分 and 方面 as full-width rows (issue 23 point 3): the same plan back
    expect(tally(doc.spec)).toEqual({ parts: 5, aspects: 24, keyTasks: 92, measures: 205 });
    const withoutTexts = (parts: ReturnType<typeof structureOf>) => parts.map((p) => ({ title: p.title, aspects: p.aspects }));
    expect(withoutTexts(structureOfSpec(doc.spec))).toEqual(withoutTexts(structureOf(plan)));
    expect(doc.notes.join('')).not.toContain('没有“部分”一级');
    // 量化指标 "VOCs减排量≥290吨" becomes an indicator linked to its measures.
    const first = doc.spec.parts[0].aspects[0].keyTasks[0].measures[0];
    expect(first.indicators).toEqual(['VOCs减排量', 'NOx减排量']);
    expect(doc.spec.parts[0].indicators.find((i) => i.name === 'VOCs减排量')).toMatchObject({ comparator: '>=', target: 290, unit: '吨' });
    expect(doc.leftovers).toEqual([]);
  });

  it('reads the 起草说明 as an explanation: parts with goals and content, the stated counts', async () => {
    const doc = await writeAndImport(exportExplanation(plan), '起草说明.docx');
    expect(doc.kind).toBe('explanation');
    expect(doc.spec.title).toBe(plan.title);
    expect(doc.spec.parts.map((p) => [p.title, p.goals, p.content])).toEqual(plan.parts.map((p) => [p.title, p.goals, p.content]));
    expect(doc.explanation?.stated.totals).toMatchObject({ keyTasks: 92, measures: 205 });
    expect(doc.explanation?.stated.parts.map((p) => [p.name, p.aspects, p.keyTasks, p.measures])).toEqual([
      ['大气污染防治', 6, 27, 66],
      ['水污染防治', 4, 17, 41],
      ['土壤污染防治', 5, 17, 39],
      ['应对气候变化', 5, 17, 32],
      ['生态保护', 4, 14, 27],
    ]);
    // Nothing is lost: every paragraph is either in the spec or a leftover.
    const kept = new Set(doc.leftovers.map((l) => l.paragraph));
    const inSpec = (t: string) => doc.spec.parts.some((p) => (t.includes(p.goals) && p.goals !== '') || (t.includes(p.content) && p.content !== ''));
    doc.paragraphs.forEach((t, i) => {
      if (t.trim() !== '' && !kept.has(i)) expect(inSpec(t) || /本部分内容包括/.test(t)).toBe(true);
    });
  });
});

describe('the seed 起草说明 as a text file', () => {
  it('is an explanation stating 92/205, sent for consultation on 2024-02-20', async () => {
    const doc = await readPlanDocument(SEED_FILE);
    expect(doc.kind).toBe('explanation');
    expect(doc.spec.title).toBe('推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）');
    expect(doc.explanation?.consultation.sentDate).toBe('2024-02-20');
    expect(doc.explanation?.stated.totals).toMatchObject({ keyTasks: 92, measures: 205 });
    expect(doc.spec.parts.map((p) => p.title)).toEqual(['大气污染防治', '水污染防治', '土壤污染防治', '应对气候变化', '生态保护']);
    expect(doc.spec.parts[1].goals).toMatch(/^1\.全区水生态环境质量稳中向好/);
  });
});
