// 修改对照表: 序号 | 原文 | 修改后 | 修改说明/意见来源, one row per changed node of the newer draft,
// in document order. Removed words are struck through in 原文, new words bold and underlined in
// 修改后, as reviewers read such tables on paper (black only: 公文 are printed in black).
import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { changedNotes, commentSource, moveNote } from '../../model/describe-comparison.ts';
import { FIELD_LABEL, hasAnyChange, type CompareNode, type Comparison, type DraftLabel, type FieldChange, type InlineOp } from '../../model/comparison.ts';
import { levelWords, shownCountFields, type LevelWords } from '../../model/level-words.ts';
import { KIND_LABEL, type Tally } from '../../model/plan.ts';
import { joinUnits } from './assignment-note.ts';
import { attachmentLabelParagraphs } from './attachment-label.ts';
import { runProperties, textParagraph, textRun, titleParagraph } from './runs.ts';
import { buildSection, packDocument } from './section.ts';
import { TABLE_LINE_EXACT } from './style.ts';
import { fixedTable, widthsFromWeights } from './table-grid.ts';

export const COMPARISON_TABLE_SUFFIX = '修改对照表';

const HEADER = ['序号', '原文', '修改后', '修改说明/意见来源'] as const;
/** 原文 and 修改后 carry whole measures; the note is short. */
const WEIGHT = [5, 36, 36, 23] as const;

type Mark = 'plain' | 'new' | 'removed';
type Piece = { text: string; mark: Mark };

/** One table row: the cells' paragraphs, each paragraph a list of marked pieces. */
export interface ComparisonRow {
  before: Piece[][];
  after: Piece[][];
  note: string[];
}

function run(piece: Piece, header = false): TextRun {
  const base = runProperties(header ? 'tableHeader' : 'tableCell');
  if (piece.mark === 'new') return new TextRun({ text: piece.text, ...base, bold: true, boldComplexScript: true, underline: {} });
  if (piece.mark === 'removed') return new TextRun({ text: piece.text, ...base, strike: true });
  return new TextRun({ text: piece.text, ...base });
}

function cellParagraph(pieces: Piece[], center = false, header = false): Paragraph {
  return new Paragraph({
    children: pieces.filter((p) => p.text !== '').map((p) => run(p, header)),
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { line: TABLE_LINE_EXACT, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  });
}

const plain = (text: string): Piece[] => [{ text, mark: 'plain' }];
const all = (text: string, mark: Mark): Piece[] => [{ text, mark }];
const DASH = plain('—');

/** The older side of a word diff (deleted words struck) or the newer side (inserted words marked). */
function side(ops: InlineOp[], which: 'before' | 'after'): Piece[] {
  const pieces: Piece[] = [];
  for (const o of ops) {
    if (o.op === 'equal') pieces.push({ text: o.text, mark: 'plain' });
    else if (o.op === 'delete' && which === 'before') pieces.push({ text: o.text, mark: 'removed' });
    else if (o.op === 'insert' && which === 'after') pieces.push({ text: o.text, mark: 'new' });
  }
  return pieces;
}

const fieldText = (v: string | string[]) => (Array.isArray(v) ? joinUnits(v) : v) || '（无）';

function fieldLines(fields: FieldChange[], which: 'before' | 'after'): Piece[][] {
  return fields.map((f) => {
    const label = plain(`${FIELD_LABEL[f.field]}：`);
    if (f.inline) return [...label, ...side(f.inline, which)];
    return [...label, ...all(fieldText(which === 'before' ? f.before : f.after), which === 'before' ? 'removed' : 'new')];
  });
}

/**
 * Where a node sits, by its 条款 number as the 意见采纳情况表 names it: "一、（二）3.（1）"; a
 * part by its number and title. A removed node is named by its number in the older draft.
 */
function clause(n: CompareNode, ancestors: CompareNode[], which: 'before' | 'after'): string[] {
  const chain = [...ancestors, n];
  const number = (x: CompareNode) => (which === 'after' ? (x.numberAfter ?? x.numberBefore) : (x.numberBefore ?? x.numberAfter)) ?? '';
  if (chain.length === 1) return [`条款：${number(n)}${(which === 'after' ? n.after : n.before) ?? ''}`];
  return [`条款：${which === 'before' ? '原' : ''}${chain.map(number).join('')}`];
}

/** A quoted piece of a change, short enough for the note column. */
const quoted = (text: string) => `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;

/** "根据区交通局意见，": the units whose adopted comments brought the change about. */
function basis(n: CompareNode): string {
  const units = [...new Set((n.comments ?? []).filter((c) => c.status === 'adopted' || c.status === 'partlyAdopted').map((c) => c.unit))];
  return units.length > 0 ? `根据${units.join('、')}意见，` : '';
}

/** The word changes as a sentence: "将“50”修改为“80”，增加“……”". */
function inlineProse(ops: InlineOp[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (o.op === 'equal') continue;
    const next = ops[i + 1];
    if (o.op === 'delete' && next?.op === 'insert') {
      out.push(`将${quoted(o.text)}修改为${quoted(next.text)}`);
      i++;
    } else if (o.op === 'insert' && next?.op === 'delete') {
      out.push(`将${quoted(next.text)}修改为${quoted(o.text)}`);
      i++;
    } else out.push(o.op === 'insert' ? `增加${quoted(o.text)}` : `删除${quoted(o.text)}`);
  }
  return out;
}

const fieldProse = (f: FieldChange) =>
  f.field === 'goals' || f.field === 'content' ? `修改${FIELD_LABEL[f.field]}` : `将${FIELD_LABEL[f.field]}由${quoted(fieldText(f.before))}调整为${quoted(fieldText(f.after))}`;

function subtreeLines(n: CompareNode, mark: Mark, depth = 1): Piece[][] {
  const out: Piece[][] = [];
  for (const c of n.children) {
    const own = mark === 'new' ? c.presence === 'added' : c.presence === 'removed';
    if (!own) continue;
    const text = mark === 'new' ? c.after! : c.before!;
    const number = mark === 'new' ? c.numberAfter! : c.numberBefore!;
    out.push([...plain('　'.repeat(depth)), ...all(`${number}${text}`, mark)]);
    out.push(...subtreeLines(c, mark, depth + 1));
  }
  return out;
}

/** "根据区交通局意见，删除该项具体措施。" or, with no comment behind it, what the drafter's edit was. */
function removalProse(n: CompareNode, label: string): string {
  const asked = basis(n);
  if (asked !== '') return `${asked}删除该项${label}。`;
  const reasons = (n.comments ?? []).map((c) => c.text.trim()).filter((t) => t !== '');
  if (reasons.length > 0) return `删除该项${label}（${reasons[0].slice(0, 40)}）。`;
  return `删除该项${label}（起草单位调整，未关联意见）。`;
}

function rowOf(n: CompareNode, ancestors: CompareNode[]): ComparisonRow | null {
  const source = n.comments && n.comments.length > 0 ? [commentSource(n.comments)] : [];
  const label = KIND_LABEL[n.kind];
  if (n.presence === 'added') {
    return {
      before: [DASH],
      after: [all(`${n.numberAfter}${n.after}`, 'new'), ...subtreeLines(n, 'new')],
      note: [...clause(n, ancestors, 'after'), `${basis(n)}新增${label}。`, ...source],
    };
  }
  if (n.presence === 'removed') {
    return {
      before: [all(`${n.numberBefore}${n.before}`, 'removed'), ...subtreeLines(n, 'removed')],
      after: [DASH],
      // a deletion says why: the comments it answers, or that no comment asked for it
      note: [...clause(n, ancestors, 'before'), removalProse(n, label), ...source],
    };
  }
  if (n.presence !== 'both' || (!n.move && !n.inline && !n.fields)) return null;
  const fields = n.fields ?? [];
  const inline = n.inline ?? [{ op: 'equal' as const, text: n.after! }];
  const notes = [...(n.move ? [moveNote(n.move.from, n.move.to)] : []), ...inlineProse(n.inline ?? []), ...fields.map(fieldProse)];
  if (notes.length === 0) notes.push(...changedNotes({ kind: n.kind, inline: n.inline ?? [], fields }));
  return {
    before: [[...plain(n.numberBefore!), ...side(inline, 'before')], ...fieldLines(fields, 'before')],
    after: [[...plain(n.numberAfter!), ...side(inline, 'after')], ...fieldLines(fields, 'after')],
    note: [...clause(n, ancestors, 'after'), `${basis(n)}${notes.join('，')}。`, ...source],
  };
}

/** The rows in document order of the newer draft; a move is listed where the node arrived. */
export function comparisonRows(outline: CompareNode[]): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const walk = (nodes: CompareNode[], ancestors: CompareNode[]) => {
    const parent = ancestors[ancestors.length - 1];
    for (const n of nodes) {
      if (!n.hasChanges) continue;
      const inParentsRow = parent !== undefined && (n.presence === 'added' || n.presence === 'removed') && parent.presence === n.presence;
      const row = inParentsRow ? null : rowOf(n, ancestors);
      if (row) rows.push(row);
      // the new (or removed) nodes below a new (removed) one are in its row; moved ones get their own
      walk(n.children, [...ancestors, n]);
    }
  };
  walk(outline, []);
  return rows;
}

function columnWidths(): number[] {
  return widthsFromWeights(WEIGHT, 'landscape', 1);
}

function cell(paragraphs: Paragraph[], width: number): TableCell {
  return new TableCell({ children: paragraphs, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER });
}

function buildTable(rows: ComparisonRow[]): Table {
  const widths = columnWidths();
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADER.map((h, i) => cell([cellParagraph(plain(h), true, true)], widths[i])),
  });
  const body = rows.map(
    (r, i) =>
      new TableRow({
        // a change is read as one row: original and revision side by side on the same page
        cantSplit: true,
        children: [
          cell([cellParagraph(plain(String(i + 1)), true)], widths[0]),
          cell(
            r.before.map((p) => cellParagraph(p)),
            widths[1],
          ),
          cell(
            r.after.map((p) => cellParagraph(p)),
            widths[2],
          ),
          cell(
            r.note.map((line) => cellParagraph(plain(line))),
            widths[3],
          ),
        ],
      }),
  );
  return fixedTable([header, ...body], widths);
}

/**
 * "方面仍为24个，重点任务由92项增加到93项，具体措施由205项减少到204项": counts as a reviewer writes
 * them, in the plan's level words; a three-level plan has no 方面 to mention.
 */
export function tallyProse(before: Tally | undefined, after: Tally | undefined, words: LevelWords = levelWords()): string {
  return shownCountFields(words, before, after)
    .map((key) => {
      const [label, measureWord] = [words.field[key], words.measureWord[key]];
      const b = before?.[key] ?? 0;
      const a = after?.[key] ?? 0;
      if (a === b) return `${label}仍为${a}${measureWord}`;
      return `${label}由${b}${measureWord}${a > b ? '增加' : '减少'}到${a}${measureWord}`;
    })
    .join('，');
}

/** A draft as the summary names it: the saved draft's own name in quotes; the live plan is "本稿". */
const draftName = (label: DraftLabel) => (label.source === 'current' ? '本稿' : `“${label.name}”`);

/**
 * "“报审稿”与“征求意见稿”相比，新增2处、删除1处、修改3处；方面仍为24个，重点任务由92项增加到
 * 93项，具体措施由205项增加到207项。" Zero kinds of change are left out; the live plan is never
 * called by the app's internal name "当前稿".
 */
export function comparisonSummary(result: Comparison, words: LevelWords = levelWords()): string {
  const from = draftName(result.from);
  const to = draftName(result.to);
  const lead = result.to.source === 'current' ? `与${from}相比，本稿` : `${to}与${from}相比，`;
  if (!hasAnyChange(result)) return `${result.to.source === 'current' ? '本稿' : to}与${from}内容相同，没有修改。`;
  const counts = (
    [
      ['新增', result.added.length],
      ['删除', result.removed.length],
      ['移动', result.moved.length],
      ['修改', result.changed.length],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${what}${n}处`)
    .join('、');
  return `${lead}${counts}；${tallyProse(result.counts.before.totals, result.counts.after.totals, words)}。`;
}

export function comparisonTableTitle(planTitle: string): string {
  return planTitle.trim() === '' ? COMPARISON_TABLE_SUFFIX : `${planTitle}${COMPARISON_TABLE_SUFFIX}`;
}

export async function exportComparisonTable(
  result: Comparison,
  options: { title: string; author?: string; breaks?: string[] | null; words?: LevelWords; attachmentLabel?: string },
): Promise<Buffer> {
  const rows = comparisonRows(result.outline);
  const children = [
    ...attachmentLabelParagraphs(options.attachmentLabel),
    titleParagraph(options.title, { orientation: 'landscape', breaks: options.breaks }),
    textParagraph([textRun(comparisonSummary(result, options.words), 'body')]),
  ];
  return packDocument({
    title: options.title,
    author: options.author,
    sections: [buildSection({ orientation: 'landscape', children: rows.length > 0 ? [...children, buildTable(rows)] : children })],
  });
}
