// Streams one XML part of a returned file through saxes. A part with a DOCTYPE or an entity
// declaration is refused before parsing: Word never writes one, and it is how XXE and
// "billion laughs" files get in. saxes itself knows only the five predefined entities and
// numeric references, so nothing is ever expanded or fetched.
import { SaxesParser } from 'saxes';
import { QicaoError } from '../../errors.ts';
import { LIMITS } from '../../documents/import/limits.ts';

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  /** Element names and attribute names arrive without their prefix: "w:t" → "t". */
  open?(name: string, attrs: Attrs): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/** UTF-8 unless the part starts with a UTF-16 byte order mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export function unreadable(fileName: string, why: string): QicaoError {
  return new QicaoError('bad-input', `无法读取“${fileName}”：${why}。文件未导入，请用 WPS 或 Word 打开后另存为 .docx 或 .xlsx 再试。`);
}

export function walkXml(xml: string, where: { fileName: string; part: string }, handlers: XmlHandlers): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw unreadable(where.fileName, `其中的 ${where.part} 含有文档类型或实体声明（DOCTYPE/ENTITY），出于安全考虑拒绝读取`);
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw unreadable(where.fileName, `其中的 ${where.part} 含有文档类型声明（DOCTYPE），出于安全考虑拒绝读取`);
  });
  let depth = 0;
  let chars = 0;
  parser.on('opentag', (tag) => {
    if (++depth > LIMITS.xmlDepth) throw unreadable(where.fileName, `其中的 ${where.part} 元素嵌套超过 ${LIMITS.xmlDepth} 层，远超正常文件`);
    if (!handlers.open) return;
    const attrs: Attrs = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = String(v);
    handlers.open(localName(tag.name), attrs);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close?.(localName(tag.name));
  });
  const text = (t: string) => {
    if ((chars += t.length) > LIMITS.textChars) throw unreadable(where.fileName, `其中的 ${where.part} 文字超过 ${LIMITS.textChars} 个字符，远超正常文件`);
    handlers.text?.(t);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    throw unreadable(where.fileName, `其中的 ${where.part} 不是完整的 XML（${(e as Error).message.split('\n')[0]}）`);
  }
}
