// Migrations are frozen: each holds its own literal SQL, and the schema a plan file of format N
// must hold is the committed description frozen-schema/NNNN.ts, not something rebuilt from
// today's code. Adding a migration means adding its description (`npm run schema:freeze`);
// these tests fail when the two disagree or when a shipped one changes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FROZEN_SCHEMAS } from '../../../core/store/frozen-schema/index.ts';
import { migrationsSchema } from '../../../core/store/known-schema.ts';
import { MIGRATIONS } from '../../../core/store/migrations/index.ts';

const MIGRATIONS_DIR = path.join(import.meta.dirname, '../../../core/store/migrations');

/** The descriptions of the shipped formats, as committed when they were frozen. Never change these. */
const SHIPPED_SHA256: Record<number, string> = {
  1: '353ef85bb760aefa9a08104c34c348ae8836dfc4284569fada31849e4ada89e3',
  2: 'd35ea90ffe8d2dae3383294e1619c9d599e01437eb6dc8e628fba8b0c20dbd13',
  3: 'dccf838fdf4df1bd4064ab4f845806eb5b5676861b97915e1f5e4ac47c707281',
  4: 'f1e34724cacdc241a0fb9532d7662c005bfde0a3286fa5b7bccb4513557ba61c',
  5: '9acd42ce8a5bd3a301d7abaceabc9f1e4abbf017e3058b2b385cd403a50b90a4',
  6: 'ad7aeccc4eb65be53bf3d8f0c6b93ca2a64d65864f903bb570b9bddfa9fe9d30',
  7: '059d3fdd980dab1279da3edc1d1d95ddecfa017e39ad3522d0b7b12abd171db3',
  8: '9d1664f47b72147cee3ed150aefca2ca246ca3a5c268fc11525cbd5ea3bd9dfc',
  9: 'd4ccf03593f85c266eec3cc60e868c591440111f4bf14491868ff4c2c3ff64fd',
};

describe('frozen migrations', () => {
  for (const m of MIGRATIONS) {
    it(`migration ${m.version} builds exactly its frozen description (byte for byte)`, () => {
      expect(FROZEN_SCHEMAS[m.version], `no frozen-schema/${String(m.version).padStart(4, '0')}.ts: run npm run schema:freeze`).toBeDefined();
      expect(migrationsSchema(m.version)).toEqual(FROZEN_SCHEMAS[m.version]);
    });
  }

  it('every frozen description belongs to a migration', () => {
    expect(Object.keys(FROZEN_SCHEMAS).map(Number)).toEqual(MIGRATIONS.map((m) => m.version).filter((v) => FROZEN_SCHEMAS[v]));
  });

  it('the descriptions of shipped formats never change', () => {
    for (const [v, sha] of Object.entries(SHIPPED_SHA256)) {
      const actual = crypto
        .createHash('sha256')
        .update(JSON.stringify(FROZEN_SCHEMAS[Number(v)]))
        .digest('hex');
      expect(actual, `frozen-schema/${v.padStart(4, '0')}.ts was changed`).toBe(sha);
    }
  });

  it('each migration holds its own SQL: it imports nothing but the Migration type', () => {
    const files = fs.readdirSync(MIGRATIONS_DIR).filter((n) => /^\d{4}-.*\.ts$/.test(n));
    expect(files.length).toBeGreaterThanOrEqual(MIGRATIONS.length);
    for (const name of files) {
      const source = fs.readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8');
      const imports = source.split('\n').filter((l) => /^\s*(import|export .* from)\b/.test(l));
      expect(imports, name).toEqual([`import type { Migration } from './index.ts';`]);
    }
  });
});
