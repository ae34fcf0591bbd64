// Hand-made .docx files for the reader's tests: the exact XML a test needs (tracked changes,
// merged cells, list numbering, hostile content) zipped with fflate. Word's own output is
// covered separately by round trips through the app's exporters.
import { zipSync, strToU8 } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
}

export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>`;
}

export function numberingXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${inner}</w:numbering>`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph of plain text runs, optionally styled. */
export function p(text: string, opts: { style?: string; numId?: number; ilvl?: number } = {}): string {
  const ppr =
    opts.style || opts.numId !== undefined
      ? `<w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.numId !== undefined ? `<w:numPr><w:ilvl w:val="${opts.ilvl ?? 0}"/><w:numId w:val="${opts.numId}"/></w:numPr>` : ''}</w:pPr>`
      : '';
  return `<w:p>${ppr}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

export interface CellSpec {
  text: string | string[];
  vMerge?: 'restart' | 'continue';
  span?: number;
}

export function table(rows: (string | CellSpec)[][]): string {
  const cell = (c: string | CellSpec) => {
    const spec = typeof c === 'string' ? { text: c } : c;
    const props = `${spec.span ? `<w:gridSpan w:val="${spec.span}"/>` : ''}${spec.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : spec.vMerge === 'continue' ? '<w:vMerge/>' : ''}`;
    const lines = Array.isArray(spec.text) ? spec.text : [spec.text];
    return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${lines.map((l) => p(l)).join('')}</w:tc>`;
  };
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/**
 * The two header rows of a published project table: 领域/序号/项目名称/主要内容/计划节点, then
 * 责任部门 spanning 牵头部门 and 配合部门 on the second row; `trailing` adds a last column (备注).
 */
export function projectTableHeader(trailing?: string): CellSpec[][] {
  const merged = ['领域', '序号', '项目名称', '主要内容', '计划节点'];
  const top: CellSpec[] = [...merged.map((text): CellSpec => ({ text, vMerge: 'restart' })), { text: '责任部门', span: 2 }];
  const second: CellSpec[] = [...merged.map((): CellSpec => ({ text: '', vMerge: 'continue' })), { text: '牵头部门' }, { text: '配合部门' }];
  if (trailing !== undefined) {
    top.push({ text: trailing, vMerge: 'restart' });
    second.push({ text: '', vMerge: 'continue' });
  }
  return [top, second];
}

export function makeDocx(body: string, parts: { styles?: string; numbering?: string; extra?: Record<string, Uint8Array> } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(documentXml(body)),
    ...parts.extra,
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(stylesXml(parts.styles));
  if (parts.numbering) files['word/numbering.xml'] = strToU8(numberingXml(parts.numbering));
  return zipSync(files);
}

/** The raw document.xml text wrapped in a zip (for XML the helpers cannot express). */
export function docxWithDocumentXml(xml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(xml) });
}
