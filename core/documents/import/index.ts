// Reading an existing document into structure: a plan in the 一、/（一）/1./（1） outline, a plan
// laid out as a 任务分工表, or a 起草说明. Both readings of a plan are tried and the one that
// finds more measures wins; nothing is dropped silently — what fits nowhere is a leftover.
import { PlanSpec } from '../../model/plan-spec.ts';
import { planFromExplanation, type ExplanationFacts } from './explanation-facts.ts';
import { unitKindOf } from './measure-note.ts';
import { planFromOutline, type ImportDraft, type Leftover } from './outline-plan.ts';
import { parseOffThread } from '../../workers/off-thread.ts';
import type { DocumentInput } from './read-source.ts';
import { row, type ColumnReading, type ImportOverrides, type LevelMapping, type ReadRow } from './reading.ts';
import type { SourceDocument } from './source.ts';
import { planFromTables } from './table-plan.ts';
import { SourceBuilder } from './source.ts';
import { rejoinNote, rejoinPdfText } from './pdf-text.ts';
import { indicatorsFromGoals } from './goal-indicators.ts';
import { applyRowCorrections } from './row-corrections.ts';

export type { DocumentInput } from './read-source.ts';
export type { Leftover } from './outline-plan.ts';
export type { ExplanationFacts } from './explanation-facts.ts';
export type { ImportOverrides } from './reading.ts';
export { readSource } from './read-source.ts';

export type DocumentKind = 'plan' | 'table' | 'explanation' | 'unknown';

export interface PlanDocument {
  spec: PlanSpec;
  /** Every paragraph and table-cell line of the document, in reading order. */
  paragraphs: string[];
  /** Text that became no part of the spec, by index in `paragraphs`. */
  leftovers: Leftover[];
  kind: DocumentKind;
  /** Decisions the drafter should review (untitled parts or aspects that were made up). */
  notes: string[];
  /** For a 起草说明: what it states. */
  explanation?: ExplanationFacts;
  /** How every paragraph or table row was read (the import preview). */
  rows: ReadRow[];
  /** The numbering levels and what each became (outline plans). */
  mapping: LevelMapping | null;
  mappingReason: string | null;
  /** The columns of the task tables and their meanings (table plans). */
  columns: ColumnReading[];
  /** Why the document is refused as a plan (a 政策解读), for the import's message. */
  refusal?: string;
}

/** Genres that speak about a plan without being one. */
const INTERPRETATION = /政策解读|解读$|答记者问|新闻发布|图解/;

const ATTACHMENT = /^附件\s*\d*[：:]?$/;
// "…重点任务分工表" keeps its 重点任务; "…防治任务分工表" loses the whole suffix.
const TABLE_SUFFIX = /(?<=重点任务)(?:分工表|分解表)$|(?<!重点)(?:任务分工表|任务分解表|任务清单)$/;

function headingParagraph(doc: SourceDocument): number {
  return doc.paragraphs.findIndex((p) => p.trim() !== '' && !ATTACHMENT.test(p.trim()));
}

/** The heading, over two or three lines when it wraps ("《…" / "…》的起草说明"). */
function headingLines(doc: SourceDocument, heading: number): string {
  if (heading < 0) return '';
  const first = doc.paragraphs[heading].trim();
  let text = first;
  for (let k = heading + 1, n = 0; k < doc.paragraphs.length && n < 3 && !/(?:起草|编制)说明$/.test(text); k++) {
    const next = doc.paragraphs[k].trim();
    if (next === '') continue;
    if (next.length > 40) break;
    n++;
    text += next;
  }
  return /(?:起草|编制)说明$/.test(text) ? text : first;
}

function fallbackTitle(name: string): string {
  return name.replace(/\.[^.]+$/, '').trim() || '导入的行动计划';
}

function yearOf(title: string): number | null {
  const m = /(20\d{2})年/.exec(title);
  return m ? Number(m[1]) : null;
}

function toSpec(draft: ImportDraft, name: string): PlanSpec {
  if (!draft.title?.trim() && draft.parts.length > 0) {
    const first = draft.preamble?.[0];
    draft.notes.unshift(`文档没有标题行${first ? `（第一段“${first.slice(0, 20)}……”是前言，不是标题）` : ''}，计划标题暂取自文件名“${fallbackTitle(name)}”，请在预览后核对。`);
  }
  const title = draft.title?.trim() || fallbackTitle(name);
  const units = new Map<string, ReturnType<typeof unitKindOf>>();
  for (const p of draft.parts)
    for (const t of [...p.aspects.flatMap((a) => a.keyTasks), ...p.keyTasks])
      for (const m of t.measures) for (const u of [...m.leadUnits, ...m.supportUnits]) if (!units.has(u)) units.set(u, unitKindOf(u));
  return PlanSpec.parse({
    title,
    year: yearOf(title),
    isSample: false,
    levels: { aspects: draft.aspects },
    units: [...units].map(([unit, kind]) => ({ name: unit, kind })),
    preamble: (draft.preamble ?? []).join('\n'),
    parts: draft.parts,
  });
}

/** A text pasted from a PDF, rejoined (pdf-text.ts); other documents as they are. */
function rejoined(doc: SourceDocument): { doc: SourceDocument; note: string | null } {
  if (doc.format !== 'text') return { doc, note: null };
  const r = rejoinPdfText(doc.paragraphs);
  if (!r) return { doc, note: null };
  const b = new SourceBuilder();
  for (const line of r.lines) b.paragraph(line);
  return { doc: b.done(doc.name, doc.format), note: rejoinNote(r) };
}

export function planDocumentFromSource(source: SourceDocument, overrides: ImportOverrides = {}): PlanDocument {
  const { doc, note: pdfNote } = rejoined(source);
  const heading = headingParagraph(doc);
  const headingText = headingLines(doc, heading);
  if (INTERPRETATION.test(headingText.trim())) {
    const refusal = `“${headingText.trim()}”是政策解读，讲的是计划而不是计划本身，不能导入为行动计划；请导入计划的原文（工作方案、任务分工表）。`;
    return {
      spec: PlanSpec.parse({ title: headingText.trim().slice(0, 200) || fallbackTitle(doc.name), parts: [] }),
      paragraphs: doc.paragraphs,
      leftovers: [],
      kind: 'unknown',
      notes: [refusal],
      rows: doc.paragraphs.flatMap((text, index) => (text.trim() === '' ? [] : [row(index, text.trim(), 'skipped', { skipped: '政策解读（不是计划）' })])),
      mapping: null,
      mappingReason: null,
      columns: [],
      refusal,
    };
  }
  const outline = planFromOutline(doc, overrides);
  const table = planFromTables(doc, overrides);
  const keyTasks = (d: ImportDraft) => d.parts.reduce((n, p) => n + p.keyTasks.length + p.aspects.reduce((k, a) => k + a.keyTasks.length, 0), 0);

  let kind: DocumentKind;
  let draft: ImportDraft;
  let explanation: ExplanationFacts | undefined;
  if (/起草说明|编制说明/.test(headingText) || (outline.measures === 0 && table.measures === 0 && /本部分内容包括|共计\d+项重点任务/.test(doc.paragraphs.join('\n')))) {
    const e = planFromExplanation(doc, heading, headingText);
    kind = 'explanation';
    draft = e;
    explanation = e.facts;
  } else if (table.measures > outline.measures || (overrides.columns?.length && table.measures > 0)) {
    kind = 'table';
    draft = table;
    if (draft.title && TABLE_SUFFIX.test(draft.title) && draft.title.replace(TABLE_SUFFIX, '').trim()) {
      draft.notes.push(`计划标题取自表格标题“${draft.title}”，已去掉末尾的“${TABLE_SUFFIX.exec(draft.title)![0]}”。`);
      draft.title = draft.title.replace(TABLE_SUFFIX, '').trim();
    }
  } else if (outline.measures > 0 || keyTasks(outline) > 0) {
    kind = 'plan';
    draft = outline;
  } else {
    kind = 'unknown';
    draft = outline;
  }
  if (pdfNote) draft.notes.unshift(pdfNote);
  if (kind === 'plan' || kind === 'table') indicatorsFromGoals(draft);
  if (overrides.rows?.length) applyRowCorrections(draft, overrides.rows);
  return {
    spec: toSpec(draft, doc.name),
    paragraphs: doc.paragraphs,
    leftovers: draft.leftovers,
    kind,
    notes: draft.notes,
    ...(explanation ? { explanation } : {}),
    rows: draft.rows,
    mapping: kind === 'plan' || kind === 'unknown' ? (draft.mapping ?? null) : null,
    mappingReason: kind === 'plan' ? (draft.mappingReason ?? null) : null,
    // The table reading's columns are offered even when the outline won, so a drafter can give a
    // table the meaning the importer missed.
    columns: table.columns ?? [],
  };
}

/** Reads a .docx or .txt (a path, or an upload's name and bytes) into a PlanSpec. */
export async function readPlanDocument(file: DocumentInput, overrides: ImportOverrides = {}): Promise<PlanDocument> {
  // read and interpreted off the main thread, with time and memory limits (core/workers): the hosts stay responsive
  return parseOffThread({ kind: 'document', input: file, overrides });
}
