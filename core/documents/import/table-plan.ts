// A plan laid out as a 任务分工表 → PlanSpec. Columns are found by their header text
// (序号 | 方面 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 | 量化指标, in any order, with
// the usual synonyms); a vertically merged cell (w:vMerge "continue") or a blank 方面/重点任务
// cell continues the node above. Parts come from "一、" headings before a table or from rows
// that span the whole table; a table without them goes into one part the drafter renames.
import type { PlanSpec } from '../../model/plan-spec.ts';
import { readMarker, withoutMarker } from './heading-marker.ts';
import { indicatorItems, parseIndicatorTarget } from './indicator-cell.ts';
import { splitMeasureNote, splitUnits } from './measure-note.ts';
import type { ImportDraft } from './outline-plan.ts';
import type { SourceCell, SourceDocument, SourceRow, SourceTable } from './source.ts';

type Column = 'index' | 'part' | 'aspect' | 'keyTask' | 'measure' | 'leadUnits' | 'supportUnits' | 'deadline' | 'indicators' | 'other';

const HEADERS: [Column, RegExp][] = [
  ['index', /^(?:序号|编号|序)$/],
  ['part', /^(?:部分|板块|版块|类别|领域)$/],
  ['aspect', /^(?:方面|任务类别|工作方面)$/],
  ['keyTask', /^(?:重点任务|主要任务|任务名称|任务)$/],
  ['measure', /^(?:具体措施|工作措施|主要措施|措施|具体任务|任务内容|工作内容)$/],
  ['leadUnits', /^(?:牵头单位|牵头部门|责任单位|主责单位|牵头责任单位)$/],
  ['supportUnits', /^(?:配合单位|配合部门|协办单位)$/],
  ['deadline', /^(?:完成时限|完成时间|时间节点|时限)$/],
  ['indicators', /^(?:量化指标|指标|目标值|量化目标)$/],
];

const norm = (s: string) => s.replace(/[\s\u3000]/g, '');

function columnOf(header: string): Column {
  const h = norm(header);
  if (h === '') return 'other';
  for (const [c, re] of HEADERS) if (re.test(h)) return c;
  return 'other';
}

interface Positioned {
  cell: SourceCell;
  col: number;
}

/** Cells with their grid column, so merged and spanned cells line up with the header. */
function positioned(row: SourceRow): Positioned[] {
  let col = row.gridBefore;
  return row.cells.map((cell) => {
    const p = { cell, col };
    col += cell.span;
    return p;
  });
}

const cellText = (c: SourceCell) => c.lines.join('');

/** The header row's columns by grid position, or null when this is not a task table. */
function readHeader(row: SourceRow): Map<number, Column> | null {
  const cols = new Map<number, Column>();
  for (const { cell, col } of positioned(row)) cols.set(col, columnOf(cellText(cell)));
  const has = (c: Column) => [...cols.values()].includes(c);
  if (!(has('measure') || has('keyTask'))) return null;
  if (!(has('leadUnits') || has('deadline') || has('supportUnits'))) return null;
  return cols;
}

type PartSpec = PlanSpec['parts'][number];
type AspectSpec = PartSpec['aspects'][number];
type KeyTaskSpec = AspectSpec['keyTasks'][number];

export const TABLE_PART = '全部任务';
export const TABLE_ASPECT = '未分方面';

export function planFromTables(doc: SourceDocument): ImportDraft {
  const draft: ImportDraft = { title: null, parts: [], leftovers: [], notes: [], measures: 0 };
  let part: PartSpec | null = null;
  let aspect: AspectSpec | null = null;
  let task: KeyTaskSpec | null = null;
  // A "一、" heading before a table names the part of its rows; one that no row used is a leftover.
  let pending: { title: string; paragraph: number; text: string } | null = null;
  const dropPending = () => {
    if (pending) draft.leftovers.push({ paragraph: pending.paragraph, text: pending.text });
    pending = null;
  };
  let madeUntitledPart = false;
  let madeUntitledAspect = false;

  const openPart = (title: string) => {
    part = { title, kind: 'part', goals: '', content: '', indicators: [], aspects: [], keyTasks: [] };
    draft.parts.push(part);
    aspect = task = null;
  };

  const readTable = (table: SourceTable, header: Map<number, Column>, headerRow: number) => {
    const hasAspect = [...header.values()].includes('aspect');
    // The text each merged column shows on the current row, and whether it started a new node here.
    const shown = new Map<number, string>();
    table.rows.forEach((row, r) => {
      if (r <= headerRow) return;
      const cells = positioned(row);
      const nonEmpty = cells.filter((p) => p.cell.lines.length > 0);
      if (nonEmpty.length === 0) return;
      // A repeated header (a table pasted page by page) is skipped.
      if (readHeader(row) !== null) return;
      // A row with one cell across the table is a part or aspect heading.
      if (cells.length === 1 || (nonEmpty.length === 1 && nonEmpty[0].cell.span > 1 && header.size > 2)) {
        const text = cellText(nonEmpty[0].cell);
        const m = readMarker(text);
        if (m?.kind === 'aspect' && part) {
          aspect = { title: m.rest, keyTasks: [] };
          (part as PartSpec).aspects.push(aspect);
          task = null;
        } else {
          dropPending();
          openPart(m ? m.rest : text.trim());
        }
        return;
      }
      const value: Partial<Record<Column, { text: string; starts: boolean; cell: SourceCell }>> = {};
      for (const { cell, col } of cells) {
        const column = header.get(col) ?? 'other';
        const text = cellText(cell);
        if (column === 'other' || column === 'index') {
          if (column === 'other') cell.lines.forEach((line, k) => draft.leftovers.push({ paragraph: cell.first + k, text: line }));
          continue;
        }
        const continues = cell.vMerge === 'continue' || (text === '' && (column === 'part' || column === 'aspect' || column === 'keyTask'));
        const starts = !continues && (cell.vMerge === 'restart' || shown.get(col) !== text);
        if (!continues) shown.set(col, text);
        value[column] = { text: continues ? (shown.get(col) ?? '') : text, starts, cell };
      }
      if (value.part?.starts && value.part.text) {
        dropPending();
        openPart(withoutMarker(value.part.text));
      }
      if (!part) {
        const named = pending as { title: string } | null;
        openPart(named?.title ?? TABLE_PART);
        if (named === null) madeUntitledPart = true;
        pending = null;
      }
      const p = part as unknown as PartSpec;
      if (hasAspect ? value.aspect?.starts || !aspect : !aspect) {
        const title = hasAspect && value.aspect?.text ? withoutMarker(value.aspect.text) : TABLE_ASPECT;
        if (title === TABLE_ASPECT) madeUntitledAspect = true;
        aspect = { title, keyTasks: [] };
        p.aspects.push(aspect);
        task = null;
      }
      const a = aspect as unknown as AspectSpec;
      const taskText = value.keyTask?.text ?? '';
      if (!task || value.keyTask?.starts || value.aspect?.starts) {
        task = { title: withoutMarker(taskText), measures: [] };
        a.keyTasks.push(task);
      }
      const t = task as unknown as KeyTaskSpec;
      const lead = splitUnits(value.leadUnits?.cell.lines.join('、') ?? '');
      const support = splitUnits(value.supportUnits?.cell.lines.join('、') ?? '');
      const deadline = value.deadline?.cell.lines.join('') ?? '';
      const indicators = value.indicators ? linkIndicators(p, value.indicators.cell) : [];
      // One measure per line of the 具体措施 cell; a table without that column lists the task itself.
      const lines = value.measure ? value.measure.cell.lines : value.keyTask?.starts ? [taskText] : [];
      for (const line of lines) {
        const { text, note } = splitMeasureNote(withoutMarker(line));
        t.measures.push({
          text,
          leadUnits: note?.leadUnits.length ? note.leadUnits : lead,
          supportUnits: note?.supportUnits.length ? note.supportUnits : support,
          deadline: note?.deadline || deadline,
          indicators,
        });
        draft.measures++;
      }
    });
  };

  /** The 量化指标 cell's targets become the part's indicators (by name) and the measure's links. */
  const linkIndicators = (p: PartSpec, cell: SourceCell): string[] => {
    const names: string[] = [];
    indicatorItems(cell.lines).forEach((item) => {
      const target = parseIndicatorTarget(item);
      if (!target) {
        draft.leftovers.push({ paragraph: cell.first, text: item });
        return;
      }
      if (!p.indicators.some((i) => i.name === target.name)) p.indicators.push({ ...target, baselineYear: null, baselineValue: null });
      if (!names.includes(target.name)) names.push(target.name);
    });
    return names;
  };

  for (const block of doc.blocks) {
    if (block.type === 'paragraph') {
      const text = block.text.trim();
      if (text === '') continue;
      const m = readMarker(text);
      if (m?.kind === 'part' || block.outlineLevel === 0) {
        dropPending();
        pending = { title: m ? m.rest : text, paragraph: block.index, text };
        part = null;
        aspect = task = null;
      } else if (draft.title === null && draft.parts.length === 0 && !/^附件\s*\d*[：:]?$/.test(text)) draft.title = text;
      else draft.leftovers.push({ paragraph: block.index, text });
      continue;
    }
    const headerRow = block.rows.findIndex((row) => readHeader(row) !== null);
    if (headerRow < 0) {
      for (const row of block.rows) for (const c of row.cells) c.lines.forEach((line, k) => draft.leftovers.push({ paragraph: c.first + k, text: line }));
      continue;
    }
    for (const row of block.rows.slice(0, headerRow)) for (const c of row.cells) c.lines.forEach((line, k) => draft.leftovers.push({ paragraph: c.first + k, text: line }));
    readTable(block, readHeader(block.rows[headerRow])!, headerRow);
  }
  dropPending();
  if (madeUntitledPart) draft.notes.push(`任务分工表没有“部分”一级，全部任务已放入部分“${TABLE_PART}”，请按需要拆分并改名。`);
  if (madeUntitledAspect) draft.notes.push(`任务分工表没有“方面”列，重点任务已放入方面“${TABLE_ASPECT}”，请按需要拆分并改名。`);
  draft.leftovers.sort((x, y) => x.paragraph - y.paragraph);
  return draft;
}
