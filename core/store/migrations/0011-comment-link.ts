// A change the drafter made in answer to a comment, linked to it by hand (issue 21): a measure
// added because a unit asked for it cannot be anchored to the comment (it did not exist when the
// comment came), so the 修改对照表 and `qicao compare` showed "新增具体措施" without its source.
// One row per (comment, node); the link goes with either (ON DELETE CASCADE). Linking is a user
// action, so it is logged for undo like comment_edit (same trigger shapes as migration 0009).
//
// Literal SQL only (a shipped migration never changes its result, so it calls no shared helper).
import type { Migration } from './index.ts';

export const migration0011: Migration = {
  version: 11,
  name: 'comment-link',
  up: `
CREATE TABLE comment_link (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
  node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  linked_at TEXT NOT NULL,
  UNIQUE (comment_id, node_id)
) STRICT;
CREATE INDEX comment_link_by_node ON comment_link(node_id);
CREATE TRIGGER undo_comment_link_insert AFTER INSERT ON comment_link WHEN (SELECT recording FROM undo_state WHERE id = 1) BEGIN
  INSERT INTO undo_log (stack, step, row_key, sql) SELECT CASE mode WHEN 'undo' THEN 'redo' ELSE 'undo' END, step, NULL, 'DELETE FROM comment_link' || ' WHERE ' || 'id=' || quote(NEW.id) FROM undo_state WHERE id = 1;
END;
CREATE TRIGGER undo_comment_link_delete AFTER DELETE ON comment_link WHEN (SELECT recording FROM undo_state WHERE id = 1) BEGIN
  INSERT INTO undo_log (stack, step, row_key, sql) SELECT CASE mode WHEN 'undo' THEN 'redo' ELSE 'undo' END, step, NULL, 'INSERT INTO comment_link (id, comment_id, node_id, linked_at) VALUES (' || quote(OLD.id) || ',' || quote(OLD.comment_id) || ',' || quote(OLD.node_id) || ',' || quote(OLD.linked_at) || ')' FROM undo_state WHERE id = 1;
END;
`,
};
