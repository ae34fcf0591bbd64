import { describe, expect, it } from 'vitest';
import { readDocumentSettings, writeDocumentSettings } from '../../../core/store/document-settings.ts';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

describe('migration 0008 (document settings)', () => {
  it('upgrades a plan with nothing set, then keeps what the drafter sets, one row per setting', () => {
    const db = upgradeSmallPlanFrom(7);
    expect(readDocumentSettings(db)).toEqual({ titleBreak: '', draftingUnit: '', basis: '', attachmentLabel: '' });
    db.transaction(() => writeDocumentSettings(db, { draftingUnit: '区生态环境局', attachmentLabel: '附件2' }))();
    db.transaction(() => writeDocumentSettings(db, { draftingUnit: '区水务局', attachmentLabel: '' }))();
    expect(readDocumentSettings(db)).toMatchObject({ draftingUnit: '区水务局', attachmentLabel: '' });
    expect(db.prepare('SELECT count(*) AS n FROM document_setting').get()).toEqual({ n: 1 });
    expect(() => db.prepare("INSERT INTO document_setting (key, value) VALUES ('other', 'x')").run()).toThrow(/CHECK/);
    db.close();
  });
});
