// A document as the importer and the checker see it: paragraphs of text in reading order,
// and tables as rows of cells. Both a .docx and a .txt become this shape.

export interface SourceParagraph {
  type: 'paragraph';
  text: string;
  /** Word style name ("heading 1", "Title"); "" for text files and plain body text. */
  style: string;
  /** 0 = 一级 heading by the Word style or outline level; null for body text or text files. */
  outlineLevel: number | null;
  /** Index in `SourceDocument.paragraphs`. */
  index: number;
}

export interface SourceCell {
  /** The cell's non-empty lines. */
  lines: string[];
  /** Index in `paragraphs` of the first line; -1 for an empty cell. */
  first: number;
  /** Word's vertical merge: "continue" cells show the text of the "restart" cell above. */
  vMerge: 'restart' | 'continue' | null;
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
}

export interface SourceRow {
  cells: SourceCell[];
  /** Grid columns skipped before the first cell (w:gridBefore). */
  gridBefore: number;
}

export interface SourceTable {
  type: 'table';
  rows: SourceRow[];
}

export type SourceBlock = SourceParagraph | SourceTable;

export interface SourceDocument {
  name: string;
  format: 'docx' | 'text';
  blocks: SourceBlock[];
  /** Every paragraph and every table-cell line, in reading order: what the checker reads. */
  paragraphs: string[];
}

/** Builds blocks and the flat paragraph list together, so indices always agree. */
export class SourceBuilder {
  readonly blocks: SourceBlock[] = [];
  readonly paragraphs: string[] = [];

  paragraph(text: string, style = '', outlineLevel: number | null = null): void {
    this.blocks.push({ type: 'paragraph', text, style, outlineLevel, index: this.paragraphs.length });
    this.paragraphs.push(text);
  }

  /**
   * `gridCols`: the columns of the table's grid, when the file states them. Spans and skipped
   * columns are capped by the table's real width (its grid, or its widest row), so a cell that
   * claims to span a billion columns costs what the cells there are, not a billion steps.
   */
  table(rows: { cells: { lines: string[]; vMerge: SourceCell['vMerge']; span: number }[]; gridBefore: number }[], gridCols = 0): void {
    const table: SourceTable = { type: 'table', rows: [] };
    const width = rows.reduce((w, r) => Math.max(w, r.cells.length), gridCols);
    for (const row of rows) {
      const gridBefore = Math.min(row.gridBefore, Math.max(0, width - row.cells.length));
      let col = gridBefore;
      table.rows.push({
        gridBefore,
        cells: row.cells.map((c, k) => {
          const lines = c.lines.map((l) => l.trim()).filter((l) => l !== '');
          const first = lines.length ? this.paragraphs.length : -1;
          for (const line of lines) this.paragraphs.push(line);
          // room for this cell and one column for each cell after it
          const span = Math.max(1, Math.min(c.span, width - col - (row.cells.length - k - 1)));
          col += span;
          return { lines, first, vMerge: c.vMerge, span };
        }),
      });
    }
    this.blocks.push(table);
  }

  done(name: string, format: SourceDocument['format']): SourceDocument {
    return { name, format, blocks: this.blocks, paragraphs: this.paragraphs };
  }
}
