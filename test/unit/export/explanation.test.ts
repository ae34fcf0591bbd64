import { describe, expect, it } from 'vitest';
import { exportExplanation } from '../../../core/documents/export/explanation.ts';
import { ExplanationDoc, type Binding } from '../../../core/model/explanation.ts';
import { UnresolvedBindingError, resolveBinding, unresolvedBindings } from '../../../core/model/resolve-binding.ts';
import { buildExplanationTemplate } from '../../../core/model/explanation-template.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { COD, GOOD_DAYS, PM25, SEED_COUNTS, largePlan, smallPlan } from './fixtures.ts';
import { expectFontsInAllSlots, expectFormattingOnlyInStyles, expectGbPage, expectGbStyles, expectPageNumbers } from './page-checks.ts';
import { exportAndRead } from './read-docx.ts';
import { aspectsOf } from '../../../core/model/level-rules.ts';

const PART_SENTENCES = [
  '（一）大气污染防治：本部分内容包括六个方面，27项重点任务，66项具体措施。',
  '（二）水污染防治：本部分内容包括四个方面，17项重点任务，41项具体措施。',
  '（三）土壤污染防治：本部分内容包括五个方面，17项重点任务，39项具体措施。',
  '（四）应对气候变化：本部分内容包括五个方面，17项重点任务，32项具体措施。',
  '（五）生态保护：本部分内容包括四个方面，14项重点任务，27项具体措施。',
];
const TOTAL = '《行动计划》主要包括大气污染防治、水污染防治、土壤污染防治、应对气候变化、生态保护五大方面，共计92项重点任务、205项具体措施。详细情况如下：';

describe('explanation template', () => {
  it('has the seed’s shape and validates against the model', () => {
    const plan = smallPlan();
    const doc = ExplanationDoc.parse(buildExplanationTemplate(plan));
    expect(doc.title).toBe(`《${plan.title}》的起草说明`);
    const headings = doc.blocks.filter((b) => b.style === 'heading1').map((b) => b.segments);
    expect(headings).toHaveLength(3);
    expect(headings[0]).toEqual([{ text: '一、起草背景及过程' }]);
    expect(headings[1]).toEqual([{ text: '二、' }, { bind: { type: 'planYear' } }, { text: '年污染防治措施' }]);
    expect(headings[2]).toEqual([{ text: '三、任务要求' }]);
    // Counts are bindings, never typed numbers.
    const partHeading = doc.blocks.find((b) => b.style === 'heading2');
    expect(partHeading?.segments).toEqual([
      { text: '（' },
      { bind: { type: 'partOrdinal', partId: 1 } },
      { text: '）' },
      { bind: { type: 'partTitle', partId: 1 } },
      { text: '：' },
      { bind: { type: 'partSentence', partId: 1 } },
    ]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('leaves the year out when the plan has none', () => {
    const doc = buildExplanationTemplate({ ...smallPlan(), year: null });
    expect(doc.blocks.filter((b) => b.style === 'heading1')[1].segments).toEqual([{ text: '二、污染防治措施' }]);
    expect(unresolvedBindings({ ...smallPlan(), year: null }, doc)).toEqual([]);
  });
});

describe('resolveBinding', () => {
  const plan = smallPlan();
  const cases: [Binding, string][] = [
    [{ type: 'planTitle' }, plan.title],
    [{ type: 'planYear' }, '2024'],
    [{ type: 'partsCount' }, '两'],
    [{ type: 'partNames' }, '大气污染防治、水污染防治'],
    [{ type: 'totalSentence' }, '共计5项重点任务、8项具体措施。'],
    [{ type: 'partOrdinal', partId: 2 }, '二'],
    [{ type: 'partSentence', partId: 1 }, '本部分内容包括两个方面，3项重点任务，5项具体措施。'],
    [{ type: 'partCount', partId: 1, field: 'aspects' }, '两'],
    [{ type: 'partCount', partId: 1, field: 'keyTasks' }, '3'],
    [{ type: 'partCount', partId: 1, field: 'measures' }, '5'],
    [{ type: 'partGoals', partId: 2 }, '全区水生态环境质量稳中向好。'],
    [{ type: 'indicatorName', indicatorId: PM25.id }, 'PM2.5年均浓度'],
    [{ type: 'indicatorTarget', indicatorId: PM25.id }, '28微克/立方米'],
    [{ type: 'indicatorBaseline', indicatorId: PM25.id }, '29微克/立方米'],
    [{ type: 'indicatorBaseline', indicatorId: GOOD_DAYS.id }, '79.1%'],
    [{ type: 'indicatorTarget', indicatorId: GOOD_DAYS.id }, '78%'],
    [{ type: 'indicatorBaselineYear', indicatorId: GOOD_DAYS.id }, '2023'],
  ];
  it.each(cases)('%j → %s', (binding, text) => {
    expect(resolveBinding(plan, binding)).toBe(text);
  });

  it('says in Chinese what to do when the target is gone', () => {
    expect(() => resolveBinding(plan, { type: 'partSentence', partId: 999 })).toThrow(UnresolvedBindingError);
    expect(() => resolveBinding(plan, { type: 'partSentence', partId: 999 })).toThrow(/部分已从计划中删除/);
    expect(() => resolveBinding(plan, { type: 'indicatorBaseline', indicatorId: COD.id })).toThrow(/没有基准值/);
    const doc = { title: 't', blocks: [{ style: 'body' as const, segments: [{ bind: { type: 'partTitle' as const, partId: 999 } }] }] };
    expect(unresolvedBindings(plan, doc)).toHaveLength(1);
  });
});

describe('exportExplanation', () => {
  it('states the seed’s counts for a seed-sized plan, in the seed’s words', async () => {
    const plan = largePlan();
    const info = await exportAndRead(exportExplanation(plan), 'explanation.docx');
    const texts = info.paragraphs.map((p) => p.text);
    // a line may break at the title's space, which then ends the line (title-lines.ts)
    expect(texts[0].replace(/\s+/g, '')).toBe(`《${plan.title}》的起草说明`.replace(/\s+/g, ''));
    expect(texts).toContain(TOTAL);
    for (const sentence of PART_SENTENCES) expect(texts).toContain(sentence);
    expect(SEED_COUNTS).toHaveLength(PART_SENTENCES.length);
    expect(texts).toContain('二、2024年污染防治措施');
    expect(texts).toContain(`主要目标：${plan.parts[0].goals}`);
    expect(texts).toContain(`主要内容：${plan.parts[4].content}`);
  });

  it('renders in GB/T 9704 style: page, page numbers, fonts per block style', async () => {
    const info = await exportAndRead(exportExplanation(smallPlan()), 'explanation-small.docx');
    expectGbPage(info.sections[0], 'portrait');
    expectPageNumbers(info);
    expectFontsInAllSlots(info);
    expectGbStyles(info);
    expectFormattingOnlyInStyles(info);
    const font = (text: string) => info.paragraphs.find((p) => p.text.startsWith(text))?.runs.map((r) => [r.eastAsia, r.sizePt]);
    expect(info.paragraphs[0].runs[0]).toMatchObject({ eastAsia: '方正小标宋简体', sizePt: 22 });
    expect(new Set(font('一、起草背景及过程')?.map(String))).toEqual(new Set(['黑体,16']));
    expect(new Set(font('（一）大气污染防治')?.map(String))).toEqual(new Set(['楷体_GB2312,16']));
    expect(new Set(font('主要目标')?.map(String))).toEqual(new Set(['仿宋_GB2312,16']));
    const style = (text: string) => info.paragraphs.find((p) => p.text.startsWith(text))?.style;
    expect([style('一、起草背景及过程'), style('（一）大气污染防治'), style('主要目标')]).toEqual(['一级标题', '二级标题', '公文正文']);
    // the previous year's results as the seed states them: a level without 为, a rate with it
    expect(info.paragraphs.find((p) => p.text.startsWith('2023年，'))?.text).toContain('其中，PM2.5年均浓度29微克/立方米，优良天数比率为79.1%；');
  });

  it('takes counts from the plan at export time, not from when the explanation was written', async () => {
    const plan: Plan = smallPlan();
    const written = buildExplanationTemplate(plan);
    const task = aspectsOf(plan.parts[0])[0].children[0];
    task.children.push({ ...task.children[0], id: 5000, title: '新增措施。' });
    const texts = (await exportAndRead(exportExplanation(plan, written), 'changed.docx')).paragraphs.map((p) => p.text);
    expect(texts).toContain('（一）大气污染防治：本部分内容包括两个方面，3项重点任务，6项具体措施。');
    expect(texts).toContain('《行动计划》主要包括大气污染防治、水污染防治两大方面，共计5项重点任务、9项具体措施。详细情况如下：');
  });

  it('exports a drafter’s own explanation with its bindings resolved', async () => {
    const doc: ExplanationDoc = {
      title: '起草说明',
      blocks: [
        {
          style: 'body',
          segments: [
            { text: 'PM2.5年均浓度目标为' },
            { bind: { type: 'indicatorTarget', indicatorId: PM25.id } },
            { text: '，基准值为' },
            { bind: { type: 'indicatorBaseline', indicatorId: PM25.id } },
            { text: '。' },
          ],
        },
      ],
    };
    const info = await exportAndRead(exportExplanation(smallPlan(), doc), 'own.docx');
    expect(info.paragraphs.map((p) => p.text)).toEqual(['起草说明', 'PM2.5年均浓度目标为28微克/立方米，基准值为29微克/立方米。']);
  });

  it('refuses an explanation that points at a deleted part', async () => {
    const doc: ExplanationDoc = { title: 't', blocks: [{ style: 'body', segments: [{ bind: { type: 'partSentence', partId: 999 } }] }] };
    await expect(exportExplanation(smallPlan(), doc)).rejects.toThrow(UnresolvedBindingError);
  });
});
