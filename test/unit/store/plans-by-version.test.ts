// Real plan files written by every shipped version's own code (test/fixtures/plans-by-version/,
// made once, never regenerated) open in today's app, are upgraded, and keep their content:
// titles, counts, units, comments, drafts, and the last step can still be undone.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countsReport } from '../../../core/counts/report.ts';
import { FROZEN_SCHEMAS } from '../../../core/store/frozen-schema/index.ts';
import { schemaObjects } from '../../../core/store/known-schema.ts';
import { LATEST_VERSION } from '../../../core/store/migrations/index.ts';
import { readNodeDetail } from '../../../core/store/node-detail.ts';
import { openPlanFile } from '../../../core/store/open.ts';
import { readOutline } from '../../../core/store/outline.ts';
import { listSnapshots, readSnapshot } from '../../../core/store/snapshots.ts';
import { installUndo, redo, undo } from '../../../core/store/undo.ts';
import { tempDir } from '../../helpers/plans.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/plans-by-version');

interface Written {
  version: number;
  commit: string;
  addedMeasure: { id: number; leadUnits: string[]; supportUnits: string[]; deadline: string };
  renamed: { id: number; title: string };
  totals: { aspects: number; keyTasks: number; measures: number };
  snapshots: string[];
  comments: number;
  undo: { id: number; before: string; after: string } | null;
  titles: Record<string, string>;
}

const written = fs
  .readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(fs.readFileSync(path.join(FIXTURES, n), 'utf8')) as Written)
  .sort((a, b) => a.version - b.version);

function titlesOf(nodes: ReturnType<typeof readOutline>, out: Record<string, string> = {}): Record<string, string> {
  for (const n of nodes) {
    out[n.id] = n.title;
    titlesOf(n.children ?? [], out);
  }
  return out;
}

describe('plans written by earlier versions', () => {
  it('there is a file of both released formats, 6 and 9', () => {
    expect(written.map((w) => w.version)).toEqual(expect.arrayContaining([6, 9]));
    // each description comes with the plan file that version wrote (a missing file is a red test, not a silent gap)
    for (const w of written) expect(fs.existsSync(path.join(FIXTURES, `v${w.version}.qicao`)), `v${w.version}.qicao`).toBe(true);
  });

  for (const w of written) {
    it(`format ${w.version} (written at ${w.commit}) holds its frozen schema, opens, upgrades and keeps its content`, () => {
      const dir = tempDir();
      const file = path.join(dir, `v${w.version}.qicao`);
      fs.copyFileSync(path.join(FIXTURES, `v${w.version}.qicao`), file);

      const raw = new Database(file, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(w.version);
      expect(schemaObjects(raw)).toEqual(FROZEN_SCHEMAS[w.version]);
      raw.close();

      const backups = path.join(dir, 'backups');
      const db = openPlanFile(file, { backupDir: backups });
      try {
        installUndo(db);
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        if (w.version < LATEST_VERSION) expect(fs.readdirSync(backups)).toHaveLength(1); // the file as it was, before the upgrade

        expect(titlesOf(readOutline(db))).toEqual(w.titles);
        expect(countsReport(db).totals).toMatchObject(w.totals);
        expect(readNodeDetail(db, w.renamed.id).title).toBe(w.renamed.title);
        expect(readNodeDetail(db, w.addedMeasure.id)).toMatchObject({
          leadUnits: w.addedMeasure.leadUnits,
          supportUnits: w.addedMeasure.supportUnits,
          deadline: w.addedMeasure.deadline,
        });

        expect(listSnapshots(db).map((s) => s.name)).toEqual(w.snapshots);
        for (const name of w.snapshots) {
          const snapshot = readSnapshot(db, name);
          expect(snapshot.plan.parts.length).toBeGreaterThan(0);
          expect(JSON.stringify(snapshot.plan)).toContain(w.renamed.title); // taken after the rename
        }
        expect((db.prepare('SELECT count(*) AS n FROM comment').get() as { n: number }).n).toBe(w.comments);

        if (w.undo) {
          expect(readNodeDetail(db, w.undo.id).title).toBe(w.undo.after);
          expect(undo(db)).not.toBeNull();
          expect(readNodeDetail(db, w.undo.id).title).toBe(w.undo.before);
          redo(db);
          expect(readNodeDetail(db, w.undo.id).title).toBe(w.undo.after);
          // every older step, written by that version's triggers, still replays: back to before the edits
          let steps = 0;
          while (undo(db)) steps++;
          expect(steps).toBeGreaterThan(1);
          expect(readNodeDetail(db, w.renamed.id).title).not.toBe(w.renamed.title);
          expect(readNodeDetail(db, w.undo.id).title).toBe(w.undo.before);
          expect(countsReport(db).totals).toMatchObject(w.totals); // the measure added from the terminal is not an undo step
        }
      } finally {
        db.close();
      }
    });
  }
});
