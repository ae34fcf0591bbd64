// word/document.xml → paragraphs and tables, as a reader of the document sees them: tracked
// insertions shown and deletions hidden (changes accepted), field results shown and field codes
// hidden, list numbers rendered from numbering.xml, text boxes read as paragraphs of their own.
import type { ListCounter } from './numbering.ts';
import { walkXml } from './ooxml.ts';
import type { SourceBuilder, SourceCell } from './source.ts';
import { resolveStyle, toLevel, type StyleSheet } from './styles.ts';

/** Subtrees whose text is not part of the document as it reads now. */
const HIDDEN = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'w:pPrChange',
  'w:rPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sectPrChange',
  'w:numberingChange',
  // Word writes a text box twice: as DrawingML (mc:Choice) and as VML (mc:Fallback).
  'mc:Fallback',
]);

interface Para {
  text: string;
  styleId: string | null;
  outlineLevel: number | null;
  numId: string | null;
  ilvl: number;
  inPPr: number;
}

interface Cell {
  lines: string[];
  vMerge: SourceCell['vMerge'];
  span: number;
}
interface Row {
  cells: Cell[];
  gridBefore: number;
}

export function readDocumentXml(xml: string, file: string, styles: StyleSheet, lists: ListCounter, out: SourceBuilder): void {
  let hidden = 0;
  let inText = false;
  // Paragraphs nest when a text box sits inside a paragraph: the outer one waits on the stack.
  const paras: Para[] = [];
  let tableDepth = 0;
  let rows: Row[] = [];
  let cell: Cell | null = null;
  let inCellProps = false;
  let inRowProps = false;
  /** The table's grid (w:tblGrid): its real width, which spans are capped by. */
  let gridCols = 0;

  const para = () => paras[paras.length - 1] as Para | undefined;

  const finishParagraph = (p: Para) => {
    const style = resolveStyle(styles, p.styleId);
    const numbering = p.numId !== null ? { numId: p.numId, ilvl: p.ilvl } : style.numbering;
    const label = numbering ? lists.next(numbering.numId, numbering.ilvl) : '';
    const text = label + p.text;
    if (cell) {
      cell.lines.push(...text.split('\n'));
      return;
    }
    const level = p.outlineLevel ?? style.outlineLevel;
    for (const line of text.split('\n')) out.paragraph(line, style.name, level);
  };

  walkXml(xml, file, '正文（word/document.xml）', {
    open(name, a) {
      if (hidden > 0 || HIDDEN.has(name)) {
        hidden++;
        return;
      }
      const p = para();
      switch (name) {
        case 'w:p':
          paras.push({ text: '', styleId: null, outlineLevel: null, numId: null, ilvl: 0, inPPr: 0 });
          return;
        case 'w:pPr':
          if (p) p.inPPr++;
          return;
        case 'w:pStyle':
          if (p?.inPPr) p.styleId = a.val ?? null;
          return;
        case 'w:outlineLvl':
          if (p?.inPPr) p.outlineLevel = toLevel(a.val);
          return;
        case 'w:numId':
          if (p?.inPPr) p.numId = a.val ?? null;
          return;
        case 'w:ilvl':
          if (p?.inPPr) p.ilvl = Number(a.val ?? 0) || 0;
          return;
        case 'w:t':
          inText = true;
          return;
        case 'w:tab':
          if (p && !p.inPPr) p.text += '\t';
          return;
        case 'w:br':
          if (p && (a.type === undefined || a.type === 'textWrapping')) p.text += '\n';
          return;
        case 'w:cr':
          if (p) p.text += '\n';
          return;
        case 'w:noBreakHyphen':
          if (p) p.text += '-';
          return;
        case 'w:tbl':
          tableDepth++;
          if (tableDepth === 1) {
            rows = [];
            gridCols = 0;
          }
          return;
        case 'w:gridCol':
          if (tableDepth === 1) gridCols++;
          return;
        case 'w:tr':
          if (tableDepth === 1) rows.push({ cells: [], gridBefore: 0 });
          return;
        case 'w:trPr':
          if (tableDepth === 1) inRowProps = true;
          return;
        case 'w:gridBefore':
          if (tableDepth === 1 && inRowProps && rows.length) rows[rows.length - 1].gridBefore = Number(a.val ?? 0) || 0;
          return;
        case 'w:tc':
          if (tableDepth === 1 && rows.length) {
            cell = { lines: [], vMerge: null, span: 1 };
            rows[rows.length - 1].cells.push(cell);
          }
          return;
        case 'w:tcPr':
          if (tableDepth === 1) inCellProps = true;
          return;
        case 'w:vMerge':
          if (inCellProps && cell) cell.vMerge = a.val === 'restart' ? 'restart' : 'continue';
          return;
        case 'w:gridSpan':
          if (inCellProps && cell) cell.span = Math.max(1, Number(a.val ?? 1) || 1);
          return;
      }
    },
    close(name) {
      if (hidden > 0) {
        hidden--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:pPr': {
          const p = para();
          if (p) p.inPPr--;
          return;
        }
        case 'w:p': {
          const p = paras.pop();
          if (p) finishParagraph(p);
          return;
        }
        case 'w:trPr':
          inRowProps = false;
          return;
        case 'w:tcPr':
          inCellProps = false;
          return;
        case 'w:tc':
          if (tableDepth === 1) cell = null;
          return;
        case 'w:tbl':
          tableDepth--;
          if (tableDepth === 0) {
            out.table(rows, gridCols);
            rows = [];
          }
          return;
      }
    },
    text(t) {
      if (hidden > 0 || !inText) return;
      const p = para();
      if (p) p.text += t;
    },
  });
}
