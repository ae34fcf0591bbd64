// A plan file is data, never code. SQLite keeps triggers, views, index expressions, generated
// columns and virtual tables (FTS, R-tree) inside the file, so a plan mailed by someone else could
// carry SQL that runs in the drafter's app (rewrite typed text, recurse forever, compute for hours
// while the file is merely checked). Before anything else reads the file's tables — before the
// integrity check, before any write — its schema, read from sqlite_schema alone, is compared with
// the frozen description of its version; any difference and the file is refused.
//
// The descriptions are frozen (./frozen-schema/NNNN.ts, written once per migration and never
// again), not re-derived from today's migrations: a later change of code can never make an
// existing drafter's file look inconsistent. test/unit/store/frozen-schema.test.ts checks that the
// migrations still build exactly these descriptions, and that real files of each shipped version
// hold them.
import Database from 'better-sqlite3';
import { FROZEN_SCHEMAS, type FrozenSchemaObject } from './frozen-schema/index.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import { sqliteBindingOption } from './native-binding.ts';

export type SchemaObject = FrozenSchemaObject;

/** The schema objects of a connection exactly as SQLite keeps them (reads sqlite_schema only). */
export function schemaObjects(db: Database.Database): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaObject[];
}

/** The schema today's migrations build up to `version` (for the tests and the freeze script, not for checking files). */
export function migrationsSchema(version: number): SchemaObject[] {
  const mem = new Database(':memory:', sqliteBindingOption());
  try {
    for (const m of MIGRATIONS) if (m.version <= version) mem.exec(m.up);
    return schemaObjects(mem);
  } finally {
    mem.close();
  }
}

const cache = new Map<number, Map<string, SchemaObject>>();

/** The schema a plan file at `version` must hold, keyed by "type name". */
export function knownSchema(version: number): Map<string, SchemaObject> {
  const hit = cache.get(version);
  if (hit) return hit;
  // format 0: a SQLite file no migration has touched yet holds nothing
  let objects: readonly SchemaObject[] | undefined = version <= 0 ? [] : FROZEN_SCHEMAS[version];
  if (!objects) {
    // Only while a new migration is being written, before `npm run schema:freeze` has been run for
    // it: frozen-schema.test.ts fails until its description is committed.
    if (version !== LATEST_VERSION) throw new Error(`No frozen schema description for format ${version}: run npm run schema:freeze`);
    objects = migrationsSchema(version);
  }
  const known = new Map(objects.map((o) => [`${o.type} ${o.name}`, o]));
  cache.set(version, known);
  return known;
}

const TYPE_LABEL: Record<string, string> = { table: '表', index: '索引', view: '视图', trigger: '触发器' };

const isVirtualTable = (o: SchemaObject) => o.type === 'table' && /^\s*CREATE\s+VIRTUAL\s+TABLE\b/i.test(o.sql ?? '');
/** `col AS (expr)` or `GENERATED ALWAYS AS (expr)`: a column SQLite computes from the sender's expression. */
const hasGeneratedColumn = (o: SchemaObject) => o.type === 'table' && /\bAS\s*\(/i.test(o.sql ?? '');

/**
 * The first difference between a file's schema and the known schema of its version, in Chinese
 * ("多出了触发器“x”"), or null when they are the same. Virtual tables and generated columns are
 * named first: they are what would run the sender's code when the file is merely checked.
 */
export function schemaDifference(db: Database.Database, version: number): string | null {
  const known = knownSchema(version);
  const actual = schemaObjects(db);
  const changed = (o: SchemaObject) => {
    const expected = known.get(`${o.type} ${o.name}`);
    return !expected || expected.sql !== o.sql || expected.tableName !== o.tableName;
  };
  const virtual = actual.find((o) => isVirtualTable(o) && changed(o));
  if (virtual) return `含有虚拟表“${virtual.name}”（如全文索引、R 树），起草助手的计划文件中没有这种表`;
  const generated = actual.find((o) => hasGeneratedColumn(o) && changed(o));
  if (generated) return `表“${generated.name}”含有计算列（generated column），起草助手的计划文件中没有这种列`;
  const seen = new Set<string>();
  for (const o of actual) {
    const key = `${o.type} ${o.name}`;
    seen.add(key);
    const label = `${TYPE_LABEL[o.type] ?? o.type}“${o.name}”`;
    if (!known.has(key)) return `多出了${label}`;
    if (changed(o)) return `${label}的定义被改动过`;
  }
  for (const [key, o] of known) if (!seen.has(key)) return `缺少${TYPE_LABEL[o.type] ?? o.type}“${o.name}”`;
  return null;
}
