// The 起草说明 as stored by the editor is what the exporter writes: the drafter's own words,
// with bound values resolved from the plan at export time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../core/documents/export/service.ts';
import type { ExplanationDoc } from '../../../core/model/explanation.ts';
import { updateIndicator } from '../../../core/store/indicators.ts';
import type { Db } from '../../../core/store/open.ts';
import { readExplanation, resetExplanation, saveExplanation } from '../../../core/store/explanation.ts';
import { historyState, undo } from '../../../core/store/undo.ts';
import { readDocx, writeDocx } from '../export/read-docx.ts';
import { openSmallPlan } from './fixture.ts';
import path from 'node:path';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { tempDir } from '../../helpers/plans.ts';

let db: Db;
let file: string;
beforeEach(() => {
  ({ db, file } = openSmallPlan());
});
afterEach(() => db.close());

const pm25 = () => (db.prepare("SELECT id FROM indicator WHERE name = 'PM2.5年均浓度'").get() as { id: number }).id;

describe('the stored explanation', () => {
  it('is the template until written; then the written document, also after the plan changes', () => {
    const first = readExplanation(db);
    expect(first.stored).toBe(false);
    expect(first.doc.title).toBe('《测试行动计划》的起草说明');
    const mine: ExplanationDoc = {
      title: '起草说明',
      blocks: [{ style: 'body', segments: [{ text: '目标为' }, { bind: { type: 'indicatorTarget', indicatorId: pm25() } }, { text: '。' }] }],
    };
    saveExplanation(db, mine);
    expect(readExplanation(db)).toEqual({ doc: mine, stored: true });
    resetExplanation(db);
    expect(readExplanation(db).stored).toBe(false);
  });

  it('saving the same document twice writes nothing (no extra undo step)', () => {
    const doc: ExplanationDoc = { title: '说明', blocks: [{ style: 'body', segments: [{ text: '一。' }] }] };
    saveExplanation(db, doc);
    db.prepare('UPDATE undo_state SET step = step + 1').run(); // as if another action ran
    saveExplanation(db, doc);
    expect(historyState(db).undo).not.toBeNull();
    undo(db);
    expect(readExplanation(db).stored).toBe(false);
  });

  it('the template sent back unchanged (the editor opened, nothing typed) writes nothing and records no undo step', async () => {
    db.close(); // the session opens the file itself
    const s = new Session(path.join(tempDir(), 'data'));
    try {
      await dispatch(s, 'plan.open', { path: file });
      const shown = await dispatch(s, 'explanation.get', {});
      expect(shown).toMatchObject({ ok: true, value: { stored: false } });
      const doc = (shown as { value: { doc: ExplanationDoc } }).value.doc;
      expect(await dispatch(s, 'explanation.save', { doc })).toEqual({ ok: true, value: { ok: true } });
      expect(await dispatch(s, 'history.state', {})).toEqual({ ok: true, value: { undo: null, redo: null } });
      expect(await dispatch(s, 'explanation.get', {})).toMatchObject({ ok: true, value: { stored: false } });
      // one changed character is an edit, as before
      const edited = { ...doc, title: `${doc.title}（修改）` };
      await dispatch(s, 'explanation.save', { doc: edited });
      expect(await dispatch(s, 'history.state', {})).toEqual({ ok: true, value: { undo: '修改起草说明', redo: null } });
    } finally {
      s.close();
    }
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
