// XML parts of a returned file, walked by the app's one walker (core/ooxml/xml.ts) with names
// read by local name ("w:t" → "t") and refusals in the words of the other returned-file messages.
import { QicaoError } from '../../errors.ts';
import { walkXml as walkPackageXml, type Attrs, type XmlHandlers } from '../../ooxml/xml.ts';

export type { Attrs, XmlHandlers };

export function unreadable(fileName: string, why: string): QicaoError {
  return new QicaoError('bad-input', `无法读取“${fileName}”：${why}。文件未导入，请用 WPS 或 Word 打开后另存为 .docx 或 .xlsx 再试。`);
}

export function walkXml(xml: string, where: { fileName: string; part: string }, handlers: XmlHandlers): void {
  walkPackageXml(xml, (why) => unreadable(where.fileName, `其中的 ${where.part} ${why}`), handlers, 'local');
}
