// A .docx as paragraphs and tables. Only three parts are read (document, styles, numbering),
// each inflated under a limit; comments, headers, footers and images are left alone.
import { QicaoError } from '../../errors.ts';
import { readDocumentXml } from './docx-body.ts';
import { LIMITS } from './limits.ts';
import { ListCounter, parseNumbering } from './numbering.ts';
import { SourceBuilder, type SourceDocument } from './source.ts';
import { parseStyles, type StyleSheet } from './styles.ts';
import { listZip, readZipEntry, type ZipEntry } from './zip.ts';

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** The main document part: word/document.xml normally, found by name as a fallback for odd writers. */
function mainPart(entries: ZipEntry[]): ZipEntry | undefined {
  return entries.find((e) => e.name === 'word/document.xml') ?? entries.find((e) => /^word\/document\d*\.xml$/i.test(e.name));
}

export function readDocx(bytes: Uint8Array, file: string): SourceDocument {
  const entries = listZip(bytes, file);
  const main = mainPart(entries);
  if (!main) {
    throw new QicaoError(
      'bad-input',
      `“${file}”是压缩包，但不是 Word 文档（缺少正文 word/document.xml）；请确认选择的是 .docx 文件，或在 Word 中另存为 .docx 后再试。`,
    );
  }
  const part = (name: string) => entries.find((e) => e.name === name);
  const stylesEntry = part('word/styles.xml');
  const numberingEntry = part('word/numbering.xml');
  const styles: StyleSheet = stylesEntry ? parseStyles(utf8.decode(readZipEntry(bytes, stylesEntry, LIMITS.partXmlBytes, file)), file) : new Map();
  const numbering = numberingEntry ? parseNumbering(utf8.decode(readZipEntry(bytes, numberingEntry, LIMITS.partXmlBytes, file)), file) : null;
  const xml = utf8.decode(readZipEntry(bytes, main, LIMITS.documentXmlBytes, file));
  const out = new SourceBuilder();
  readDocumentXml(xml, file, styles, new ListCounter(numbering), out);
  return out.done(file, 'docx');
}
