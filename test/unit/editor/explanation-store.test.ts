// The 起草说明 as stored by the editor is what the exporter writes: the drafter's own words,
// with bound values resolved from the plan at export time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../core/documents/export/service.ts';
import type { ExplanationDoc } from '../../../core/documents/explanation/model.ts';
import { updateIndicator } from '../../../core/store/indicators.ts';
import type { Db } from '../../../core/store/open.ts';
import { readExplanation, resetExplanation, saveExplanation } from '../../../core/store/explanation.ts';
import { historyState, undo } from '../../../core/store/undo.ts';
import { readDocx, writeDocx } from '../export/read-docx.ts';
import { openSmallPlan } from './fixture.ts';

let db: Db;
beforeEach(() => ({ db } = openSmallPlan()));
afterEach(() => db.close());

const pm25 = () => (db.prepare("SELECT id FROM indicator WHERE name = 'PM2.5年均浓度'").get() as { id: number }).id;

describe('the stored explanation', () => {
  it('is the template until written; then the written document, also after the plan changes', () => {
    const first = readExplanation(db);
    expect(first.stored).toBe(false);
    expect(first.doc.title).toBe('《测试行动计划》的起草说明');
    const mine: ExplanationDoc = { title: '起草说明', blocks: [{ style: 'body', segments: [{ text: '目标为' }, { bind: { type: 'indicatorTarget', indicatorId: pm25() } }, { text: '。' }] }] };
    saveExplanation(db, mine);
    expect(readExplanation(db)).toEqual({ doc: mine, stored: true });
    resetExplanation(db);
    expect(readExplanation(db).stored).toBe(false);
  });

  it('saving the same document twice writes nothing (no extra undo step)', () => {
    const doc: ExplanationDoc = { title: '说明', blocks: [{ style: 'body', segments: [{ text: '一。' }] }] };
    saveExplanation(db, doc);
    db.prepare("UPDATE undo_state SET step = step + 1").run(); // as if another action ran
    saveExplanation(db, doc);
    expect(historyState(db).undo).not.toBeNull();
    undo(db);
    expect(readExplanation(db).stored).toBe(false);
  });

  it('is what the exporter writes, with the bound target as the plan has it at export', async () => {
    const doc: ExplanationDoc = {
      title: '关于行动计划的起草说明',
      blocks: [
        { style: 'heading1', segments: [{ text: '一、总体要求' }] },
        { style: 'body', segments: [{ text: 'PM2.5年均浓度目标为' }, { bind: { type: 'indicatorTarget', indicatorId: pm25() } }, { text: '，由起草人自行撰写。' }] },
      ],
    };
    saveExplanation(db, doc);
    updateIndicator(db, pm25(), { target: 27.5 });
    const file = await exportDocument(db, 'explanation');
    const read = readDocx(writeDocx(file.data, 'stored-explanation.docx'));
    const texts = read.paragraphs.map((p) => p.text);
    expect(texts).toContain('关于行动计划的起草说明');
    expect(texts).toContain('一、总体要求');
    expect(texts).toContain('PM2.5年均浓度目标为27.5微克/立方米，由起草人自行撰写。');
  });
});
