// What a 公文 reviewer checks on every exported Word file (issue #15): titles broken between
// words into balanced lines with the draft mark on its own line, headings Word can navigate,
// widow control, a font table with sensible substitutes, the drafter's unit as author, and
// chemical formulae written as the drafter wrote them. Read back with python-docx.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../../core/compare/index.ts';
import { exportAdoptionTable } from '../../../core/documents/export/adoption-table.ts';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { exportComparisonTable } from '../../../core/documents/export/comparison-table.ts';
import { exportExplanation } from '../../../core/documents/export/explanation.ts';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import { drafterBreaks, titleLayout, titleWidth, TITLE_CAPACITY } from '../../../core/model/title-lines.ts';
import { exportUnitTasks } from '../../../core/documents/export/unit-tasks.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { smallPlan } from './fixtures.ts';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'gongwen_docx.py');

interface Gongwen {
  styles: Record<string, { name: string | null; outlineLvl: number | null; widowControl: boolean | null }>;
  fonts: { name: string; altName: string | null; charset: string | null }[];
  properties: { author: string; title: string; lastModifiedBy: string };
  paragraphs: { text: string; style: string | null; inTable: boolean }[];
  tables: { header: boolean; cantSplit: boolean; cells: { text: string; width: number | null; vMerge: string | null }[] }[][];
}

async function read(buffer: Promise<Buffer>): Promise<Gongwen> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qicao-gongwen-'));
  try {
    const file = path.join(dir, 'out.docx');
    writeFileSync(file, await buffer);
    return JSON.parse(execFileSync('/usr/bin/python3', [SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Gongwen;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SAMPLE_TITLE = '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划';

/** The plan as the drafter set it up: unit, title breaks, formulae with subscripts. */
function draftedPlan(): Plan {
  const plan = smallPlan();
  plan.title = SAMPLE_TITLE;
  plan.draftingUnit = '区生态环境局';
  plan.parts[0].goals = '按照PM₂.₅和O₃协同控制的思路，PM2.5年均浓度不高于28微克/立方米。';
  plan.parts[1].goals = '累计完成氨氮（NH₃-N）65吨的减排目标要求。';
  return plan;
}

/** Every export kind, made from the same plan. */
async function allKinds(plan: Plan): Promise<Record<string, { doc: Gongwen; title: string }>> {
  const other = structuredClone(plan);
  other.parts[0].title = '大气污染综合防治';
  const comparison = comparePlans(plan, other, { from: { name: '征求意见稿', source: 'snapshot' }, to: { name: '报审稿', source: 'snapshot' } });
  const adoption = {
    planTitle: plan.title,
    rows: [{ unit: '区水务局', clause: '一、（一）1.（1）', content: '建议补充时限。', handling: '采纳', reply: '已补充。' }],
    summary: '共征求2个单位意见，收到1个单位反馈意见1条，其中采纳1条，1个单位无意见。',
    author: plan.draftingUnit,
  };
  const kinds: [string, Promise<Buffer>, string][] = [
    ['plan', exportPlan(plan), plan.title],
    ['consultation', exportPlan(plan, { consultation: true }), `${plan.title}（征求意见稿）`],
    ['explanation', exportExplanation(plan), `《${plan.title}》的起草说明`],
    ['assignment', exportAssignmentTable(plan), `${plan.title}任务分工表`],
    ['unit-tasks', exportUnitTasks(plan, '区生态环境局'), '区生态环境局承担任务清单'],
    ['adoption', exportAdoptionTable(adoption), '意见采纳情况表'],
    [
      'comparison',
      exportComparisonTable(comparison, { title: `${plan.title}修改对照表`, author: plan.draftingUnit, breaks: drafterBreaks(plan.title, plan.titleBreak) }),
      `${plan.title}修改对照表`,
    ],
  ];
  const out: Record<string, { doc: Gongwen; title: string }> = {};
  for (const [kind, buffer, title] of kinds) out[kind] = { doc: await read(buffer), title };
  return out;
}

/** Word boundaries of a text by the segmenter, as offsets. */
function wordInsides(text: string): Set<number> {
  const inside = new Set<number>();
  for (const { segment, index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    for (let i = 1; i < segment.length; i++) inside.add(index + i);
  }
  return inside;
}

/** Where the lines of a broken title start, as offsets in the title without breaks and the spaces at them. */
function breakOffsets(lines: string[], whole: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at = whole.indexOf(line, at) + line.length;
    while (whole[at] === ' ') at++;
    offsets.push(at);
  }
  return offsets;
}

describe('title lines', () => {
  const cases: [string, number][] = [
    [SAMPLE_TITLE, TITLE_CAPACITY.portrait],
    [`《${SAMPLE_TITLE}》的起草说明`, TITLE_CAPACITY.portrait],
    [`${SAMPLE_TITLE}任务分工表`, TITLE_CAPACITY.landscape],
    [`${SAMPLE_TITLE}修改对照表`, TITLE_CAPACITY.landscape],
    ['关于印发《北京市怀柔区深入打好污染防治攻坚战2024年工作要点（试行）》的通知', TITLE_CAPACITY.portrait],
    ['怀柔区2024年大气污染防治重点任务分工及细颗粒物浓度控制工作方案', TITLE_CAPACITY.portrait],
  ];

  it.each(cases)('breaks “%s” between words into balanced lines', (title, capacity) => {
    const { lines } = titleLayout(title, { capacity });
    expect(lines.length).toBeGreaterThan(1);
    const whole = title;
    expect(lines.join('').replace(/ /g, '')).toBe(whole.replace(/ /g, ''));
    for (const line of lines) expect(titleWidth(line)).toBeLessThanOrEqual(capacity);
    // no line break between two characters of one word
    const inside = wordInsides(whole);
    for (const offset of breakOffsets(lines, whole)) expect(inside.has(offset), `${lines.join(' / ')} @${offset}`).toBe(false);
    // balanced: the lines differ by no more than a third of a line
    const widths = lines.map(titleWidth);
    expect(Math.max(...widths) - Math.min(...widths), lines.join(' / ')).toBeLessThanOrEqual(capacity / 3);
    // never inside the genre's terms (污染防治攻坚战, 持续深入打好, 2024年行动计划), a year, 《》 that fits on a line, or （…）
    const terms = [...whole.matchAll(/污染防治攻坚战|攻坚战|持续深入打好|\d{4}年(?:行动计划|工作要点|工作方案)/g)].map((m) => [m.index, m.index + m[0].length]);
    for (const offset of breakOffsets(lines, whole)) {
      for (const [from, to] of terms) expect(offset > from && offset < to, `${lines.join(' / ')} @${offset}`).toBe(false);
      expect(whole.slice(0, offset)).not.toMatch(/\d$/);
      const before = whole.slice(0, offset);
      const open = (a: string, b: string) => before.split(a).length - before.split(b).length;
      expect(open('（', '）')).toBe(0);
    }
  });

  it('breaks the sample title as a drafter would: two even lines, 攻坚战 and 2024年 whole', () => {
    expect(titleLayout(SAMPLE_TITLE).lines).toEqual(['推进美丽怀柔建设 持续深入打好', '污染防治攻坚战2024年行动计划']);
    expect(titleLayout('区生态环境局承担任务清单', { capacity: TITLE_CAPACITY.landscape }).lines).toEqual(['区生态环境局承担任务清单']);
  });

  it('sets a draft mark on its own line, whether passed or ending the title', () => {
    for (const mark of ['（征求意见稿）', '（送审稿）', '（报审稿）']) {
      expect(titleLayout(`${SAMPLE_TITLE}${mark}`)).toEqual({ lines: ['推进美丽怀柔建设 持续深入打好', '污染防治攻坚战2024年行动计划'], mark });
    }
    expect(titleLayout('短标题', { mark: '（征求意见稿）' })).toEqual({ lines: ['短标题'], mark: '（征求意见稿）' });
  });

  it('keeps the drafter’s own breaks, in the plan title and in titles made from it', () => {
    const breaks = drafterBreaks(SAMPLE_TITLE, '推进美丽怀柔建设 持续深入打好污染防治|攻坚战2024年行动计划');
    expect(breaks).toEqual(['推进美丽怀柔建设 持续深入打好污染防治', '攻坚战2024年行动计划']);
    expect(titleLayout(SAMPLE_TITLE, { breaks }).lines).toEqual(breaks);
    expect(titleLayout(`${SAMPLE_TITLE}任务分工表`, { capacity: TITLE_CAPACITY.landscape, breaks }).lines).toEqual([
      '推进美丽怀柔建设 持续深入打好污染防治',
      '攻坚战2024年行动计划任务分工表',
    ]);
    // a title typed with its own break
    expect(titleLayout('推进美丽怀柔建设 持续深入打好污染防治|攻坚战2024年行动计划').lines).toEqual(breaks);
    // a line the drafter made too long for the page is still broken between words
    expect(titleLayout(SAMPLE_TITLE, { breaks: ['推进美丽怀柔建设', '持续深入打好污染防治攻坚战2024年行动计划'] }).lines).toEqual([
      '推进美丽怀柔建设',
      '持续深入打好污染防治攻坚战',
      '2024年行动计划',
    ]);
    // a setting left from an older title is not applied to other words
    expect(drafterBreaks('另一个计划的名称', '推进美丽怀柔建设|持续深入')).toBeNull();
  });
});

describe('every export kind', async () => {
  const plan = draftedPlan();
  plan.titleBreak = '推进美丽怀柔建设|持续深入打好污染防治攻坚战2024年行动计划';
  // the drafter's first line is kept; the long second one is broken further between words
  const docs = await allKinds(plan);
  const kinds = Object.keys(docs);

  it('covers the seven kinds', () => {
    expect(kinds).toEqual(['plan', 'consultation', 'explanation', 'assignment', 'unit-tasks', 'adoption', 'comparison']);
  });

  it.each(kinds)('%s: title whole words, the drafter’s break, draft mark on its own line', (kind) => {
    const { doc, title } = docs[kind];
    const heading = doc.paragraphs.find((p) => p.style === 'GwTitle')!;
    expect(heading.text.replace(/\n/g, '').replace(/ /g, '')).toBe(title.replace(/ /g, ''));
    const lines = heading.text.split('\n');
    const inside = wordInsides(title);
    for (const offset of breakOffsets(lines, title)) expect(inside.has(offset), heading.text).toBe(false);
    if (title.includes(SAMPLE_TITLE)) expect(lines[0]).toMatch(/^《?推进美丽怀柔建设$/);
    if (kind === 'consultation') expect(lines.at(-1)).toBe('（征求意见稿）');
  });

  it.each(kinds)('%s: 一级/二级/三级标题 carry outline levels 0/1/2; body text has widow control', (kind) => {
    const { styles } = docs[kind].doc;
    expect([styles.GwHeading1.outlineLvl, styles.GwHeading2.outlineLvl, styles.GwHeading3.outlineLvl]).toEqual([0, 1, 2]);
    expect([styles.GwHeading1.name, styles.GwHeading2.name, styles.GwHeading3.name]).toEqual(['一级标题', '二级标题', '三级标题']);
    expect(styles.GwBody.outlineLvl).toBeNull();
    expect(styles.GwBody.widowControl).toBe(true);
  });

  it.each(kinds)('%s: the font table names substitutes for the 公文 fonts', (kind) => {
    const alt = Object.fromEntries(docs[kind].doc.fonts.map((f) => [f.name, f.altName]));
    expect(alt).toMatchObject({ 仿宋_GB2312: '仿宋', 楷体_GB2312: '楷体', 方正小标宋简体: '华文中宋' });
    for (const f of docs[kind].doc.fonts) expect(f.charset).toBe('86');
  });

  it.each(kinds)('%s: author is the drafting unit and the title the document’s', (kind) => {
    const { doc, title } = docs[kind];
    expect(doc.properties.author).toBe('区生态环境局');
    expect(doc.properties.lastModifiedBy).toBe('区生态环境局');
    expect(doc.properties.title).toBe(title);
    expect(JSON.stringify(doc.properties)).not.toContain('Un-named');
  });

  it('keeps chemical formulae as the drafter wrote them: subscripts and plain PM2.5 alike', () => {
    for (const kind of ['plan', 'consultation', 'explanation']) {
      const text = docs[kind].doc.paragraphs.map((p) => p.text).join('\n');
      expect(text).toContain('按照PM₂.₅和O₃协同控制的思路，PM2.5年均浓度不高于28微克/立方米。');
      expect(text).toContain('氨氮（NH₃-N）65吨');
    }
    const cells = docs.assignment.doc.tables.flat().flatMap((r) => r.cells.map((c) => c.text));
    expect(cells).toContain('PM2.5年均浓度≤28微克/立方米；优良天数比率≥78%');
  });

  it('falls back to the app’s name only when the plan names no unit', async () => {
    const anonymous = await read(exportPlan({ ...smallPlan(), draftingUnit: undefined }));
    expect(anonymous.properties.author).toBe('起草助手');
  });
});
