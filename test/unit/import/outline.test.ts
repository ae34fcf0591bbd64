// Plans as drafters write them: numbering in the text or from heading styles, measures with or
// without numbers, notes with other field names, text that fits nowhere reported verbatim.
import { describe, expect, it } from 'vitest';
import { readPlanDocument } from '../../../core/documents/import/index.ts';
import { makeDocx, p } from './make-docx.ts';

const txt = (lines: string[]) => readPlanDocument({ name: '计划.txt', bytes: new Uint8Array(Buffer.from(lines.join('\n'))) });

describe('a plan written in the 一、/（一）/1./（1） outline', () => {
  it('reads parts, aspects, key tasks and measures with their notes; the preamble is kept', async () => {
    const doc = await txt([
      '附件1',
      '怀柔区2025年大气污染防治行动计划',
      '为持续改善空气质量，制定本计划。',
      '一、大气污染防治',
      '主要目标：PM2.5年均浓度不高于27微克/立方米。',
      '主要内容：一是治理扬尘。二是治理油烟。',
      '（一）扬尘管控',
      '1.施工扬尘',
      '（1）落实“六个百分之百”。（牵头单位：区住房城乡建设委；配合单位：区城市管理委、各镇乡人民政府、街道办事处；完成时限：2025年底前）',
      '（2）开展道路扬尘巡查。（责任单位：区城市管理委；完成时间：长期坚持）',
      '2.道路扬尘',
      '（1）提高道路清扫保洁水平。',
    ]);
    expect(doc.kind).toBe('plan');
    expect(doc.spec.title).toBe('怀柔区2025年大气污染防治行动计划');
    expect(doc.spec.year).toBe(2025);
    const [part] = doc.spec.parts;
    expect(part).toMatchObject({ title: '大气污染防治', goals: 'PM2.5年均浓度不高于27微克/立方米。', content: '一是治理扬尘。二是治理油烟。' });
    expect(part.aspects[0].title).toBe('扬尘管控');
    expect(part.aspects[0].keyTasks.map((t) => t.title)).toEqual(['施工扬尘', '道路扬尘']);
    expect(part.aspects[0].keyTasks[0].measures).toEqual([
      {
        text: '落实“六个百分之百”。',
        leadUnits: ['区住房城乡建设委'],
        supportUnits: ['区城市管理委', '各镇乡人民政府、街道办事处'],
        deadline: '2025年底前',
        indicators: [],
      },
      { text: '开展道路扬尘巡查。', leadUnits: ['区城市管理委'], supportUnits: [], deadline: '长期坚持', indicators: [] },
    ]);
    expect(part.aspects[0].keyTasks[1].measures[0]).toMatchObject({ text: '提高道路清扫保洁水平。', leadUnits: [], deadline: '' });
    // "附件1" is front matter, set aside with its reason; the preamble is kept as the plan's own.
    expect(doc.rows[0]).toMatchObject({ index: 0, as: 'skipped', skipped: '附件标记' });
    expect(doc.leftovers).toEqual([]);
    expect(doc.spec.preamble).toBe('为持续改善空气质量，制定本计划。');
    expect(doc.rows.find((r) => r.index === 2)?.as).toBe('preamble');
  });

  it('takes unmarked paragraphs after a part heading as its content, and numbered lines inside 主要目标 as goals', async () => {
    const doc = await txt([
      '测试计划',
      '一、水污染防治',
      '主要目标为：',
      '1.断面水质达标率100%。',
      '2.完成COD减排630吨。',
      '按照“三水统筹”思路推进。',
      '（一）水资源保护',
      '1.饮用水保护',
      '（1）划定水源保护区。（牵头单位：区水务局）',
    ]);
    const [part] = doc.spec.parts;
    expect(part.goals).toBe('\n1.断面水质达标率100%。\n2.完成COD减排630吨。\n按照“三水统筹”思路推进。');
    expect(part.aspects[0].keyTasks[0].measures[0].leadUnits).toEqual(['区水务局']);
  });

  it('reads unnumbered measures under a key task when the document numbers none', async () => {
    const doc = await txt(['测试计划', '一、土壤污染防治', '（一）建设用地', '1.落实风险管控', '开展重点地块调查。（牵头单位：区生态环境局）', '建立污染地块名录。']);
    expect(doc.spec.parts[0].aspects[0].keyTasks[0].measures.map((m) => m.text)).toEqual(['开展重点地块调查。', '建立污染地块名录。']);
    expect(doc.leftovers).toEqual([]);
  });

  it('reports an unnumbered paragraph among numbered measures as a leftover, not a measure', async () => {
    const doc = await txt(['测试计划', '一、生态保护', '（一）生物多样性', '1.加强保护', '（1）开展调查。', '此项工作由区园林绿化局统筹。']);
    expect(doc.spec.parts[0].aspects[0].keyTasks[0].measures.map((m) => m.text)).toEqual(['开展调查。']);
    expect(doc.leftovers).toMatchObject([{ paragraph: 5, text: '此项工作由区园林绿化局统筹。' }]);
  });

  it('splits "1.任务名。措施…（牵头单位：…）" into the key task and its one measure when （1） measures exist', async () => {
    const doc = await txt([
      '测试计划',
      '一、大气',
      '（一）移动源',
      '1.推广新能源汽车。新增新能源公交车50辆。（牵头单位：区交通局；完成时限：2024年底前）',
      '2.治理柴油货车',
      '（1）开展路检路查。（牵头单位：区公安分局）',
    ]);
    const [task] = doc.spec.parts[0].aspects[0].keyTasks;
    expect(task.title).toBe('推广新能源汽车');
    expect(task.measures).toEqual([{ text: '新增新能源公交车50辆。', leadUnits: ['区交通局'], supportUnits: [], deadline: '2024年底前', indicators: [] }]);
  });

  it('takes "（一）主要目标" in a three-level plan as the part\'s goals, not as a key task', async () => {
    const doc = await txt([
      '测试计划',
      '一、大气污染防治',
      '（一）主要目标',
      'PM2.5年均浓度不高于27微克/立方米。',
      '（二）推进产业结构调整',
      '1.淘汰落后产能。依法依规淘汰落后生产工艺装备。（市工信局牵头）',
    ]);
    expect(doc.spec.levels.aspects).toBe(false);
    expect(doc.spec.parts[0].goals).toBe('PM2.5年均浓度不高于27微克/立方米。');
    expect(doc.spec.parts[0].keyTasks.map((t) => [t.title, t.measures.map((m) => m.leadUnits)])).toEqual([['推进产业结构调整', [['市工信局']]]]);
  });

  it('reads 一、→1.→（1） without a （一） level as a three-level plan, saying so', async () => {
    const doc = await txt(['测试计划', '一、应对气候变化', '1.控制温室气体排放', '（1）开展碳排放核算。']);
    expect(doc.spec.levels.aspects).toBe(false);
    expect(doc.spec.parts[0].aspects).toEqual([]);
    expect(doc.spec.parts[0].keyTasks.map((t) => [t.title, t.measures.length])).toEqual([['控制温室气体排放', 1]]);
    expect(doc.notes.join('')).toMatch(/三级/);
  });

  it('reads headings from Word heading styles when the text carries no number', async () => {
    const styles = ['1', '2', '3', '4'].map((id) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="heading ${id}"/></w:style>`).join('');
    const body = [
      p('怀柔区行动计划'),
      p('大气污染防治', { style: '1' }),
      p('扬尘管控', { style: '2' }),
      p('施工扬尘', { style: '3' }),
      p('落实六个百分之百。（牵头单位：区住房城乡建设委）', { style: '4' }),
    ].join('');
    const doc = await readPlanDocument({ name: '样式.docx', bytes: makeDocx(body, { styles }) });
    expect(doc.spec.parts[0].title).toBe('大气污染防治');
    expect(doc.spec.parts[0].aspects[0].keyTasks[0]).toEqual({
      title: '施工扬尘',
      measures: [{ text: '落实六个百分之百。', leadUnits: ['区住房城乡建设委'], supportUnits: [], deadline: '', indicators: [] }],
    });
  });

  it('calls a document without any structure unknown, keeping every paragraph as a leftover or the title', async () => {
    const doc = await txt(['关于召开会议的通知', '定于明天上午开会。', '请准时参加。']);
    expect(doc.kind).toBe('unknown');
    expect(doc.spec.title).toBe('关于召开会议的通知');
    expect(doc.leftovers.map((l) => l.text)).toEqual(['定于明天上午开会。', '请准时参加。']);
  });
});
