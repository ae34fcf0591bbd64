import { describe, expect, it } from 'vitest';
import { QicaoError } from '../../../core/errors.ts';
import { addNode, deleteNode, moveNode, renameNode } from '../../../core/store/nodes.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { installUndo, undo } from '../../../core/store/undo.ts';
import { beginAdjustment, endAdjustment, issuePlan, listAdjustments } from '../../../core/year/issue.ts';
import { issueLockError } from '../../../core/store/issue-lock.ts';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

const measureIds = (db: ReturnType<typeof upgradeSmallPlanFrom>) =>
  (db.prepare("SELECT id FROM node WHERE kind = 'measure' ORDER BY id").all() as { id: number }[]).map((r) => r.id);

function refused(edit: () => void): string {
  try {
    edit();
  } catch (e) {
    // the store's own paths (undo) already say it in Chinese; a raw edit meets the trigger's refusal
    const locked = e instanceof QicaoError ? e : issueLockError(e);
    if (locked) return locked.message;
    throw e;
  }
  throw new Error('the edit went through');
}

describe('migration 0010 (the plan’s year)', () => {
  it('upgrades a version-9 plan: editing as before until issued, then only inside an adjustment', () => {
    const db = upgradeSmallPlanFrom(9);
    installUndo(db);
    const [first, second] = measureIds(db);
    renameNode(db, first, '发行前改写。');
    undo(db);
    expect(readPlan(db).parts[0]).toBeDefined();

    issuePlan(db, { docNumber: '怀政办发〔2024〕3号', issueDate: '2024-03-15' });
    const keyTask = (db.prepare('SELECT parent_id AS p FROM node WHERE id = ?').get(first) as { p: number }).p;
    expect(refused(() => renameNode(db, first, '改写。'))).toMatch(/^计划已印发.*记录一次调整/);
    expect(refused(() => deleteNode(db, second))).toMatch(/^计划已印发/);
    expect(refused(() => addNode(db, { kind: 'measure', parentId: keyTask, title: '新措施。' }))).toMatch(/^计划已印发/);
    expect(refused(() => db.prepare("UPDATE measure_unit SET role = 'lead' WHERE 0").run() && db.prepare('DELETE FROM measure_unit').run())).toMatch(/^计划已印发/);
    // the part's goals are prose, not structure: still free
    const part = readPlan(db).parts[0];
    db.prepare('UPDATE node SET goals = ? WHERE id = ?').run('新的主要目标。', part.id);

    beginAdjustment(db, { reason: '按区政府要求调整', madeBy: '综合科' });
    renameNode(db, first, '调整后的措施。');
    renameNode(db, first, '调整后的措施内容。');
    const added = addNode(db, { kind: 'measure', parentId: keyTask, title: '新增措施。' });
    deleteNode(db, second);
    endAdjustment(db);
    const [adjustment] = listAdjustments(db);
    expect(adjustment.changes.map((c) => [c.action, c.description])).toEqual([
      ['text', expect.stringMatching(/改为“调整后的措施内容。”$/)],
      ['add', '新增“新增措施。”'],
      ['delete', expect.stringMatching(/^删除“/)],
    ]);
    expect(adjustment.changes.find((c) => c.action === 'add')?.nodeId).toBe(added);
    // closed again: undoing the adjustment's edits needs another adjustment
    expect(refused(() => undo(db))).toMatch(/^计划已印发/);
    expect(refused(() => moveNode(db, first, keyTask, 5))).toMatch(/^计划已印发/);
    db.close();
  });
});
