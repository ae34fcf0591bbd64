// Units (one registry: a measure's 牵头/配合单位 are these records) and the parts' indicators.
import type { Migration } from './index.ts';

export const migration0002: Migration = {
  version: 2,
  name: 'units-indicators',
  up: `
CREATE TABLE unit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT '其他' CHECK (kind IN ('委办局', '镇乡街道', '其他')),
  contact TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE measure_unit (
  measure_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  position INTEGER NOT NULL,
  PRIMARY KEY (measure_id, unit_id)
) STRICT;
CREATE INDEX measure_unit_by_unit ON measure_unit(unit_id);

CREATE TABLE indicator (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  part_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  baseline_year INTEGER,
  baseline_value REAL,
  comparator TEXT NOT NULL CHECK (comparator IN ('<=', '>=', '=', '≈')),
  target REAL NOT NULL
) STRICT;
CREATE INDEX indicator_by_part ON indicator(part_id, position);

CREATE TABLE measure_indicator (
  measure_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
  PRIMARY KEY (measure_id, indicator_id)
) STRICT;
CREATE INDEX measure_indicator_by_indicator ON measure_indicator(indicator_id);
`,
};
