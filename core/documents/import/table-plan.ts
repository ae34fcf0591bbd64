// A plan laid out as a 任务分工表 → PlanSpec. Columns are found by what their header means, with
// the synonyms real tables use (工作措施/主要内容/项目名称, 牵头部门/主责单位/责任单位, 计划节点…),
// over one or two header rows (a merged "责任单位" above 牵头/配合). Two columns of one meaning are
// both kept (牵头部门 and 主责单位 → both lead units), never one over the other; a column that
// cannot be placed is named in the notes and its cells are listed as left out. A row with one
// text across the table ("一、空气质量目标") is a part (or "（一）" an aspect), not a task. The
// drafter may give any column another meaning in the preview (overrides).
import type { PlanSpec } from '../../model/plan-spec.ts';
import { attachmentListLines, noticeEnd, readFrontMatter } from './front-matter.ts';
import { readMarker, withoutMarker } from '../../model/markers.ts';
import { indicatorItems, parseIndicatorTarget } from './indicator-cell.ts';
import { SECTION_TITLE, type ImportDraft } from './outline-plan.ts';
import { row as readRow, type ColumnMeaning, type ColumnReading, type ImportOverrides, type ReadRow } from './reading.ts';
import { cleanDeadline, describeResponsibility, documentConvention, parseResponsibility, splitTrailingPhrase } from './responsibility.ts';
import type { SourceCell, SourceDocument, SourceRow, SourceTable } from './source.ts';
import { COLUMN_LABEL, readHeader } from '../../model/column-words.ts';
import { splitUnitNames } from '../../model/unit-names.ts';

export const MEANING_TEXT: Record<ColumnMeaning, string> = COLUMN_LABEL;

const norm = (s: string) => s.replace(/[\s\u3000]/g, '');

/** A header's meaning by the app's one list of column words (model/column-words.ts). */
export function meaningOfHeader(header: string): ColumnMeaning {
  return readHeader(header).meaning;
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

/** Header text per grid column (a spanned cell covers all its columns). */
function headerTexts(row: SourceRow): Map<number, string> {
  const texts = new Map<number, string>();
  for (const { cell, col } of positioned(row)) for (let k = 0; k < cell.span; k++) texts.set(col + k, norm(cellText(cell)));
  return texts;
}

const isTaskHeader = (meanings: ColumnMeaning[]) =>
  (meanings.includes('measure') || meanings.includes('keyTask')) && (meanings.includes('leadUnits') || meanings.includes('deadline') || meanings.includes('supportUnits'));

interface Header {
  /** grid column → header text */
  texts: Map<number, string>;
  /** the last header row */
  last: number;
  first: number;
}

/** The header of a task table: one row, or two when the second names the columns under merged ones. */
function findHeader(table: SourceTable): Header | null {
  for (let r = 0; r < table.rows.length; r++) {
    const one = headerTexts(table.rows[r]);
    const next = table.rows[r + 1];
    if (next) {
      const below = headerTexts(next);
      const belowCells = [...below.values()].filter((t) => t !== '');
      const allHeaders = belowCells.length > 0 && belowCells.every((t) => meaningOfHeader(t) !== 'other');
      if (allHeaders) {
        const merged = new Map(one);
        for (const [col, t] of below) if (t !== '') merged.set(col, t);
        if (isTaskHeader([...merged.values()].map(meaningOfHeader))) return { texts: merged, first: r, last: r + 1 };
      }
    }
    if (isTaskHeader([...one.values()].map(meaningOfHeader))) return { texts: one, first: r, last: r };
  }
  return null;
}

type PartSpec = PlanSpec['parts'][number];
type AspectSpec = PartSpec['aspects'][number];
type KeyTaskSpec = AspectSpec['keyTasks'][number];

export const TABLE_PART = '全部任务';
export const TABLE_ASPECT = '未分方面';
const UNTITLED_TASK = '未分重点任务';

export function planFromTables(doc: SourceDocument, overrides: ImportOverrides = {}): ImportDraft {
  const draft: ImportDraft = { title: null, parts: [], leftovers: [], notes: [], measures: 0, aspects: false, rows: [], columns: [] };
  let part: PartSpec | null = null;
  let aspect: AspectSpec | null = null;
  let task: KeyTaskSpec | null = null;
  let realAspects = false;
  // A "一、" heading before a table names the part of its rows; one that no row used is a leftover.
  let pending: { title: string; paragraph: number; text: string; row: ReadRow } | null = null;
  const dropPending = () => {
    if (pending) {
      draft.leftovers.push({ paragraph: pending.paragraph, text: pending.text, reason: '表格之前的标题，其后没有任务行' });
      Object.assign(pending.row, { as: 'leftover', skipped: '表格之前的标题，其后没有任务行' });
    }
    pending = null;
  };
  let madeUntitledPart = false;
  let section: PartSpec | null = null;

  const openPart = (title: string) => {
    part = { title, kind: 'part', goals: '', content: '', indicators: [], aspects: [], keyTasks: [] };
    draft.parts.push(part);
    aspect = task = null;
  };
  const leftoverCells = (cells: SourceCell[], reason: string) => {
    for (const c of cells) c.lines.forEach((line, k) => draft.leftovers.push({ paragraph: c.first + k, text: line, reason }));
  };
  const firstIndex = (row: SourceRow) => row.cells.find((c) => c.first >= 0)?.first ?? -1;
  const rowText = (row: SourceRow) =>
    row.cells
      .map(cellText)
      .filter((t) => t !== '')
      .join(' | ');

  const front = readFrontMatter(doc.paragraphs, firstStructure(doc));
  draft.title = front.titleText;
  const convention = documentConvention(doc.paragraphs);
  draft.measureAt = new Map();

  let tableNo = -1;
  const lastHeader: { key: string; shown: Map<number, string> } = { key: '', shown: new Map() };
  const readTable = (table: SourceTable, header: Header) => {
    // Meanings by grid column: found by header, or as the drafter chose.
    const meanings = new Map<number, ColumnMeaning>();
    for (const [col, text] of header.texts) {
      const chosen = overrides.columns?.find((c) => c.table === tableNo && c.column === col);
      meanings.set(col, chosen ? chosen.meaning : meaningOfHeader(text));
      draft.columns!.push({ table: tableNo, column: col, header: text, meaning: meanings.get(col)!, chosen: !!chosen });
    }
    const structure = readStructure(table, header, meanings, tableNo, overrides, draft.notes, convention);
    resolveDuplicates(meanings, header.texts, draft.notes, tableNo, overrides, structure.detail);
    for (const c of draft.columns!) if (c.table === tableNo) c.meaning = meanings.get(c.column)!;
    const cols = (m: ColumnMeaning) => [...meanings].filter(([, x]) => x === m).map(([c]) => c);
    const unplaced = [...meanings].filter(([c, m]) => m === 'other' && !structure.leaders.has(c)).map(([c]) => header.texts.get(c) || `第${c + 1}列`);
    if (unplaced.length) draft.notes.push(`第${tableNo + 1}个表格的${unplaced.map((h) => `“${h}”`).join('')}列未能识别含义，其内容列为未归入的文字；可在预览中指定该列的含义。`);
    const hasAspect = cols('aspect').length > 0;
    if (hasAspect) realAspects = true;
    const hasMeasure = cols('measure').length > 0;
    // A table that repeats the previous one's header continues it (a table split over pages):
    // its first row's merged titles, or any "……（续）" title, continue the node above.
    const headerKey = [...header.texts].join('|');
    const continuation = headerKey === lastHeader.key;
    const shown = continuation ? lastHeader.shown : new Map<number, string>();
    lastHeader.key = headerKey;
    lastHeader.shown = shown;

    table.rows.forEach((row, r) => {
      const at = firstIndex(row);
      if (r < header.first) {
        if (at >= 0) draft.rows.push(readRow(at, rowText(row), 'leftover', { skipped: '表头之前的行' }));
        leftoverCells(row.cells, '表头之前的行');
        return;
      }
      if (r <= header.last) {
        if (at >= 0) draft.rows.push(readRow(at, rowText(row), 'header', { title: '表头' }));
        return;
      }
      const cells = positioned(row);
      const nonEmpty = cells.filter((p) => p.cell.lines.length > 0);
      if (nonEmpty.length === 0) return;
      const rr = readRow(at, rowText(row), 'leftover');
      draft.rows.push(rr);
      // A repeated header (a table pasted page by page) is skipped.
      if (isTaskHeader(nonEmpty.map((p) => meaningOfHeader(cellText(p.cell)))) || nonEmpty.every((p) => meaningOfHeader(cellText(p.cell)) !== 'other')) {
        Object.assign(rr, { as: 'header', title: '重复的表头' });
        return;
      }
      // A section row: one text across the table (merged, or repeated in every cell), maybe
      // after a 序号 like "一".
      const isIndex = (p: Positioned) => meanings.get(p.col) === 'index' && p.cell.span === 1;
      const texts = [...new Set(nonEmpty.filter((p) => !isIndex(p)).map((p) => cellText(p.cell)))];
      const indexText = nonEmpty.find(isIndex)?.cell;
      const spans = nonEmpty.some((p) => p.cell.span > 1) || cells.length === 1;
      const unitsEmpty = nonEmpty.every((p) => !['leadUnits', 'supportUnits', 'deadline'].includes(meanings.get(p.col)!) || texts.length === 1);
      const marker = texts.length === 1 ? readMarker(texts[0]) : null;
      const chineseIndex = indexText && /^[一二三四五六七八九十]+[、.．]?$/.test(cellText(indexText));
      if (texts.length === 1 && meanings.size > 2 && unitsEmpty && (spans || marker?.kind === 'part' || marker?.kind === 'aspect' || chineseIndex)) {
        if (marker?.kind === 'aspect' && part) {
          aspect = { title: marker.rest, keyTasks: [] };
          (part as PartSpec).aspects.push(aspect);
          realAspects = true;
          task = null;
          Object.assign(rr, { as: 'aspect', title: marker.rest });
        } else {
          dropPending();
          const title = marker ? marker.rest : texts[0].trim();
          openPart(title);
          Object.assign(rr, { as: 'part', title, rule: '横跨表格的一行读作部分标题' });
        }
        return;
      }
      const value: Partial<Record<ColumnMeaning, { text: string; starts: boolean; cells: SourceCell[] }>> = {};
      const details: string[] = [];
      for (const { cell, col } of cells) {
        const column = meanings.get(col) ?? 'other';
        const written = cellText(cell);
        const text = written.replace(/[（(]续[)）]$/, '');
        const continuedTitle =
          (column === 'part' || column === 'aspect' || column === 'keyTask') &&
          (text !== written || (continuation && r === header.last + 1)) &&
          text !== '' &&
          shown.get(col) === text;
        if (column === 'other' || column === 'index') {
          if (column === 'other')
            leftoverCells([cell], structure.leaders.has(col) ? `“${header.texts.get(col)}”列是领导职务，不是单位` : `“${header.texts.get(col) || `第${col + 1}列`}”列未能识别含义`);
          continue;
        }
        if (structure.detail.has(col)) {
          if (written !== '' && cell.vMerge !== 'continue') details.push(written);
          continue;
        }
        const continues = cell.vMerge === 'continue' || continuedTitle || (text === '' && (column === 'part' || column === 'aspect' || column === 'keyTask'));
        const starts = !continues && (cell.vMerge === 'restart' || shown.get(col) !== text);
        if (!continues) shown.set(col, text);
        const shownText = continues ? (shown.get(col) ?? '') : text;
        const prev = value[column];
        // Two columns of one meaning: both kept, joined.
        if (prev)
          value[column] = {
            text: [prev.text, shownText].filter((t) => t !== '').join(column === 'measure' ? '：' : '；'),
            starts: prev.starts || starts,
            cells: [...prev.cells, cell],
          };
        else value[column] = { text: shownText, starts, cells: [cell] };
      }
      if (value.part?.starts && value.part.text) {
        dropPending();
        openPart(withoutMarker(value.part.text));
      }
      if (!part) {
        const named = pending as { title: string; row: ReadRow } | null;
        openPart(named?.title ?? TABLE_PART);
        if (named) Object.assign(named.row, { as: 'part', title: named.title, skipped: null });
        if (named === null) madeUntitledPart = true;
        pending = null;
      }
      const p = part as unknown as PartSpec;
      if (hasAspect ? value.aspect?.starts || !aspect : !aspect) {
        const title = hasAspect && value.aspect?.text ? withoutMarker(value.aspect.text) : TABLE_ASPECT;
        aspect = { title, keyTasks: [] };
        p.aspects.push(aspect);
        task = null;
      }
      const a = aspect as unknown as AspectSpec;
      const taskText = value.keyTask?.text ?? '';
      if (!task || value.keyTask?.starts || value.aspect?.starts) {
        task = { title: value.keyTask ? withoutMarker(taskText) : UNTITLED_TASK, measures: [] };
        if (!value.keyTask) draft.notes.push(`第${tableNo + 1}个表格没有“重点任务”列，措施已放入重点任务“${UNTITLED_TASK}”，请改名或在预览中把某一列指定为重点任务。`);
        a.keyTasks.push(task);
      }
      const t = task as unknown as KeyTaskSpec;
      const unitsOf = (v?: { cells: SourceCell[] }) => splitUnitNames((v?.cells ?? []).map((c) => c.lines.join('、')).join('、'));
      let lead = unitsOf(value.leadUnits);
      let support = unitsOf(value.supportUnits);
      let settled: string | null = null;
      // "区发改委牵头，区财政局配合" written in one 责任单位 cell; or a list read by the convention.
      const leadCellText = (value.leadUnits?.cells ?? []).map((c) => c.lines.join('，')).join('，');
      if (/牵头|配合|参与|协办|负责/.test(leadCellText)) {
        const phrase = parseResponsibility(leadCellText, structure.responsibleOnly ? convention : null);
        if (phrase) {
          lead = phrase.leadUnits;
          support = [...new Set([...phrase.supportUnits, ...phrase.implementers, ...support])].filter((u) => !lead.includes(u));
          settled = describeResponsibility(phrase);
        }
      } else if (structure.responsibleOnly && convention && lead.length > 1) {
        support = [...new Set([...lead.slice(1), ...support])];
        lead = lead.slice(0, 1);
        settled = `按第${convention.paragraph + 1}段“${convention.text}”：${lead[0]}为牵头单位`;
      }
      const deadline = value.deadline ? cleanDeadline(value.deadline.cells.map((c) => c.lines.join('')).join('；')) : '';
      const indicators = value.indicators ? value.indicators.cells.flatMap((c) => linkIndicators(p, c)) : [];
      // One measure per line of the 具体措施 cell; a table without that column lists the task itself.
      const measureCells = value.measure?.cells ?? [];
      const lines: { text: string; index: number }[] =
        measureCells.length > 1
          ? [{ text: value.measure!.text, index: measureCells[0].first }]
          : measureCells.length === 1
            ? measureCells[0].lines.map((l, k) => ({ text: l, index: measureCells[0].first + k }))
            : !hasMeasure && value.keyTask?.starts
              ? [{ text: taskText, index: value.keyTask.cells[0].first }]
              : [];
      if (lines.length === 0) {
        Object.assign(rr, { as: 'keyTask', title: t.title });
        return;
      }
      lines.forEach((line, k) => {
        const { text: own, phrase } = splitTrailingPhrase(withoutMarker(line.text));
        const detail = details.join('');
        const text = detail ? `${own}${/[。；]$/.test(own) ? '' : '。'}${detail}` : own;
        const m = {
          text,
          leadUnits: phrase?.leadUnits.length ? phrase.leadUnits : lead,
          supportUnits: phrase && (phrase.supportUnits.length || phrase.implementers.length) ? [...phrase.supportUnits, ...phrase.implementers] : support,
          deadline: phrase?.deadline || deadline,
          indicators,
        };
        t.measures.push(m);
        draft.measureAt!.set(line.index, m);
        draft.measures++;
        const target = k === 0 ? rr : readRow(line.index, line.text, 'measure');
        if (k > 0) draft.rows.push(target);
        Object.assign(target, {
          as: 'measure',
          title: text,
          leadUnits: m.leadUnits,
          supportUnits: m.supportUnits,
          deadline: m.deadline,
          rule: phrase ? `措施文字中的责任单位：${describeResponsibility(phrase)}` : (settled ?? (value.keyTask?.starts && k === 0 ? `重点任务：${t.title}` : null)),
        });
      });
    });
  };

  /** The 量化指标 cell's targets become the part's indicators (by name) and the measure's links. */
  const linkIndicators = (p: PartSpec, cell: SourceCell): string[] => {
    const names: string[] = [];
    indicatorItems(cell.lines).forEach((item) => {
      const target = parseIndicatorTarget(item);
      if (!target) {
        draft.leftovers.push({ paragraph: cell.first, text: item, reason: '量化指标无法读作“名称 比较 数值 单位”' });
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
      const rr = readRow(block.index, text, 'leftover');
      draft.rows.push(rr);
      const skipped = front.skipped.get(block.index);
      if (skipped) {
        Object.assign(rr, skipped === '计划标题（续行）' ? { as: 'title', title: front.titleText } : { as: 'skipped', skipped });
        continue;
      }
      if (block.index === front.title) {
        Object.assign(rr, { as: 'title', title: front.titleText ?? text });
        continue;
      }
      const m = readMarker(text);
      const headingTitle = m?.kind === 'part' ? m.rest : block.outlineLevel === 0 ? text : null;
      if (headingTitle !== null && SECTION_TITLE.test(headingTitle)) {
        // 总体要求, 保障措施…: a text section with the paragraphs after it, up to the next heading.
        dropPending();
        section = { title: headingTitle.replace(/[。：:]$/, ''), kind: 'section', goals: '', content: '', indicators: [], aspects: [], keyTasks: [] };
        draft.parts.push(section);
        part = null;
        aspect = task = null;
        Object.assign(rr, { as: 'section', title: section.title, level: 'L1' });
        continue;
      }
      if (headingTitle === null && section) {
        section.content = section.content ? `${section.content}\n${text}` : text;
        Object.assign(rr, { as: 'content', title: section.title });
        continue;
      }
      if (m?.kind === 'part' || block.outlineLevel === 0) {
        section = null;
        dropPending();
        pending = { title: m ? m.rest : text, paragraph: block.index, text, row: rr };
        rr.level = 'L1';
        part = null;
        aspect = task = null;
        continue;
      }
      if (convention && block.index === convention.paragraph) {
        Object.assign(rr, { as: 'units', rule: `全文约定“${convention.text}”：用于表格中有多个责任单位的各行` });
        continue;
      }
      rr.skipped = '表格之外的文字';
      draft.leftovers.push({ paragraph: block.index, text, reason: rr.skipped });
      continue;
    }
    tableNo++;
    section = null;
    const header = findHeader(block);
    if (!header) {
      for (const row of block.rows) {
        const at = firstIndex(row);
        if (at >= 0) draft.rows.push(readRow(at, rowText(row), 'leftover', { skipped: '不是任务分工表（表头中没有措施和责任单位或时限列）' }));
        leftoverCells(row.cells, '不是任务分工表（表头中没有措施和责任单位或时限列）');
      }
      continue;
    }
    readTable(block, header);
  }
  dropPending();
  if (madeUntitledPart) draft.notes.push(`任务分工表没有“部分”一级，全部任务已放入部分“${TABLE_PART}”，请按需要拆分并改名。`);
  // Without a 方面 column or "（一）" rows the table is a three-level plan: tasks directly under parts.
  if (!realAspects) {
    for (const p of draft.parts) {
      p.keyTasks = p.aspects.flatMap((a) => a.keyTasks);
      p.aspects = [];
    }
  } else {
    for (const p of draft.parts)
      if (p.aspects.some((a) => a.title === TABLE_ASPECT)) draft.notes.push(`“${p.title}”中有任务行不在任何方面之下，已放入方面“${TABLE_ASPECT}”，请改名。`);
  }
  draft.aspects = realAspects;
  const sections = draft.parts.filter((p) => p.kind === 'section');
  if (sections.length) draft.notes.push(`${sections.map((x) => `“${x.title}”`).join('')}是没有任务的正文章节，已作为计划的文字章节导入，不计入数量。`);
  draft.notes.splice(0, draft.notes.length, ...new Set(draft.notes));
  const skipped = draft.rows.filter((r) => r.as === 'skipped');
  if (skipped.length) draft.notes.push(`已略去${[...new Set(skipped.map((r) => r.skipped!.replace(/（.*$/, '')))].join('、')}共${skipped.length}段（不属于计划正文）。`);
  draft.leftovers.sort((x, y) => x.paragraph - y.paragraph);
  draft.rows.sort((x, y) => x.index - y.index);
  return draft;
}

/** Where the plan body starts: the first table, or the first "一、" heading before it (not the notice's own). */
function firstStructure(doc: SourceDocument): number {
  const notice = noticeEnd(doc.paragraphs);
  const list = attachmentListLines(doc.paragraphs);
  for (const b of doc.blocks) {
    if (b.type === 'table') {
      for (const r of b.rows) for (const c of r.cells) if (c.first >= 0) return c.first;
      continue;
    }
    if (b.index <= notice || list.has(b.index)) continue;
    if (readMarker(b.text)?.kind === 'part' || b.outlineLevel === 0) return b.index;
  }
  return doc.paragraphs.length;
}

/**
 * Two columns of one meaning. 项目名称 + 主要内容 with no 重点任务 column: the first names the task.
 * Lead, support and deadline columns are all kept and their contents joined — never one over
 * the other. Said once in the notes.
 */
function resolveDuplicates(meanings: Map<number, ColumnMeaning>, texts: Map<number, string>, notes: string[], table: number, overrides: ImportOverrides, detail: Set<number>) {
  const chosen = (col: number) => overrides.columns?.some((c) => c.table === table && c.column === col);
  const colsOf = (m: ColumnMeaning) =>
    [...meanings]
      .filter(([, x]) => x === m)
      .map(([c]) => c)
      .filter((c) => !detail.has(c));
  const name = (c: number) => `“${texts.get(c) || `第${c + 1}列`}”`;
  const measures = colsOf('measure');
  for (const c of detail) notes.push(`第${table + 1}个表格的${name(c)}列是措施的标准或要求，其内容接在该行措施文字之后。`);
  if (measures.length > 1 && colsOf('keyTask').length === 0 && !chosen(measures[0])) {
    meanings.set(measures[0], 'keyTask');
    notes.push(
      `第${table + 1}个表格有${measures.map(name).join('')}两列措施内容、没有“重点任务”列：${name(measures[0])}读作重点任务，${measures.slice(1).map(name).join('')}读作具体措施。`,
    );
  }
  for (const m of ['leadUnits', 'supportUnits', 'deadline', 'measure', 'keyTask'] as ColumnMeaning[]) {
    const cols = colsOf(m);
    if (cols.length > 1) notes.push(`第${table + 1}个表格的${cols.map(name).join('')}列都读作${MEANING_TEXT[m]}，内容合并记入，没有舍弃任何一列。`);
  }
}

interface TableStructure {
  /** 标准/要求 columns: joined to the measure's text. */
  detail: Set<number>;
  /** 责任领导 columns: people, not units. */
  leaders: Set<number>;
  /** The table's units come from 责任单位 columns only (no 牵头 column): a convention may split them. */
  responsibleOnly: boolean;
}

/**
 * What the header words alone cannot say: a 责任单位 column beside a 牵头单位 column holds the
 * supporting units; a column with no header whose cells are merged down the rows is the
 * category (部分) of the rows beside it, never the item column.
 */
function readStructure(
  table: SourceTable,
  header: Header,
  meanings: Map<number, ColumnMeaning>,
  tableNo: number,
  overrides: ImportOverrides,
  notes: string[],
  convention: ReturnType<typeof documentConvention>,
): TableStructure {
  const chosen = (col: number) => overrides.columns?.some((c) => c.table === tableNo && c.column === col) ?? false;
  const readings = new Map([...header.texts].map(([col, text]) => [col, readHeader(text)] as const));
  const detail = new Set([...readings].filter(([col, r]) => r.detail && !chosen(col)).map(([col]) => col));
  const leaders = new Set([...readings].filter(([col, r]) => r.leader && !chosen(col)).map(([col]) => col));
  const leadCols = [...readings].filter(([col, r]) => meanings.get(col) === 'leadUnits' && !r.responsible);
  const responsibleCols = [...readings].filter(([col, r]) => r.responsible && meanings.get(col) === 'leadUnits' && !chosen(col));
  if (leadCols.length > 0 && responsibleCols.length > 0) {
    for (const [col] of responsibleCols) meanings.set(col, 'supportUnits');
    notes.push(
      `第${tableNo + 1}个表格既有${leadCols.map(([c]) => `“${header.texts.get(c)}”`).join('')}列又有${responsibleCols.map(([c]) => `“${header.texts.get(c)}”`).join('')}列：后者记为配合单位。`,
    );
  }
  const responsibleOnly = leadCols.length === 0 && responsibleCols.length > 0;
  if (responsibleOnly && convention) notes.push(`第${tableNo + 1}个表格的责任单位按第${convention.paragraph + 1}段的约定“${convention.text}”分为牵头单位（第一个）和配合单位。`);
  if (leaders.size) notes.push(`第${tableNo + 1}个表格的${[...leaders].map((c) => `“${header.texts.get(c)}”`).join('')}列是领导职务，不是单位，其内容列为未归入的文字。`);
  // An unheaded column merged down its rows: the category of the rows beside it.
  const body = table.rows.slice(header.last + 1);
  if (![...meanings.values()].includes('part')) {
    for (const [col, text] of header.texts) {
      if (text !== '' || meanings.get(col) !== 'other' || chosen(col)) continue;
      const cells = body.map((row) => positioned(row).find((p) => p.col === col)?.cell).filter((c): c is SourceCell => c !== undefined);
      const merged = cells.filter((c) => c.vMerge === 'continue').length;
      if (merged > 0 && merged * 3 >= cells.length) {
        meanings.set(col, 'part');
        notes.push(`第${tableNo + 1}个表格的第${col + 1}列没有表头、单元格纵向合并，读作部分（类别），不是措施列。`);
      }
    }
  }
  return { detail, leaders, responsibleOnly };
}
