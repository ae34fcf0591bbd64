// The plan's level scheme (migration 0007): whether it has the 方面 level, and what it calls
// each level. The tree triggers read it too, so a shape the scheme forbids never gets stored.
import { QicaoError } from '../errors.ts';
import { DEFAULT_LEVEL_SCHEME, LevelNames, type LevelScheme } from '../model/levels.ts';
import type { Db } from './open.ts';
import { sql } from './statements.ts';

interface SchemeRow {
  aspects: number;
  part_name: string;
  aspect_name: string;
  key_task_name: string;
  measure_name: string;
}

export function readLevelScheme(db: Db): LevelScheme {
  // a file older than migration 0007 (only tests fill one) has four levels and the default names
  if (!hasLevelScheme(db)) return DEFAULT_LEVEL_SCHEME;
  const row = sql(db, 'SELECT aspects, part_name, aspect_name, key_task_name, measure_name FROM level_scheme WHERE id = 1').get() as SchemeRow | undefined;
  if (!row) return DEFAULT_LEVEL_SCHEME;
  return {
    aspects: row.aspects === 1,
    names: { part: row.part_name, aspect: row.aspect_name, keyTask: row.key_task_name, measure: row.measure_name },
  };
}

/** Writes the scheme inside the caller's transaction (filling a new plan). */
export function writeLevelScheme(db: Db, levels: LevelScheme): void {
  const { names } = levels;
  sql(db, `UPDATE level_scheme SET aspects = ?, part_name = ?, aspect_name = ?, key_task_name = ?, measure_name = ? WHERE id = 1`).run(
    levels.aspects ? 1 : 0,
    names.part,
    names.aspect,
    names.keyTask,
    names.measure,
  );
}

export interface SchemeChange {
  names?: Partial<LevelNames>;
  aspects?: boolean;
}

/**
 * One user action: rename levels, and — only while the plan has no 方面 and no 重点任务 yet —
 * say whether it has the 方面 level. Existing nodes are never reshaped behind the drafter's back.
 */
export function changeLevelScheme(db: Db, change: SchemeChange): LevelScheme {
  return db.transaction(() => {
    const now = readLevelScheme(db);
    const names = LevelNames.parse({ ...now.names, ...trimmed(change.names ?? {}) });
    const aspects = change.aspects ?? now.aspects;
    if (aspects !== now.aspects) {
      const used = sql(db, "SELECT count(*) AS n FROM node WHERE kind IN ('aspect', 'keyTask')").get() as { n: number };
      if (used.n > 0) {
        throw new QicaoError(
          'wrong-kind',
          aspects
            ? `计划中已有${now.names.keyTask}直接位于${now.names.part}下，不能再增加“${names.aspect}”一级；可新建计划后按四级结构编写。`
            : `计划中已有${now.names.aspect}或${now.names.keyTask}，不能去掉“${now.names.aspect}”一级。`,
        );
      }
    }
    const next = { aspects, names };
    writeLevelScheme(db, next);
    return next;
  })();
}

function trimmed(names: Partial<LevelNames>): Partial<LevelNames> {
  const out: Partial<LevelNames> = {};
  for (const [k, v] of Object.entries(names) as [keyof LevelNames, string | undefined][]) {
    const t = v?.trim();
    if (t === '') throw new QicaoError('bad-input', '层级名称不能为空，请输入如“重点任务”“主要任务”的名称。');
    if (t !== undefined && t.length > 8) throw new QicaoError('bad-input', `层级名称“${t}”太长，最多8个字。`);
    if (t !== undefined) out[k] = t;
  }
  return out;
}

/** Whether the file has migration 0007: user_version is one cheap read, no query on a table. */
function hasLevelScheme(db: Db): boolean {
  return (sql(db, 'PRAGMA user_version').get() as { user_version: number }).user_version >= 7;
}
