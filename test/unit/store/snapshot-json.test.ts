// A draft (稿件) is JSON inside the plan file, and the file may come from anyone: a draft whose
// JSON does not have the shape of a plan is refused with a Chinese message when it is shown,
// compared or restored, and restoring it changes nothing.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../core/compare/drafts.ts';
import { openPlanFile } from '../../../core/store/open.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { restoreSnapshot } from '../../../core/store/restore-snapshot.ts';
import { listSnapshots, readSnapshot, takeSnapshot } from '../../../core/store/snapshots.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';

/** The sample plan with one good draft, and a draft named 坏稿 whose JSON is `json` (as a sender could write it). */
function planWithDraft(craft: (plan: any) => unknown): { file: string; id: number } {
  const file = path.join(tempDir(), '计划.qicao');
  const db = createSamplePlan(file);
  const good = readSnapshot(db, takeSnapshot(db, '征求意见稿').id);
  db.close();
  const raw = new Database(file);
  const crafted = craft(structuredClone(good.plan));
  const id = Number(
    raw
      .prepare("INSERT INTO snapshot (name, kind, created_at, plan_json) VALUES ('坏稿', 'manual', '2024-03-01T00:00:00Z', ?)")
      .run(typeof crafted === 'string' ? crafted : JSON.stringify(crafted)).lastInsertRowid,
  );
  raw.close();
  return { file, id };
}

const REFUSED = /稿件“坏稿”的内容不是起草助手写入的格式（.+），无法显示、比较或恢复；计划未作任何修改/;

const CRAFTED: Record<string, (plan: any) => unknown> = {
  'a measure whose title is not text': (p) => ((p.parts[0].children[0].children[0].children[0].title = { toString: 1 }), p),
  'a part whose children are not a list': (p) => ((p.parts[1].children = '全部删除'), p),
  'a node id given twice': (p) => ((p.parts[0].children[0].children[0].children[1].id = p.parts[0].children[0].children[0].children[0].id), p),
  'a unit of an unknown kind': (p) => ((p.units[0].kind = '外省单位'), p),
  'text that is not JSON': () => '{"title": "行动计划", "parts": [',
  'an array instead of a plan': () => [1, 2, 3],
};

describe('a crafted draft in a plan file', () => {
  for (const [what, craft] of Object.entries(CRAFTED)) {
    it(`${what}: reading, comparing and restoring it are refused, the plan is unchanged`, () => {
      const { file, id } = planWithDraft(craft);
      const db = openPlanFile(file, { backupDir: null });
      try {
        const before = readPlan(db);
        const drafts = listSnapshots(db).length;
        expect(() => readSnapshot(db, '坏稿')).toThrow(REFUSED);
        expect(() => compareDrafts(db, { snapshotName: '坏稿' }, { current: true })).toThrow(REFUSED);
        expect(() => restoreSnapshot(db, id)).toThrow(REFUSED);
        expect(readPlan(db)).toEqual(before);
        expect(listSnapshots(db).length).toBe(drafts); // no 'before-restore' draft left either
        expect(readSnapshot(db, '征求意见稿').plan.parts.length).toBe(before.parts.length); // the good draft still reads
      } finally {
        db.close();
      }
    });
  }
});
