// The import preview: how the document was read, before any plan file is written. The same
// reading (with the drafter's overrides) is what import.commit and `qicao import` write.
import type { PlanSpec } from '../../model/plan-spec.ts';
import { readPlanDocument, type DocumentInput, type DocumentKind, type Leftover, type PlanDocument } from './index.ts';
import { LEVELS, type ColumnReading, type ImportOverrides, type Level, type LevelMapping, type ReadRow } from './reading.ts';

export interface ImportPreview {
  name: string;
  kind: DocumentKind;
  title: string;
  year: number | null;
  /** false: a three-level plan (no 方面). */
  aspects: boolean;
  /** The numbering levels the document uses, and what each became. */
  levelsPresent: Level[];
  mapping: LevelMapping | null;
  mappingReason: string | null;
  columns: ColumnReading[];
  parts: { title: string; kind: 'part' | 'section'; aspects: number; keyTasks: number; measures: number; indicators: string[] }[];
  /** "为……，制定本方案。": kept as the plan's preamble ('' when none). */
  preamble: string;
  totals: { parts: number; sections: number; aspects: number; keyTasks: number; measures: number; units: number };
  rows: ReadRow[];
  notes: string[];
  leftovers: Leftover[];
}

type Part = PlanSpec['parts'][number];
const SYMBOL = { '<=': '≤', '>=': '≥', '=': '=', '≈': '约' } as const;
const tasksOf = (p: Part) => [...p.aspects.flatMap((a) => a.keyTasks), ...p.keyTasks];

export function previewOf(name: string, doc: PlanDocument): ImportPreview {
  const parts = doc.spec.parts.map((p) => ({
    title: p.title,
    kind: p.kind,
    aspects: p.aspects.length,
    keyTasks: tasksOf(p).length,
    measures: tasksOf(p).reduce((n, t) => n + t.measures.length, 0),
    indicators: p.indicators.map((i) => `${i.name}${SYMBOL[i.comparator]}${i.target}${i.unit}`),
  }));
  const real = parts.filter((p) => p.kind === 'part');
  return {
    name,
    kind: doc.kind,
    title: doc.spec.title,
    year: doc.spec.year,
    aspects: doc.spec.levels.aspects,
    levelsPresent: LEVELS.filter((l) => doc.rows.some((r) => r.level === l)),
    mapping: doc.mapping,
    mappingReason: doc.mappingReason,
    columns: doc.columns,
    parts,
    totals: {
      parts: real.length,
      sections: parts.length - real.length,
      aspects: real.reduce((n, p) => n + p.aspects, 0),
      keyTasks: real.reduce((n, p) => n + p.keyTasks, 0),
      measures: real.reduce((n, p) => n + p.measures, 0),
      units: doc.spec.units.length,
    },
    rows: doc.rows,
    preamble: doc.spec.preamble,
    notes: doc.notes,
    leftovers: doc.leftovers,
  };
}

export async function previewImport(input: DocumentInput, overrides: ImportOverrides = {}): Promise<ImportPreview> {
  const doc = await readPlanDocument(input, overrides);
  return previewOf(typeof input === 'string' ? input.replace(/^.*[\\/]/, '') : input.name, doc);
}
