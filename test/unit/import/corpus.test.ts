// Plans in the shapes other cities publish them (test/fixtures/import/*.txt, and two task tables
// built here as Word files): every measure, unit and deadline must come out right, no fragment of
// a responsibility phrase may become a unit, and what is set aside is said in the notes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanDocument, type PlanDocument } from '../../../core/documents/import/index.ts';
import type { PlanSpec } from '../../../core/model/plan-spec.ts';
import { makeDocx, p, projectTableHeader, table } from './make-docx.ts';

const fixture = (name: string) => readPlanDocument(path.resolve('test/fixtures/import', name));

type Part = PlanSpec['parts'][number];
const tasksOf = (part: Part) => [...part.aspects.flatMap((a) => a.keyTasks), ...part.keyTasks];
const measuresOf = (spec: PlanSpec) => spec.parts.flatMap((x) => tasksOf(x).flatMap((t) => t.measures));
const tally = (spec: PlanSpec) => ({
  parts: spec.parts.filter((x) => x.kind === 'part').length,
  sections: spec.parts.filter((x) => x.kind === 'section').map((x) => x.title),
  aspects: spec.parts.reduce((n, x) => n + x.aspects.length, 0),
  keyTasks: spec.parts.reduce((n, x) => n + tasksOf(x).length, 0),
  measures: measuresOf(spec).length,
});
/** A unit name never carries a label, a clause or a filler word. */
const JUNK = /[：:]|不再|以下|列出|等$|^等|负责|牵头|参与|落实|^各$|^\d/;
function expectCleanUnits(doc: PlanDocument) {
  for (const u of doc.spec.units) expect(u.name, `单位“${u.name}”`).not.toMatch(JUNK);
  for (const m of measuresOf(doc.spec)) for (const u of [...m.leadUnits, ...m.supportUnits]) expect(u).not.toMatch(JUNK);
}

describe('a Chaozhou-style plan: 1. items are measures with （X牵头，Y等参与） and 〔〕 phrases', () => {
  it('reads a three-level plan with text sections, every unit and deadline, and the 版记 set aside', async () => {
    const doc = await fixture('chaozhou-verb-style.txt');
    expect(doc.kind).toBe('plan');
    expect(doc.spec.title).toBe('潮州市2024年大气污染防治工作方案');
    expect(doc.spec.year).toBe(2024);
    expect(doc.spec.levels.aspects).toBe(false);
    expect(tally(doc.spec)).toEqual({ parts: 1, sections: ['总体要求', '保障措施'], aspects: 0, keyTasks: 3, measures: 7 });
    const m = measuresOf(doc.spec);
    expect(m[0]).toMatchObject({ leadUnits: ['市生态环境局'], supportUnits: ['市发展和改革局'], deadline: '' });
    expect(m[0].text).toBe('制定实施生态环境准入清单。严格落实“三线一单”生态环境分区管控要求，坚决遏制高耗能、高排放项目盲目发展。');
    expect(m[1]).toMatchObject({ leadUnits: ['市工业和信息化局'], supportUnits: ['市生态环境局', '市市场监管局', '各县区'], deadline: '2024年底前' });
    expect(m[3]).toMatchObject({ leadUnits: ['市交通运输局'], supportUnits: ['市工业和信息化局', '市财政局'], deadline: '2024年12月底前' });
    expect(m[4]).toMatchObject({ leadUnits: ['市公安局', '市生态环境局'], supportUnits: [] });
    expect(m[5].supportUnits).toEqual(['市城市管理和综合执法局', '市交通运输局', '市水务局', '各县区']);
    const sections = doc.spec.parts.filter((x) => x.kind === 'section');
    expect(sections[0].content).toContain('（一）指导思想');
    expect(sections[1].content).toContain('（二）强化考核问责。');
    expectCleanUnits(doc);
    expect(doc.notes.join('\n')).toMatch(/三级/);
    expect(doc.notes.join('\n')).toMatch(/版记/);
    expect(doc.rows.filter((r) => r.as === 'skipped').map((r) => r.skipped)).toEqual(['版记（抄送）', '版记（印发机关和日期）']);
    // the preamble is the plan's own: kept (and exported), not a leftover
    expect(doc.leftovers).toEqual([]);
    expect(doc.spec.preamble).toBe('为深入打好蓝天保卫战，持续改善全市环境空气质量，制定本方案。');
  });
});

describe('a plan inside its covering notice', () => {
  it('takes the title from the attachment, sets the notice aside and keeps four levels', async () => {
    const doc = await fixture('notice-attachment-four-level.txt');
    expect(doc.spec.title).toBe('怀柔区2025年生态环境保护工作要点');
    expect(doc.spec.year).toBe(2025);
    expect(doc.spec.levels.aspects).toBe(true);
    expect(tally(doc.spec)).toEqual({ parts: 2, sections: ['总体要求', '工作要求'], aspects: 3, keyTasks: 4, measures: 5 });
    expect(doc.rows.filter((r) => r.as === 'skipped').map((r) => r.skipped)).toEqual([
      '发文机关标志',
      '通知标题',
      '文号',
      '主送机关',
      '通知正文',
      '发文机关署名',
      '成文日期',
      '附注',
      '附件标记',
      '版记（抄送）',
      '版记（印发机关和日期）',
    ]);
    expect(doc.leftovers).toEqual([]);
    expect(doc.notes.join('\n')).toContain('计划标题取自附件的标题“怀柔区2025年生态环境保护工作要点”');
    expect(doc.spec.parts[1].goals).toBe('PM2.5年均浓度不高于27微克/立方米。');
    expect(measuresOf(doc.spec)[0]).toMatchObject({ leadUnits: ['区住房城乡建设委'], supportUnits: ['区城市管理委', '各镇乡人民政府、街道办事处'], deadline: '2025年底前' });
    expectCleanUnits(doc);
  });
});

describe('a 牵头单位/实施单位 phrase with "以下……不再列出"', () => {
  it('applies the rule to the measures after it, records it once, and makes no junk unit', async () => {
    const doc = await fixture('rule-not-listed.txt');
    expect(tally(doc.spec)).toEqual({ parts: 1, sections: ['主要目标', '组织实施'], aspects: 0, keyTasks: 2, measures: 5 });
    const [m1, m2, m3, m4, m5] = measuresOf(doc.spec);
    expect(m1).toMatchObject({ leadUnits: ['市发改委'], supportUnits: ['各区、县（市）政府（管委会）'] });
    expect(m2).toMatchObject({ leadUnits: ['市发改委'], supportUnits: ['各区、县（市）政府（管委会）'] });
    // Its own lead is kept; the rule still adds the implementers.
    expect(m3).toMatchObject({ leadUnits: ['市经信局'], supportUnits: ['各区、县（市）政府（管委会）'] });
    // The next key task is outside the rule.
    expect(m4).toMatchObject({ leadUnits: ['市发改委'], supportUnits: ['市统计局'], deadline: '2024年12月底前' });
    expect(m5).toMatchObject({ leadUnits: ['市住建局'], supportUnits: ['市发改委'] });
    expect(doc.spec.units.map((u) => u.name).sort()).toEqual(['各区、县（市）政府（管委会）', '市发改委', '市住建局', '市统计局', '市经信局'].sort());
    expectCleanUnits(doc);
    const ruleNotes = doc.notes.filter((n) => n.includes('不再列出'));
    expect(ruleNotes).toHaveLength(1);
    expect(ruleNotes[0]).toContain('3项措施');
    expect(doc.rows.find((r) => r.title === '推进产业结构优化')?.rule).toContain('不再列出');
  });
});

describe('责任单位 lines of their own', () => {
  it('gives each line to the item above it instead of making a measure of it', async () => {
    const doc = await fixture('unit-lines.txt');
    expect(tally(doc.spec)).toEqual({ parts: 2, sections: [], aspects: 0, keyTasks: 3, measures: 5 });
    expect(measuresOf(doc.spec).map((m) => [m.leadUnits, m.supportUnits, m.deadline])).toEqual([
      [['区发改局', '区市场监管局'], [], ''],
      [['区商务局', '区交警大队'], [], '2024年11月底前'],
      [['区建设局'], ['各街道'], ''],
      [['区河长办'], ['区城管局', '区农业农村局'], ''],
      [['区发改局（区统计局）'], [], ''],
    ]);
    expect(doc.rows.filter((r) => r.as === 'units')).toHaveLength(7);
    expect(doc.rows.find((r) => r.text === '责任单位：区发改局、区市场监管局')?.rule).toBe('并入第4段的措施');
    expect(doc.leftovers).toEqual([]);
    expectCleanUnits(doc);
  });
});

const docx = (name: string, body: string) => readPlanDocument({ name, bytes: makeDocx(body) });

describe('task tables by header meaning', () => {
  it('keeps both 牵头部门 and 主责单位, and reads rows across the table as parts, not tasks', async () => {
    const doc = await docx(
      '分工表.docx',
      p('关于印发《某区2024年生态环境保护重点任务分工表》的通知') +
        p('各街道办事处，区直各单位：') +
        p('现将《某区2024年生态环境保护重点任务分工表》印发给你们，请认真贯彻落实。') +
        p('某区人民政府办公室') +
        p('2024年2月1日') +
        p('附件') +
        p('某区2024年生态环境保护重点任务分工表') +
        table([
          ['序号', '重点任务', '工作措施', '牵头部门', '主责单位', '协办单位', '完成时限'],
          [{ text: '一、空气质量目标', span: 7 }],
          ['1', { text: '治理工业废气', vMerge: 'restart' }, '完成10家企业VOCs深度治理。', '市生态环境局', '区生态环境分局', '区经信局', '2024年10月底前'],
          ['2', { text: '', vMerge: 'continue' }, '开展涉气企业执法检查。', '市生态环境局', '区生态环境分局', '', '长期坚持'],
          ['二', { text: '水环境质量目标', span: 6 }],
          ['3', '治理城镇污水', '新建污水管网5公里。', '市水务局', '区住建局', '各街道', '2024年底前'],
          // WPS writes a merged row as the same text in every cell
          Array(7).fill('三、土壤环境质量目标'),
          ['4', '管控建设用地', '完成3个地块土壤污染状况调查。', '市生态环境局', '区自然资源分局', '', '2024年12月底前'],
        ]),
    );
    expect(doc.kind).toBe('table');
    expect(doc.spec.title).toBe('某区2024年生态环境保护重点任务');
    expect(tally(doc.spec)).toEqual({ parts: 3, sections: [], aspects: 0, keyTasks: 3, measures: 4 });
    expect(doc.spec.parts.map((x) => x.title)).toEqual(['空气质量目标', '水环境质量目标', '土壤环境质量目标']);
    expect(measuresOf(doc.spec).map((m) => [m.text, m.leadUnits, m.supportUnits, m.deadline])).toEqual([
      ['完成10家企业VOCs深度治理。', ['市生态环境局', '区生态环境分局'], ['区经信局'], '2024年10月底前'],
      ['开展涉气企业执法检查。', ['市生态环境局', '区生态环境分局'], [], '长期坚持'],
      ['新建污水管网5公里。', ['市水务局', '区住建局'], ['各街道'], '2024年底前'],
      ['完成3个地块土壤污染状况调查。', ['市生态环境局', '区自然资源分局'], [], '2024年12月底前'],
    ]);
    expect(doc.notes.join('\n')).toContain('“牵头部门”“主责单位”列都读作牵头单位');
    expect(doc.notes.join('\n')).toMatch(/已略去.*通知标题/);
    expect(doc.columns.map((c) => [c.header, c.meaning])).toEqual([
      ['序号', 'index'],
      ['重点任务', 'keyTask'],
      ['工作措施', 'measure'],
      ['牵头部门', 'leadUnits'],
      ['主责单位', 'leadUnits'],
      ['协办单位', 'supportUnits'],
      ['完成时限', 'deadline'],
    ]);
    expect(doc.leftovers).toEqual([]);
    expectCleanUnits(doc);
  });

  const twoRowHeader = () =>
    p('2024年生态环境领域重点项目计划') +
    table([
      ...projectTableHeader('备注'),
      [{ text: '大气污染防治', vMerge: 'restart' }, '1', '燃气锅炉低氮改造', '完成30台燃气锅炉低氮改造。', '2024年9月', '区生态环境局', '区城市管理委', '续建'],
      [{ text: '', vMerge: 'continue' }, '2', '新能源公交车更新', '更新新能源公交车100辆。', '2024年12月', '区交通局', '区财政局、区国资委', ''],
      [{ text: '水污染防治', vMerge: 'restart' }, '3', '再生水厂建设', '建成再生水厂1座。', '2024年12月', '区水务局', '', '新建'],
    ]);

  it('imports a table with two header rows (领域/项目名称/主要内容/计划节点/牵头部门/配合部门) and names the column it cannot place', async () => {
    const doc = await docx('项目表.docx', twoRowHeader());
    expect(doc.kind).toBe('table');
    expect(tally(doc.spec)).toEqual({ parts: 2, sections: [], aspects: 0, keyTasks: 3, measures: 3 });
    expect(doc.spec.parts.map((x) => [x.title, x.keyTasks.map((t) => t.title)])).toEqual([
      ['大气污染防治', ['燃气锅炉低氮改造', '新能源公交车更新']],
      ['水污染防治', ['再生水厂建设']],
    ]);
    expect(measuresOf(doc.spec).map((m) => [m.text, m.leadUnits, m.supportUnits, m.deadline])).toEqual([
      ['完成30台燃气锅炉低氮改造。', ['区生态环境局'], ['区城市管理委'], '2024年9月'],
      ['更新新能源公交车100辆。', ['区交通局'], ['区财政局', '区国资委'], '2024年12月'],
      ['建成再生水厂1座。', ['区水务局'], [], '2024年12月'],
    ]);
    // 备注 is not placed: named in the notes, its cells left out with the reason, never dropped silently.
    expect(doc.notes.join('\n')).toContain('“备注”列未能识别含义');
    expect(doc.leftovers.map((l) => [l.text, l.reason])).toEqual([
      ['续建', '“备注”列未能识别含义'],
      ['新建', '“备注”列未能识别含义'],
    ]);
    expect(doc.notes.join('\n')).toContain('“项目名称”读作重点任务');
  });

  it('follows the drafter: a column given another meaning in the preview', async () => {
    const doc = await readPlanDocument({ name: '项目表.docx', bytes: makeDocx(twoRowHeader()) }, { columns: [{ table: 0, column: 7, meaning: 'deadline' }] });
    expect(doc.leftovers).toEqual([]);
    expect(measuresOf(doc.spec)[0].deadline).toBe('2024年9月；续建');
    expect(doc.columns.find((c) => c.column === 7)).toMatchObject({ header: '备注', meaning: 'deadline', chosen: true });
  });
});

describe('the drafter changes the level mapping', () => {
  it('reads the Chaozhou plan as four levels when told （一） is a 方面 and 1. a 重点任务', async () => {
    const doc = await fixture('chaozhou-verb-style.txt');
    const four = await readPlanDocument(path.resolve('test/fixtures/import/chaozhou-verb-style.txt'), { levels: { L2: 'aspect', L3: 'keyTask' } });
    expect(tally(doc.spec).measures).toBe(7);
    expect(four.spec.levels.aspects).toBe(true);
    // Each 1. item becomes a key task named by its first sentence, with its one measure.
    expect(tally(four.spec)).toMatchObject({ parts: 1, aspects: 3, keyTasks: 7, measures: 7 });
    expect(four.notes[0]).toMatch(/起草人指定/);
  });
});

describe('a notice with a wrapped title, a 附件 list and a date in Chinese numerals, around a four-level plan', () => {
  it('sets the whole notice aside and reads each phrase shape (由…牵头, …负责, 主责/协办, X配合)', async () => {
    const doc = await fixture('notice-chinese-date-four-level.txt');
    expect(doc.spec.title).toBe('杭州市某区2024年生态环境保护重点工作计划');
    expect(tally(doc.spec)).toEqual({ parts: 2, sections: ['指导思想', '保障措施'], aspects: 3, keyTasks: 4, measures: 6 });
    expect(measuresOf(doc.spec).map((m) => [m.leadUnits, m.supportUnits, m.deadline])).toEqual([
      [['区生态环境分局'], ['各街道'], ''],
      [['区生态环境分局'], [], '2024年6月底前'],
      [['区经信局'], ['区发改局', '区生态环境分局'], '2024年底'],
      [['区住建局'], ['区城管局', '区交通运输局'], '长期坚持'],
      [['区治水办'], ['区建设局', '区经信局'], ''],
      [['区建设局'], ['区治水办'], ''],
    ]);
    const skipped = doc.rows.filter((r) => r.as === 'skipped').map((r) => r.skipped);
    expect(skipped).toEqual(expect.arrayContaining(['通知标题', '通知标题（续行）', '文号', '主送机关', '附件清单', '发文机关署名', '成文日期', '附件标记']));
    expect(doc.leftovers).toEqual([]);
    expectCleanUnits(doc);
  });
});

describe('a Word plan whose key-task headings carry the units for the measures under them', () => {
  it('gives a heading’s （…牵头） to its measures that name none, and says so once', async () => {
    const doc = await docx(
      '广州方案.docx',
      p('广州市某区2024年臭氧污染防治攻坚方案') +
        p('一、工作目标') +
        p('全区臭氧浓度上升势头得到遏制。') +
        p('二、主要任务') +
        p('（一）深化VOCs综合治理（区生态环境分局牵头，区工信局参与）') +
        p('1.推进低VOCs原辅材料替代。在工业涂装、包装印刷等行业推广使用低VOCs含量原辅材料。') +
        p('2.强化无组织排放管控。对VOCs物料储存、转移输送等环节开展排查整治。') +
        p('3.实施重点企业“一企一策”。组织编制重点企业治理方案，2024年9月底前完成。（区工信局牵头）') +
        p('（二）加强移动源管控') +
        p('4.加快老旧车辆淘汰。推进国三及以下排放标准柴油货车淘汰。') +
        p('责任单位：区交通运输局、区公安分局交警大队') +
        p('三、工作要求') +
        p('各单位于每月5日前报送上月工作进展。') +
        p('抄送：市生态环境局。'),
    );
    expect(tally(doc.spec)).toEqual({ parts: 1, sections: ['工作目标', '工作要求'], aspects: 0, keyTasks: 2, measures: 4 });
    expect(measuresOf(doc.spec).map((m) => [m.leadUnits, m.supportUnits])).toEqual([
      [['区生态环境分局'], ['区工信局']],
      [['区生态环境分局'], ['区工信局']],
      [['区工信局'], []],
      [['区交通运输局', '区公安分局交警大队'], []],
    ]);
    expect(doc.notes.filter((n) => n.includes('深化VOCs综合治理'))).toEqual([
      '第5段“深化VOCs综合治理”的责任单位（牵头：区生态环境分局；配合：区工信局）已用于其下2项未写明单位的措施。',
    ]);
    expect(doc.rows.find((r) => r.text.startsWith('1.推进低VOCs'))?.rule).toContain('牵头单位承接第5段');
    expectCleanUnits(doc);
  });
});

describe('the whole file import of the corpus', () => {
  it('writes every fixture into a plan file whose counts and unit register are the reading’s', async () => {
    const { importPlanFile } = await import('../../../core/documents/import/write-plan.ts');
    const { openPlanFile } = await import('../../../core/store/open.ts');
    const { tempDir } = await import('../../helpers/plans.ts');
    const fs = await import('node:fs');
    const dir = tempDir();
    try {
      for (const name of ['chaozhou-verb-style.txt', 'notice-attachment-four-level.txt', 'rule-not-listed.txt', 'unit-lines.txt', 'notice-chinese-date-four-level.txt']) {
        const doc = await fixture(name);
        const r = await importPlanFile(path.resolve('test/fixtures/import', name), path.join(dir, name.replace(/\.txt$/, '.qicao')));
        const t = tally(doc.spec);
        expect(r.counts.totals, name).toMatchObject({ aspects: t.aspects, keyTasks: t.keyTasks, measures: t.measures });
        expect(r.counts.parts.length, name).toBe(t.parts);
        const db = openPlanFile(r.file);
        try {
          const units = (db.prepare('SELECT name FROM unit ORDER BY name').all() as { name: string }[]).map((u) => u.name);
          expect(units, name).toEqual(doc.spec.units.map((u) => u.name).sort());
          for (const u of units) expect(u, name).not.toMatch(JUNK);
        } finally {
          db.close();
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
