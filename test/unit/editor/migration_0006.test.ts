import { describe, expect, it } from 'vitest';
import { renameNode } from '../../../core/store/nodes.ts';
import { historyState, installUndo, undo } from '../../../core/store/undo.ts';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

describe('migration 0006 (undo log)', () => {
  it('upgrades a version-5 plan: nothing lost, no history yet, and edits become undoable', () => {
    const db = upgradeSmallPlanFrom(5);
    expect(historyState(db)).toEqual({ undo: null, redo: null });
    installUndo(db);
    const task = db.prepare("SELECT id, title FROM node WHERE kind = 'keyTask' ORDER BY id LIMIT 1").get() as { id: number; title: string };
    renameNode(db, task.id, '改过的重点任务');
    expect(historyState(db).undo).toBe('编辑');
    undo(db);
    expect(db.prepare('SELECT title FROM node WHERE id = ?').get(task.id)).toEqual({ title: task.title });
    db.close();
  });
});
