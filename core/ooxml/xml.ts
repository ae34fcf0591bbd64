// The one XML walker for the parts of a .docx or .xlsx. A part with a DOCTYPE or an entity
// declaration is refused before parsing: Word and Excel never write one, and it is how XXE and
// "billion laughs" files get in. saxes itself knows only the five predefined entities and
// numeric references, so nothing is ever expanded or fetched. Nesting depth and text length are
// capped, so a small hostile part cannot take minutes or gigabytes.
import { SaxesParser, type SaxesTag, type SaxesTagNS } from 'saxes';
import { QicaoError } from '../errors.ts';
import { PACKAGE_LIMITS } from './limits.ts';

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attrs: Attrs): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * How element names reach the handlers:
 * - 'word': namespace-aware; "w:p" for WordprocessingML (either namespace Word writes), "mc:Fallback"
 *   for markup compatibility, "*:local" otherwise; attributes are the w: ones by local name.
 * - 'local': the prefix dropped ("w:t" → "t", "r:id" → "id"), for parts read by local name.
 */
export type NameStyle = 'word' | 'local';

/** Builds the refusal in the caller's words from why the part cannot be read. */
export type Refuse = (why: string) => QicaoError;

const W_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

function wordName(uri: string, local: string): string {
  if (W_NAMESPACES.has(uri)) return `w:${local}`;
  if (uri === MC) return `mc:${local}`;
  return `*:${local}`;
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/** UTF-8 unless the part starts with a UTF-16 byte order mark (some writers save parts in UTF-16). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export function walkXml(xml: string, refuse: Refuse, handlers: XmlHandlers, names: NameStyle = 'local'): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw refuse('含有文档类型或实体声明（DOCTYPE/ENTITY），出于安全考虑拒绝读取');
  const parser = new SaxesParser({ xmlns: names === 'word', position: false });
  parser.on('doctype', () => {
    throw refuse('含有文档类型声明（DOCTYPE/ENTITY），出于安全考虑拒绝读取');
  });
  const nameOf = (tag: SaxesTag) => (names === 'word' ? wordName((tag as SaxesTagNS).uri, (tag as SaxesTagNS).local) : localName(tag.name));
  let depth = 0;
  let chars = 0;
  parser.on('opentag', (tag) => {
    if (++depth > PACKAGE_LIMITS.xmlDepth) throw refuse(`元素嵌套超过 ${PACKAGE_LIMITS.xmlDepth} 层，远超正常文件`);
    if (!handlers.open) return;
    const attrs: Attrs = {};
    if (names === 'word') {
      for (const a of Object.values((tag as SaxesTagNS).attributes)) if (W_NAMESPACES.has(a.uri)) attrs[a.local] = a.value;
    } else {
      for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = String(v);
    }
    handlers.open(nameOf(tag), attrs);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close?.(nameOf(tag));
  });
  const text = (t: string) => {
    if ((chars += t.length) > PACKAGE_LIMITS.textChars) throw refuse(`文字超过 ${PACKAGE_LIMITS.textChars} 个字符，远超正常文件`);
    handlers.text?.(t);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    throw refuse(`不是完整的 XML（XML 格式错误：${(e as Error).message.split('\n')[0]}）`);
  }
}
