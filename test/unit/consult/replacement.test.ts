// Issue 23 point 2: a unit that replaced "渣土运输" with "渣土、砂石运输" in tracked changes asked
// for one thing, so it is one comment — "建议将“渣土运输”修改为“渣土、砂石运输”" — accepted in one
// step; a quote never starts inside a word; and the 意见采纳情况表's rows, its closing sentence
// and the 起草说明 count the same comments. Read back with python-docx.
import path from 'node:path';
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { adoptionTableData, exportAdoptionTableOf, opinionText } from '../../../core/consult/adoption.ts';
import { acceptChange } from '../../../core/consult/apply-change.ts';
import { quotable, wholeWords } from '../../../core/consult/comment-text.ts';
import { consultationFacts } from '../../../core/consult/facts.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { createRound } from '../../../core/consult/rounds.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { tempDir } from '../../helpers/plans.ts';
import { exportAndRead } from '../export/read-docx.ts';

const DATE = '2024-02-26T09:30:00Z';
const MEASURE = '严格落实建材、渣土运输车辆密闭化管理。';

const spec = {
  title: '测试行动计划',
  year: 2024,
  units: [{ name: '区交通局', kind: '委办局' }],
  parts: [
    {
      title: '大气污染防治',
      goals: '',
      content: '',
      indicators: [],
      aspects: [{ title: '扬尘管控', keyTasks: [{ title: '运输扬尘', measures: [{ text: MEASURE, leadUnits: ['区交通局'], deadline: '2024年底前' }] }] }],
    },
  ],
};

/** The unit's copy: "渣土运输" struck and "渣土、砂石运输" inserted after it, by one author; and one plain insertion. */
async function returnedCopy(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun('（1）严格落实建材、'),
              new DeletedTextRun({ text: '渣土运输', id: 1, author: '区交通局', date: DATE }),
              new InsertedTextRun({ text: '渣土、砂石运输', id: 2, author: '区交通局', date: DATE }),
              new TextRun('车辆密闭化管理'),
              new InsertedTextRun({ text: '和路面冲洗', id: 3, author: '区交通局', date: DATE }),
              new TextRun('。'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('a tracked replacement', () => {
  it('is one comment, accepted in one step, counted once everywhere', async () => {
    const db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(spec)));
    createRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区交通局'] }, { send: true });
    const result = importFeedback(db, { unit: '区交通局', fileName: '交通局.docx', bytes: await returnedCopy() });
    expect(result.items.map((i) => [i.kind, i.quote, i.text])).toEqual([
      ['deletion', '渣土运输', '渣土、砂石运输'],
      ['insertion', expect.any(String), '和路面冲洗'],
    ]);
    const data = adoptionTableData(db);
    expect(data.rows.map((r) => r.content)).toEqual([
      '建议将“渣土运输”修改为“渣土、砂石运输”。',
      // back to the clause's start, never from inside a word
      '建议在“渣土运输车辆密闭化管理”后增加“和路面冲洗”。',
    ]);
    // the sentence counts what a reader counts in the rows
    expect(data.summary).toContain(`反馈意见${data.rows.length}条`);
    expect(consultationFacts(db)?.replies).toContain(`反馈意见${data.rows.length}条`);

    const replaced = acceptChange(db, result.items[0].id);
    expect(replaced.edit?.after).toBe('严格落实建材、渣土、砂石运输车辆密闭化管理。');
    const doc = await exportAndRead(exportAdoptionTableOf(db), '采纳情况表.docx');
    db.close();
    const rows = doc.tables[0].rows.slice(1).map((r) => r.cells.map((c) => c.text));
    expect(rows[0][3]).toBe('建议将“渣土运输”修改为“渣土、砂石运输”。');
    expect(rows[1][3]).toMatch(/^建议在“[^”]*车辆密闭化管理”后增加“和路面冲洗”。$/);
    expect(rows.map((r) => r[4])).toEqual(['采纳', '待处理']);
    expect(doc.paragraphs.at(-1)!.text).toContain(`反馈意见${rows.length}条`);
  });
});

describe('quotes', () => {
  it('never start or end inside a word', () => {
    expect(wholeWords('材、渣土运输', MEASURE)).toBe('建材、渣土运输');
    expect(wholeWords('实建材、渣土运', MEASURE)).toBe('落实建材、渣土运输');
    const insertion = { kind: 'insertion' as const, quote: '', text: '砂石', reason: '', context: { before: '材、渣土', after: '运输车' } };
    expect(opinionText(insertion as never, MEASURE)).toBe('建议在“严格落实建材、渣土”后增加“砂石”。');
    // a long quote is cut between words, with "…"
    const long = quotable('推进工业涂装企业低挥发性原辅材料替代并加强建材、渣土运输车辆管理', 30);
    expect(long.endsWith('…')).toBe(true);
    expect(wholeWords(long.slice(0, -1), '推进工业涂装企业低挥发性原辅材料替代并加强建材、渣土运输车辆管理')).toBe(long.slice(0, -1));
  });
});
