import { describe, expect, it } from 'vitest';
import { countsReport } from '../../../core/counts/report.ts';
import { DEFAULT_LEVEL_SCHEME } from '../../../core/model/levels.ts';
import { changeLevelScheme, readLevelScheme } from '../../../core/store/level-scheme.ts';
import { addNode, deleteNode } from '../../../core/store/nodes.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { installUndo, undo } from '../../../core/store/undo.ts';
import { upgradeSmallPlanFrom } from '../../helpers/migration.ts';

describe('migration 0007 (level scheme and text sections)', () => {
  it('gives a version-6 plan four levels with the default names, and keeps its shape rules', () => {
    const db = upgradeSmallPlanFrom(6);
    expect(readLevelScheme(db)).toEqual(DEFAULT_LEVEL_SCHEME);
    const plan = readPlan(db);
    expect(plan.sections).toEqual([]);
    expect(countsReport(db).parts[0].sentence).toBe('本部分内容包括两个方面，3项重点任务，4项具体措施。');
    // still four levels: a key task needs its aspect
    expect(() => addNode(db, { parentId: plan.parts[0].id, kind: 'keyTask', title: '任务' })).toThrow(/重点任务只能放在方面下/);
    db.close();
  });

  it('adds text sections that are numbered among the parts, never counted, and come back whole on undo', () => {
    const db = upgradeSmallPlanFrom(6);
    installUndo(db);
    const id = addNode(db, { parentId: null, kind: 'section', title: '总体要求', index: 0 });
    db.prepare('UPDATE node SET content = ? WHERE id = ?').run('坚持精准治污。', id);
    expect(readPlan(db).sections).toEqual([{ kind: 'section', id, title: '总体要求', content: '坚持精准治污。', order: 0 }]);
    expect(countsReport(db).parts).toHaveLength(2);
    expect(db.prepare('SELECT count(*) AS n FROM part_count WHERE part_id = ?').get(id)).toEqual({ n: 0 });
    deleteNode(db, id);
    expect(readPlan(db).sections).toEqual([]);
    undo(db);
    expect(readPlan(db).sections.map((s) => [s.id, s.title, s.order])).toEqual([[id, '总体要求', 0]]);
    expect(countsReport(db).totals).toMatchObject({ aspects: 3, keyTasks: 4, measures: 5 });
    db.close();
  });

  it('makes a change of the level names an undoable step', () => {
    const db = upgradeSmallPlanFrom(6);
    installUndo(db);
    changeLevelScheme(db, { names: { measure: '工作措施' } });
    expect(countsReport(db).totals.sentence).toBe('共计4项重点任务、5项工作措施。');
    undo(db);
    expect(countsReport(db).totals.sentence).toBe('共计4项重点任务、5项具体措施。');
    db.close();
  });
});
