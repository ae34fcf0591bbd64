// Writes the frozen description of each migration that has none yet: the schema that the
// migrations up to it build, exactly as SQLite keeps it in sqlite_schema. Run it ONCE, when a new
// migration is added (`npm run schema:freeze`), and commit the file it writes. It never rewrites
// an existing description: those are what shipped plan files are checked against, forever.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsSchema } from '../core/store/known-schema.ts';
import { MIGRATIONS } from '../core/store/migrations/index.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'core', 'store', 'frozen-schema');
const pad = (v: number) => String(v).padStart(4, '0');

for (const m of MIGRATIONS) {
  const file = path.join(dir, `${pad(m.version)}.ts`);
  if (fs.existsSync(file)) continue;
  const rows = migrationsSchema(m.version);
  const lines = rows.map(
    (r) => `  { type: ${JSON.stringify(r.type)}, name: ${JSON.stringify(r.name)}, tableName: ${JSON.stringify(r.tableName)}, sql: ${JSON.stringify(r.sql)} },`,
  );
  fs.writeFileSync(
    file,
    `// FROZEN. The schema of a plan file at format ${m.version} (migrations 0001–${pad(m.version)}), exactly as SQLite keeps it
// in sqlite_schema. Written once by \`npm run schema:freeze\` when migration ${pad(m.version)} was added; plan files
// of this format are checked against it. Never edit or regenerate it: see ./index.ts.
import type { FrozenSchema } from './types.ts';

export const schema${pad(m.version)}: FrozenSchema = [
${lines.join('\n')}
];
`,
  );
  console.log(`wrote ${path.relative(process.cwd(), file)} (${rows.length} objects)`);
}

// The index lists every description present (generated; the descriptions themselves are not).
const versions = fs
  .readdirSync(dir)
  .filter((n) => /^\d{4}\.ts$/.test(n))
  .map((n) => Number(n.slice(0, 4)))
  .sort((a, b) => a - b);
fs.writeFileSync(
  path.join(dir, 'index.ts'),
  `// The frozen schema description of every format, by version (this list is written by
// \`npm run schema:freeze\`; the descriptions it lists are written once and never again).
// A plan file at format N must hold exactly FROZEN_SCHEMAS[N]: see ../known-schema.ts.
${versions.map((v) => `import { schema${pad(v)} } from './${pad(v)}.ts';`).join('\n')}
import type { FrozenSchema } from './types.ts';

export type { FrozenSchema, FrozenSchemaObject } from './types.ts';

export const FROZEN_SCHEMAS: Readonly<Record<number, FrozenSchema>> = {
${versions.map((v) => `  ${v}: schema${pad(v)},`).join('\n')}
};
`,
);
