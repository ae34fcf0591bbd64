// Streaming XML for the parts of a .docx. saxes never fetches anything and expands only the
// five XML entities and character references; a DOCTYPE (which Word never writes) is refused
// outright, so entity tricks (billion laughs, external entities) cannot even start.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { QicaoError } from '../../errors.ts';
import { LIMITS } from './limits.ts';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface XmlHandlers {
  /** `name` is "w:p" for WordprocessingML elements, "mc:Fallback" for markup compatibility, "*:local" otherwise. */
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

function qualified(uri: string, local: string): string {
  if (W_NAMESPACES.has(uri)) return `w:${local}`;
  if (uri === MC) return `mc:${local}`;
  return `*:${local}`;
}

/** The w: attributes of a tag by local name ("val", "styleId", "ilvl"). */
function wordAttributes(tag: SaxesTagNS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of Object.values(tag.attributes)) if (W_NAMESPACES.has(a.uri)) out[a.local] = a.value;
  return out;
}

export function walkXml(xml: string, file: string, part: string, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const refuse = (why: string) =>
    new QicaoError('bad-input', `“${file}”的${part}已损坏（${why}），无法读取；请在 Word 或 WPS 中打开并另存为 .docx 后再试。`);
  parser.on('doctype', () => {
    throw refuse('含有 Word 从不写入的 DOCTYPE 声明');
  });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > LIMITS.xmlDepth) throw refuse(`元素嵌套超过 ${LIMITS.xmlDepth} 层，远超正常文档`);
    h.open(qualified(tag.uri, tag.local), wordAttributes(tag));
  });
  parser.on('closetag', (tag) => {
    depth--;
    h.close(qualified(tag.uri, tag.local));
  });
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    throw refuse(`XML 格式错误：${(e as Error).message.split('\n')[0]}`);
  }
}
