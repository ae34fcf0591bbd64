// Numbered migrations, applied in order inside one transaction each. PRAGMA user_version is
// the number of the last one applied; a file whose number is higher than we know is refused.
//
// Adding a migration: it holds its own literal SQL (imports nothing but the Migration type), and
// once it is final, `npm run schema:freeze` writes its frozen schema description
// (../frozen-schema/NNNN.ts), which plan files of that format are checked against from then on;
// test/unit/store/frozen-schema.test.ts fails until it exists. A shipped migration never changes.
import { migration0001 } from './0001-plan-structure.ts';
import { migration0002 } from './0002-units-indicators.ts';
import { migration0003 } from './0003-drafts.ts';
import { migration0004 } from './0004-consultation.ts';
import { migration0005 } from './0005-review.ts';
import { migration0006 } from './0006-undo-log.ts';
import { migration0007 } from './0007-level-scheme.ts';
import { migration0008 } from './0008-document-settings.ts';
import { migration0009 } from './0009-undo-comment-status.ts';
import { migration0010 } from './0010-plan-year.ts';
import { migration0011 } from './0011-comment-link.ts';
import { migration0012 } from './0012-plan-preamble.ts';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** "QCAO" — marks a SQLite file as a Qicao plan (PRAGMA application_id). */
export const APPLICATION_ID = 0x5143414f;
