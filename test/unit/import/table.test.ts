// Plans laid out as a 任务分工表, as units send them: merged cells, repeated text instead of
// merges, part rows across the table, several measures in one cell, columns in another order.
import { describe, expect, it } from 'vitest';
import { readPlanDocument } from '../../../core/documents/import/index.ts';
import { makeDocx, p, table } from './make-docx.ts';

const read = (body: string) => readPlanDocument({ name: '分工表.docx', bytes: makeDocx(body) });

describe('a plan laid out as a task table', () => {
  it('follows vertical merges: a "continue" cell belongs to the node above, a "restart" one starts a new node', async () => {
    const doc = await read(
      p('怀柔区2024年大气污染防治任务分工表') +
        p('一、大气污染防治') +
        table([
          ['序号', '方面', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
          [
            '1',
            { text: '（一）扬尘管控', vMerge: 'restart' },
            { text: '1.施工扬尘', vMerge: 'restart' },
            '（1）落实六个百分之百。',
            '区住房城乡建设委',
            '各镇乡人民政府、街道办事处',
            '2024年底前',
          ],
          ['2', { text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, '开展执法检查。', '区城市管理委', '', '长期坚持'],
          ['3', { text: '', vMerge: 'continue' }, { text: '施工扬尘', vMerge: 'restart' }, '第二个同名任务的措施。', '区交通局', '', ''],
          ['4', { text: '移动源', vMerge: 'restart' }, { text: '推广新能源汽车', vMerge: 'restart' }, '新增新能源公交车。', '区交通局', '区财政局、区商务局', '2024年底前'],
        ]),
    );
    expect(doc.kind).toBe('table');
    expect(doc.spec.title).toBe('怀柔区2024年大气污染防治');
    const [part] = doc.spec.parts;
    expect(part.title).toBe('大气污染防治');
    expect(part.aspects.map((a) => [a.title, a.keyTasks.map((t) => [t.title, t.measures.length])])).toEqual([
      [
        '扬尘管控',
        [
          ['施工扬尘', 2],
          ['施工扬尘', 1],
        ],
      ],
      ['移动源', [['推广新能源汽车', 1]]],
    ]);
    expect(part.aspects[0].keyTasks[0].measures[0]).toEqual({
      text: '落实六个百分之百。',
      leadUnits: ['区住房城乡建设委'],
      supportUnits: ['各镇乡人民政府、街道办事处'],
      deadline: '2024年底前',
      indicators: [],
    });
    expect(part.aspects[1].keyTasks[0].measures[0].supportUnits).toEqual(['区财政局', '区商务局']);
  });

  it('reads a table that repeats the task text on every row instead of merging, with columns in another order', async () => {
    const doc = await read(
      table([
        ['重点任务', '牵头单位', '具体措施', '完成时限'],
        ['治理油烟', '区城市管理委', '安装油烟净化设施。', '2024年6月底前'],
        ['治理油烟', '区市场监管局', '开展抽测。', '2024年9月底前'],
        ['治理噪声', '区生态环境局', '划定声环境功能区。', '2024年底前'],
      ]),
    );
    const [part] = doc.spec.parts;
    expect(part.title).toBe('全部任务');
    // No 方面 column: a three-level plan, the key tasks directly under the part.
    expect(doc.spec.levels.aspects).toBe(false);
    expect(part.aspects).toEqual([]);
    expect(part.keyTasks.map((t) => [t.title, t.measures.map((m) => [m.text, m.leadUnits[0], m.deadline])])).toEqual([
      [
        '治理油烟',
        [
          ['安装油烟净化设施。', '区城市管理委', '2024年6月底前'],
          ['开展抽测。', '区市场监管局', '2024年9月底前'],
        ],
      ],
      ['治理噪声', [['划定声环境功能区。', '区生态环境局', '2024年底前']]],
    ]);
    expect(doc.notes.join('\n')).toMatch(/没有“部分”一级/);
  });

  it('takes rows across the whole table as part headings and several lines of one cell as several measures', async () => {
    const doc = await read(
      table([
        ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'],
        [{ text: '一、大气污染防治', span: 5 }],
        ['1', '治理扬尘', { text: ['（1）洒水降尘。', '（2）覆盖裸地。'] }, '区城市管理委', '长期坚持'],
        [{ text: '二、水污染防治', span: 5 }],
        ['2', '保护水源', '划定保护区。', '区水务局', '2024年底前'],
      ]),
    );
    expect(doc.spec.parts.map((p) => [p.title, p.keyTasks.map((t) => t.measures.map((m) => m.text))])).toEqual([
      ['大气污染防治', [['洒水降尘。', '覆盖裸地。']]],
      ['水污染防治', [['划定保护区。']]],
    ]);
    expect(doc.spec.parts[0].keyTasks[0].measures[1]).toMatchObject({ leadUnits: ['区城市管理委'], deadline: '长期坚持' });
  });

  it('reports the cells of unknown columns and tables that are not task tables as leftovers', async () => {
    const doc = await read(
      table([
        ['指标', '2023年', '2024年目标'],
        ['PM2.5', '29', '28'],
      ]) +
        table([
          ['重点任务', '具体措施', '牵头单位', '备注'],
          ['治理扬尘', '洒水降尘。', '区城市管理委', '与市级任务衔接'],
        ]),
    );
    expect(doc.kind).toBe('table');
    expect(doc.leftovers.map((l) => l.text)).toEqual(['指标', '2023年', '2024年目标', 'PM2.5', '29', '28', '与市级任务衔接']);
    expect(doc.leftovers.map((l) => doc.paragraphs[l.paragraph])).toEqual(doc.leftovers.map((l) => l.text));
  });
});

describe('headings around task tables', () => {
  it('names the part of the rows after a "一、" heading, and reads 保障措施 after the table as a text section', async () => {
    const doc = await read(
      p('任务分工表') +
        p('一、大气污染防治') +
        table([
          ['重点任务', '具体措施', '牵头单位'],
          ['治理扬尘', '洒水降尘。', '区城市管理委'],
        ]) +
        p('二、保障措施') +
        p('各单位要加强组织领导。'),
    );
    expect(doc.spec.parts.map((x) => [x.title, x.kind, x.content])).toEqual([
      ['大气污染防治', 'part', ''],
      ['保障措施', 'section', '各单位要加强组织领导。'],
    ]);
    expect(doc.leftovers).toEqual([]);
  });
});

describe('one home for header words', () => {
  it('reads back every label the export writes, under the meaning it was written for', async () => {
    const { COLUMN_LABEL, readHeader } = await import('../../../core/model/column-words.ts');
    const { TASK_COLUMN_HEADER } = await import('../../../core/documents/export/task-table.ts');
    for (const [meaning, label] of Object.entries(COLUMN_LABEL)) if (meaning !== 'other') expect(readHeader(label).meaning, label).toBe(meaning);
    for (const [key, label] of Object.entries(TASK_COLUMN_HEADER)) expect(readHeader(label).meaning, label).toBe(key);
  });
});
