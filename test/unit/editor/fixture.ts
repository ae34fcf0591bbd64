// A small plan file with undo recording on, as the app opens it.
import path from 'node:path';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { installUndo } from '../../../core/store/undo.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';

export function openSmallPlan(): { db: Db; file: string } {
  const file = path.join(tempDir(), 'small.qicao');
  const db = createPlanFile(file, (d) => fillPlan(d, PlanSpec.parse(smallPlan)));
  installUndo(db);
  return { db, file };
}

export function nodeId(db: Db, title: string): number {
  const row = db.prepare('SELECT id FROM node WHERE title = ?').get(title) as { id: number } | undefined;
  if (!row) throw new Error(`no node “${title}”`);
  return row.id;
}
