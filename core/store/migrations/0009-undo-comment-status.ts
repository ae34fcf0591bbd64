// A comment's status and the plan text move together through undo and redo: undoing 接受修订
// puts the text back AND the comment back to 待处理, with its edit record gone; redoing makes
// both again. Otherwise the 意见采纳情况表 would say 采纳 for words no longer in the plan.
//
// Only a comment change made in the same step as a plan edit is logged (and every change while
// undoing or redoing, so redo can re-apply it): resolving a comment on its own (采纳/不采纳 with
// a reply) stays out of the history, and importing a file — which inserts comments — is never
// undone by 撤销, since the file's record would then claim comments that are gone.
import type { Migration } from './index.ts';
import { undoTriggers } from './0006-undo-log.ts';

const COLUMNS = ['node_id', 'anchor', 'status', 'reply'];
const STACK = `CASE s.mode WHEN 'undo' THEN 'redo' ELSE 'undo' END`;
const setOld = ['id', ...COLUMNS].map((c) => `'${c}=' || quote(OLD.${c})`).join(` || ', ' || `);
const ROW_KEY = `'comment:' || OLD.id`;

export const migration0009: Migration = {
  version: 9,
  name: 'undo-comment-status',
  up: `
CREATE TRIGGER undo_comment_update AFTER UPDATE ON comment
WHEN (SELECT recording FROM undo_state WHERE id = 1)
 AND (${COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')})
 AND ((SELECT mode FROM undo_state WHERE id = 1) <> 'normal'
   OR EXISTS (SELECT 1 FROM undo_log, undo_state s WHERE s.id = 1 AND undo_log.stack = 'undo' AND undo_log.step = s.step))
 AND NOT EXISTS (SELECT 1 FROM undo_log, undo_state s WHERE s.id = 1
   AND undo_log.stack = ${STACK} AND undo_log.step = s.step AND undo_log.row_key = ${ROW_KEY}) BEGIN
  INSERT INTO undo_log (stack, step, row_key, sql)
  SELECT ${STACK}, s.step, ${ROW_KEY}, 'UPDATE comment SET ' || ${setOld} || ' WHERE id=' || quote(NEW.id) FROM undo_state s WHERE s.id = 1;
END;
${undoTriggers({ name: 'comment_edit', key: ['id'], columns: ['comment_id', 'node_id', 'before_text', 'after_text', 'applied_at'] })}
`,
};
