// How the importer read each paragraph or table row: what the preview shows and what the
// drafter can change (the level mapping, a column's meaning) before the plan file is written.
// Pure types and small helpers: the api channel and the renderer import them.
import type { ColumnMeaning } from '../../model/column-words.ts';
export type { ColumnMeaning };

/** The numbering levels of a 公文 outline: 一、 （一） 1. （1）(or the Word heading levels 1–4). */
export type Level = 'L1' | 'L2' | 'L3' | 'L4';
export const LEVELS: Level[] = ['L1', 'L2', 'L3', 'L4'];
export const LEVEL_LABEL: Record<Level, string> = { L1: '一、', L2: '（一）', L3: '1.', L4: '（1）' };

/** What the paragraphs of one numbering level become. 'text' = read as body text. */
export type LevelRole = 'part' | 'aspect' | 'keyTask' | 'measure' | 'text';
export type LevelMapping = Record<Level, LevelRole>;

export interface ColumnReading {
  /** 0-based table number in the document, and grid column in it. */
  table: number;
  column: number;
  header: string;
  meaning: ColumnMeaning;
  /** true when the drafter chose the meaning. */
  chosen: boolean;
}

/** What a paragraph or table row became. */
export type RowRole = 'title' | 'preamble' | 'part' | 'section' | 'aspect' | 'keyTask' | 'measure' | 'goals' | 'content' | 'units' | 'header' | 'skipped' | 'leftover';

export interface ReadRow {
  /** Paragraph index (0-based; a table row: its first non-empty cell line). */
  index: number;
  text: string;
  /** The numbering level the paragraph carries, or null. */
  level: Level | null;
  as: RowRole;
  /** The node's title or measure text, without number and phrase. */
  title: string;
  leadUnits: string[];
  supportUnits: string[];
  deadline: string;
  /** A rule that gave this row units or a deadline ("承接第12段……"), or that this row states. */
  rule: string | null;
  /** Why the row is not in the plan (通知, 文号, 版记, 未能归入……). */
  skipped: string | null;
}

/** The drafter's correction of one measure row's units and roles in the preview. */
export interface RowCorrection {
  /** ReadRow.index of a measure row. */
  index: number;
  leadUnits: string[];
  supportUnits: string[];
}

export interface ImportOverrides {
  levels?: Partial<LevelMapping>;
  columns?: { table: number; column: number; meaning: ColumnMeaning }[];
  rows?: RowCorrection[];
}

export function row(index: number, text: string, as: RowRole, extra: Partial<ReadRow> = {}): ReadRow {
  return { index, text, level: null, as, title: '', leadUnits: [], supportUnits: [], deadline: '', rule: null, skipped: null, ...extra };
}
