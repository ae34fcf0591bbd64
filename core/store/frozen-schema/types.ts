// One schema object of a plan file as SQLite keeps it in sqlite_schema (sql is null for the
// indexes SQLite makes itself for UNIQUE and PRIMARY KEY constraints).
export interface FrozenSchemaObject {
  type: string;
  name: string;
  tableName: string;
  sql: string | null;
}

export type FrozenSchema = readonly FrozenSchemaObject[];
