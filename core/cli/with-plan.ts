import { openPlanFile, type Db } from '../store/open.ts';

/** Opens a plan file, runs `fn`, and always closes the file. */
export function withPlan<T>(file: string, fn: (db: Db) => T): T {
  const db = openPlanFile(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
