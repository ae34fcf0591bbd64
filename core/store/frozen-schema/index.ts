// The frozen schema description of every format, by version (this list is written by
// `npm run schema:freeze`; the descriptions it lists are written once and never again).
// A plan file at format N must hold exactly FROZEN_SCHEMAS[N]: see ../known-schema.ts.
import { schema0001 } from './0001.ts';
import { schema0002 } from './0002.ts';
import { schema0003 } from './0003.ts';
import { schema0004 } from './0004.ts';
import { schema0005 } from './0005.ts';
import { schema0006 } from './0006.ts';
import { schema0007 } from './0007.ts';
import { schema0008 } from './0008.ts';
import { schema0009 } from './0009.ts';
import { schema0010 } from './0010.ts';
import { schema0011 } from './0011.ts';
import { schema0012 } from './0012.ts';
import type { FrozenSchema } from './types.ts';

export type { FrozenSchema, FrozenSchemaObject } from './types.ts';

export const FROZEN_SCHEMAS: Readonly<Record<number, FrozenSchema>> = {
  1: schema0001,
  2: schema0002,
  3: schema0003,
  4: schema0004,
  5: schema0005,
  6: schema0006,
  7: schema0007,
  8: schema0008,
  9: schema0009,
  10: schema0010,
  11: schema0011,
  12: schema0012,
};
