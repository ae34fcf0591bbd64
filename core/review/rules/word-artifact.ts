// Debris left when a Word file is exported to text: bookmark and comment markers (Apache Tika
// style "[bookmark: _GoBack]"), field codes, leaked bookmark names, invisible control characters.
import type { Rule } from '../context.ts';
import { makeFinding } from '../text.ts';
import type { Finding } from '../../model/findings.ts';

const ARTIFACT = new RegExp(
  [
    String.raw`\[(?:bookmark|comment|annotation|image|picture|footnote|endnote|书签|批注)[ \t]*[:：][^\]\n]{0,200}\]`,
    String.raw`\{[ \t]*(?:PAGE|NUMPAGES|TOC|HYPERLINK|PAGEREF|REF|SEQ|MERGEFIELD|EMBED)\b[^{}\n]{0,200}\}`,
    String.raw`\\\*[ \t]*MERGEFORMAT`,
    String.raw`(?:PAGEREF|HYPERLINK[ \t]+\\l)[ \t]+"?_(?:Toc|Ref|Hlk)\d+"?(?:[ \t]+\\h)?`,
    String.raw`\b_(?:GoBack|Toc\d{3,}|Hlk\d{3,}|Ref\d{3,})\b`,
    // C0 controls Word uses for cell ends, manual line/page breaks and field delimiters; zero-width chars; U+FFFC object.
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u200B-\\u200D\\u2060\\uFEFF\\uFFFC]+',
    '\\uFFFD+',
  ].join('|'),
  'g',
);

export const wordArtifact: Rule = {
  id: 'word-artifact',
  check(ctx) {
    const out: Finding[] = [];
    ctx.forEachMatch(ARTIFACT, (m, i, at) => {
      const text = ctx.paragraphs[i];
      const s = m[0];
      const c = s.charCodeAt(0);
      if (c === 0xfffd) {
        out.push(makeFinding('word-artifact', text, i, at, s.length, '此处有乱码字符（“\uFFFD”），请对照原文重新录入。'));
      } else if (c < 0x20 || c === 0x7f || c >= 0x2000) {
        out.push(makeFinding('word-artifact', text, i, at, s.length, 'Word 导出残留的不可见字符，应删除。', ''));
      } else {
        out.push(makeFinding('word-artifact', text, i, at, s.length, `Word 导出残留“${s}”，应删除。`, ''));
      }
    });
    return out;
  },
};
