// A .docx as paragraphs and tables. Only three parts are read (document, styles, numbering),
// through the app's one package opener (core/ooxml/package.ts), each under its limit;
// comments, headers, footers and images are left alone.
import { QicaoError } from '../../errors.ts';
import { PACKAGE_LIMITS } from '../../ooxml/limits.ts';
import { openPackage } from '../../ooxml/package.ts';
import { readDocumentXml } from './docx-body.ts';
import { ListCounter, parseNumbering } from './numbering.ts';
import { SourceBuilder, type SourceDocument } from './source.ts';
import { parseStyles, type StyleSheet } from './styles.ts';

/** The main document part: word/document.xml normally, found by name as a fallback for odd writers. */
function mainPart(names: string[]): string | undefined {
  return names.find((n) => n === 'word/document.xml') ?? names.find((n) => /^word\/document\d*\.xml$/i.test(n));
}

export function readDocx(bytes: Uint8Array, file: string): SourceDocument {
  const pkg = openPackage(bytes, file);
  const main = mainPart(pkg.names);
  if (!main) {
    throw new QicaoError('bad-input', `“${file}”是压缩包，但不是 Word 文档（缺少正文 word/document.xml）；请确认选择的是 .docx 文件，或在 Word 中另存为 .docx 后再试。`);
  }
  const stylesXml = pkg.part('word/styles.xml', PACKAGE_LIMITS.sidePartBytes);
  const numberingXml = pkg.part('word/numbering.xml', PACKAGE_LIMITS.sidePartBytes);
  const styles: StyleSheet = stylesXml !== null ? parseStyles(stylesXml, file) : new Map();
  const numbering = numberingXml !== null ? parseNumbering(numberingXml, file) : null;
  const xml = pkg.part(main)!;
  const out = new SourceBuilder();
  readDocumentXml(xml, file, styles, new ListCounter(numbering), out);
  return out.done(file, 'docx');
}
