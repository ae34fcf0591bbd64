// XML parts of a .docx being imported, walked by the app's one walker (core/ooxml/xml.ts) with
// WordprocessingML names ("w:p", "mc:Fallback", "*:local") and the importer's refusal wording.
import { QicaoError } from '../../errors.ts';
import { walkXml as walkPackageXml, type XmlHandlers } from '../../ooxml/xml.ts';

export function walkXml(xml: string, file: string, part: string, h: Required<XmlHandlers>): void {
  const refuse = (why: string) => new QicaoError('bad-input', `“${file}”的${part}已损坏（${why}），无法读取；请在 Word 或 WPS 中打开并另存为 .docx 后再试。`);
  walkPackageXml(xml, refuse, h, 'word');
}
