// A .txt as paragraphs, one per line. Word's "纯文本" export on Chinese Windows is often GB18030
// (GBK) rather than UTF-8, and may carry a BOM of either UTF flavour: all are read.
import { QicaoError } from '../../errors.ts';
import { SourceBuilder, type SourceDocument } from './source.ts';

function decode(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new QicaoError('bad-input', `“${file}”不是可识别的文本文件（既不是 UTF-8 也不是 GBK 编码）；请在记事本或 WPS 中另存为 UTF-8 文本后再试。`);
    }
  }
}

export function readTextFile(bytes: Uint8Array, file: string): SourceDocument {
  const text = decode(bytes, file);
  if (text.includes('\u0000')) {
    throw new QicaoError('bad-input', `“${file}”含有二进制内容，不是文本文件；请选择 .txt、.docx 或 .qicao 文件。`);
  }
  const out = new SourceBuilder();
  for (const line of text.split(/\r\n|\n|\r/)) out.paragraph(line);
  // The line after the final newline is not a paragraph of its own.
  if (out.paragraphs.length > 1 && out.paragraphs[out.paragraphs.length - 1] === '') {
    out.paragraphs.pop();
    out.blocks.pop();
  }
  return out.done(file, 'text');
}
