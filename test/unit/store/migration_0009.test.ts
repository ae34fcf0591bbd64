import { describe, expect, it } from 'vitest';
import { acceptChange } from '../../../core/consult/apply-change.ts';
import { getComment } from '../../../core/consult/comments.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { installUndo, redo, undo } from '../../../core/store/undo.ts';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';
import { handMadeDocx, para, run } from '../consult/word-files.ts';

describe('migration 0009 (comment status in the undo log)', () => {
  it('upgrades a version-8 plan: comments imported before stay, and undoing 接受修订 reverts the comment too', () => {
    const db = upgradeSmallPlanFrom(8);
    const bytes = handMadeDocx({
      document: para(run('（1）划定'), '<w:del w:id="1" w:author="王强" w:date="2024-02-26T10:15:00Z"><w:r><w:delText>水源</w:delText></w:r></w:del>', run('保护区。')),
    });
    const [item] = importFeedback(db, { unit: '区水务局', fileName: 'a.docx', bytes }).items;
    installUndo(db);
    acceptChange(db, item.id);
    undo(db);
    expect(getComment(db, item.id)).toMatchObject({ status: 'pending', edit: null });
    redo(db);
    expect(getComment(db, item.id)).toMatchObject({ status: 'adopted', edit: { after: '划定保护区。' } });
    db.close();
  });
});
