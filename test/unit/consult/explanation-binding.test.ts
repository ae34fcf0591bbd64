// The 起草说明's consultation sentence is bound to the same numbers as the 意见采纳情况表.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTypedComment, resolveComment } from '../../../core/consult/comments.ts';
import { consultationSummary } from '../../../core/consult/summary.ts';
import { createRound } from '../../../core/consult/rounds.ts';
import { exportDocument } from '../../../core/documents/export/service.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';

function paragraphs(buffer: Buffer): string {
  const file = path.join(tempDir(), 'e.docx');
  fs.writeFileSync(file, buffer);
  return execFileSync('/usr/bin/python3', ['-c', 'import docx,sys; print("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))', file], { encoding: 'utf8' });
}

describe('the consultation sentence of the 起草说明', () => {
  it('is absent before any round, then states the adoption numbers and follows each decision', async () => {
    const db = createSamplePlan(path.join(tempDir(), 'p.qicao'));
    expect(paragraphs((await exportDocument(db, 'explanation')).data)).not.toContain('征求了');

    const round = createRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区水务局', '区交通局', '雁栖镇'] }, { send: true });
    const a = addTypedComment(db, { roundId: round.id, unit: '区水务局', text: '建议将完成时限提前至2024年10月底。' });
    addTypedComment(db, { roundId: round.id, unit: '区水务局', text: '建议增加河长制巡河内容。' });
    resolveComment(db, a.id, 'adopted', '已采纳，修改完成时限。');

    const summary = consultationSummary(db);
    const text = paragraphs((await exportDocument(db, 'explanation')).data);
    // 征求 once: the number of units asked, then what came back, with the pending comment stated
    expect(text).toContain('我单位于2024年2月20日征求了3个相关单位的意见，收到1个单位反馈意见2条，其中采纳1条，另有1条待处理，2个单位尚未反馈。根据反馈意见修改完善，形成报审稿。');
    expect(summary.sentence).toBe('共征求3个单位意见，收到1个单位反馈意见2条，其中采纳1条，另有1条待处理，2个单位尚未反馈。');

    // the same numbers as the adoption table's closing line
    const adoption = paragraphs((await exportDocument(db, 'adoption')).data);
    expect(adoption).toContain(summary.sentence);
    db.close();
  });
});
