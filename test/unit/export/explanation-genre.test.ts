// The 起草说明 exported from the sample follows the real one (test/fixtures/seed-explanation.txt)
// paragraph by paragraph: the same sections in the same order, the same facts, every count
// bound to the plan, and the free passages kept as the drafter edits them (issue #15 point 3).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlanWithFacts } from '../../../core/consult/facts.ts';
import { exportExplanation } from '../../../core/documents/export/explanation.ts';
import { ExplanationDoc } from '../../../core/model/explanation.ts';
import { buildExplanationTemplate } from '../../../core/model/explanation-template.ts';
import { readDocumentSettings, writeDocumentSettings } from '../../../core/store/document-settings.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { largePlan, smallPlan } from './fixtures.ts';
import { exportAndRead } from './read-docx.ts';

const SEED = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/seed-explanation.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/\[bookmark: [^\]]*\]/g, '').trim())
  .filter((l) => l !== '');

async function sampleExplanation() {
  const db = createSamplePlan(path.join(tempDir(), 'sample.qicao'));
  try {
    const plan = readPlanWithFacts(db);
    const texts = (await exportAndRead(exportExplanation(plan), 'sample-explanation.docx')).paragraphs.map((p) => p.text);
    return { plan, texts };
  } finally {
    db.close();
  }
}

describe('the sample’s 起草说明 against the seed', async () => {
  const { plan, texts } = await sampleExplanation();
  const at = (pattern: RegExp) => texts.findIndex((t) => pattern.test(t));

  it('has the seed’s sections in the seed’s order', () => {
    const order = [
      /^附件2$/,
      /的起草说明$/,
      /^为巩固污染防治攻坚战成效/,
      /^一、起草背景及过程$/,
      /^2023年，/,
      /组织编制了/,
      /^二、2024年污染防治措施$/,
      /^《行动计划》主要包括/,
      /^（一）大气污染防治：/,
      /^（五）生态保护：/,
      /^三、任务要求$/,
      /^一是要统一思想/,
      /^二是/,
      /^三是要强化宣传引导/,
      /^四是要严格督察考核/,
    ];
    const positions = order.map(at);
    expect(
      positions.every((p) => p >= 0),
      String(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // the seed has the same sequence
    const seedPositions = order.map((re) => SEED.findIndex((l) => re.test(l.replace(/^3、\s*/, '三、'))));
    expect(seedPositions.map((p, i) => (p < 0 ? String(order[i]) : '')).filter(Boolean)).toEqual([]);
    expect([...seedPositions].sort((a, b) => a - b)).toEqual(seedPositions);
  });

  it('cites the basis document and the drafting unit in the opening', () => {
    const opening = texts[at(/^为巩固/)];
    expect(opening).toContain('区生态环境局组织相关科室仔细研讨《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》（京政办发〔2024〕4号）各项措施要求');
    expect(SEED.join('\n')).toContain('《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》（京政办发〔2024〕4号）');
  });

  it('states the previous year’s results as the seed does, with the plan’s baselines', () => {
    const results = texts[at(/^2023年，/)];
    // the seed: "PM2.5…年均浓度29微克/立方米", "优良天数比率（扣除沙尘）为79.1%", "累计完成市级下达的…220吨、…320吨减排目标要求"
    expect(results).toContain('以减污降碳协同增效为总抓手');
    expect(results).toContain('PM2.5年均浓度29微克/立方米');
    expect(results).toContain('优良天数比率为79.1%');
    expect(results).toContain('累计完成市级下达的VOCs 220吨、NOx 320吨减排目标要求');
    expect(results).toContain('生态环境状况稳定向好，市民生态环境幸福感、获得感不断增强。');
    // a reference value of another year (碳排放强度较2020年) is not a result of 2023
    expect(results).not.toContain('2020');
  });

  it('keeps the overall arrangement and the "同时增加了……" changes passage', () => {
    const background = texts[at(/组织编制了/)];
    expect(background).toContain('延续大气污染防治、水污染防治、土壤污染防治、应对气候变化、生态保护五个板块');
    expect(background).toContain('任务要求方面，以减污降碳协同增效为总抓手');
    expect(background).toContain('具体措施方面，坚持问题导向，进一步量化任务措施、细化责任单位；同时增加了噪声污染防治、加强接诉即办等内容');
  });

  it('states the seed’s counts word for word, from the plan', () => {
    for (const line of SEED.filter((l) => /^（[一二三四五]）.+：本部分内容包括/.test(l))) expect(texts).toContain(line);
    expect(texts[at(/^《行动计划》主要包括/)]).toContain('五大方面，共计92项重点任务、205项具体措施。');
    expect(plan.parts).toHaveLength(5);
  });

  it('opens 任务要求 with the standard opening', () => {
    const first = texts[at(/^一是要统一思想/)];
    expect(first).toContain(
      '以习近平新时代中国特色社会主义思想特别是习近平生态文明思想为指导，全面贯彻落实党的二十大和二十届二中全会以及中央经济工作会议精神，深入贯彻全国生态环境保护大会精神',
    );
    // after the abbreviation is introduced, the plan is 《行动计划》
    expect(texts[at(/^四是要严格督察考核/)]).toContain('区政府将《行动计划》落实情况纳入绩效考核');
    expect(plan.title).not.toBe('');
  });
});

describe('the 起草说明’s data', () => {
  it('binds every number of the template to the plan; the prose between is text the drafter edits', () => {
    const plan = largePlan();
    const doc = buildExplanationTemplate(plan);
    for (const block of doc.blocks) {
      for (const segment of block.segments) if ('text' in segment) expect(segment.text, segment.text).not.toMatch(/\d+(项|个|微克|%|吨)/);
    }
    const bound = doc.blocks.flatMap((b) => b.segments.filter((s) => 'bind' in s).map((s) => ('bind' in s ? s.bind.type : '')));
    for (const type of ['draftingUnit', 'basisDocuments', 'indicatorBaseline', 'totalSentence', 'partSentence']) expect(bound).toContain(type);
  });

  it('reads a 起草说明 stored before these changes and exports it unchanged in meaning', async () => {
    const stored = {
      title: '《行动计划》的起草说明',
      blocks: [
        { style: 'heading1', segments: [{ text: '一、起草背景及过程' }] },
        {
          style: 'body',
          segments: [
            { bind: { type: 'indicatorBaselineYear', indicatorId: 901 } },
            { text: '年，PM2.5年均浓度为' },
            { bind: { type: 'indicatorBaseline', indicatorId: 901 } },
            { text: '。' },
          ],
        },
        { style: 'body', segments: [{ text: '我们自己写的一段话，保留。' }] },
      ],
    };
    const doc = ExplanationDoc.parse(JSON.parse(JSON.stringify(stored)));
    const texts = (await exportAndRead(exportExplanation(smallPlan(), doc), 'old.docx')).paragraphs.map((p) => p.text);
    expect(texts).toEqual(['《行动计划》的起草说明', '一、起草背景及过程', '2023年，PM2.5年均浓度为29微克/立方米。', '我们自己写的一段话，保留。']);
  });

  it('keeps the basis list, drafting unit and 附件 label the drafter sets, one line per document', async () => {
    const db = createSamplePlan(path.join(tempDir(), 'settings.qicao'));
    db.transaction(() =>
      writeDocumentSettings(db, {
        basis: '《推进美丽北京建设 持续深入打好污染防治攻坚战2024年行动计划》（京政办发〔2024〕4号）\n《北京市土壤污染防治条例》',
        attachmentLabel: '附件3',
      }),
    )();
    const plan = readPlanWithFacts(db);
    expect(readDocumentSettings(db).draftingUnit).toBe('区生态环境局');
    db.close();
    const texts = (await exportAndRead(exportExplanation(plan), 'settings.docx')).paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('附件3');
    expect(texts.find((t) => t.startsWith('为巩固'))).toContain('（京政办发〔2024〕4号）、《北京市土壤污染防治条例》各项措施要求');
  });
});
