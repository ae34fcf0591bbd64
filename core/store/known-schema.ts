// A plan file is data, never code. SQLite keeps triggers, views and index expressions inside the
// file, so a plan mailed by someone else could carry SQL that fires in the drafter's app (rewrite
// typed text, recurse forever, bloat the file). Before anything writes to a file, its schema
// objects are compared with the schema this app's own migrations build at the file's version;
// any difference — an extra trigger, a view, a changed table — and the file is refused.
//
// The known schema is derived, not listed: the migrations up to the version are applied to an
// in-memory database and its sqlite_schema read back, so a new migration needs no change here.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';
import { sqliteBindingOption } from './native-binding.ts';

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  sql: string;
}

/** Layout does not matter: SQLite keeps the text as written, and a migration may be indented either way. */
export function normaliseSql(sql: string | null): string {
  if (sql === null) return '';
  return sql.replace(/\s+/g, ' ').replace(/\s*([(),;=])\s*/g, '$1').trim();
}

/** The schema objects of a connection, in a stable order (for comparing and for messages). */
export function schemaObjects(db: Database.Database): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema ORDER BY type, name').all() as {
    type: string;
    name: string;
    tableName: string;
    sql: string | null;
  }[];
  return rows.map((r) => ({ type: r.type, name: r.name, tableName: r.tableName, sql: normaliseSql(r.sql) }));
}

const cache = new Map<number, Map<string, SchemaObject>>();

/** The schema the migrations up to `version` build, keyed by "type name". */
export function knownSchema(version: number): Map<string, SchemaObject> {
  const hit = cache.get(version);
  if (hit) return hit;
  const mem = new Database(':memory:', sqliteBindingOption());
  try {
    for (const m of MIGRATIONS) {
      if (m.version > version) break;
      mem.exec(m.up);
    }
    const known = new Map(schemaObjects(mem).map((o) => [`${o.type} ${o.name}`, o]));
    cache.set(version, known);
    return known;
  } finally {
    mem.close();
  }
}

const TYPE_LABEL: Record<string, string> = { table: '表', index: '索引', view: '视图', trigger: '触发器' };

/**
 * The first difference between a file's schema and the known schema of its version, in Chinese
 * ("多出的触发器“x”"), or null when they are the same.
 */
export function schemaDifference(db: Database.Database, version: number): string | null {
  const known = knownSchema(version);
  const actual = schemaObjects(db);
  const seen = new Set<string>();
  for (const o of actual) {
    const key = `${o.type} ${o.name}`;
    seen.add(key);
    const label = `${TYPE_LABEL[o.type] ?? o.type}“${o.name}”`;
    const expected = known.get(key);
    if (!expected) return `多出了${label}`;
    if (expected.sql !== o.sql || expected.tableName !== o.tableName) return `${label}的定义被改动过`;
  }
  for (const [key, o] of known) if (!seen.has(key)) return `缺少${TYPE_LABEL[o.type] ?? o.type}“${o.name}”`;
  return null;
}
