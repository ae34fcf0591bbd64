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

  table(rows: { cells: { lines: string[]; vMerge: SourceCell['vMerge']; span: number }[]; gridBefore: number }[]): void {
    const table: SourceTable = { type: 'table', rows: [] };
    for (const row of rows) {
      table.rows.push({
        gridBefore: row.gridBefore,
        cells: row.cells.map((c) => {
          const lines = c.lines.map((l) => l.trim()).filter((l) => l !== '');
          const first = lines.length ? this.paragraphs.length : -1;
          this.paragraphs.push(...lines);
          return { lines, first, vMerge: c.vMerge, span: c.span };
        }),
      });
    }
    this.blocks.push(table);
  }

  done(name: string, format: SourceDocument['format']): SourceDocument {
    return { name, format, blocks: this.blocks, paragraphs: this.paragraphs };
  }
}
