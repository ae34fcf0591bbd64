// What a check returns, for the CLI, the api and the renderer. Pure types: the renderer imports
// this file, so it may import nothing but types.
import type { Finding } from './findings.ts';

/** Where in the plan file a finding's text lives, so the UI can jump there and fix it. */
export type FindingField = 'title' | 'goals' | 'content' | 'explanation' | 'deadline';

export interface FindingPlace {
  /** The node holding the text; null for the plan title and for the 起草说明's own text. */
  nodeId: number | null;
  /** null when the text is not editable as such (a number label, a （牵头单位：…） note, a count sentence). */
  field: FindingField | null;
  /** Offset of the flagged text inside that field; null when the finding is not inside one field. */
  fieldOffset: number | null;
  /** For field "explanation": index of the block in the 起草说明 (-1 for its title). */
  block?: number;
}

export type LocatedFinding = Finding & FindingPlace;

export interface StatedCountsView {
  parts: { name: string; aspects: number | null; keyTasks: number | null; measures: number | null; paragraph: number }[];
  totals: { aspects: number | null; keyTasks: number | null; measures: number | null; paragraph: number } | null;
}

export interface CheckResult {
  /** What was checked: a plan file, a Word document or a text file. */
  source: 'plan' | 'docx' | 'text';
  findings: LocatedFinding[];
  /** Findings the drafter dismissed earlier (plan files only), left out of `findings`. */
  dismissed: number;
  stated: StatedCountsView;
  /** The checked text, paragraph by paragraph (findings point into it). */
  paragraphs: string[];
}
