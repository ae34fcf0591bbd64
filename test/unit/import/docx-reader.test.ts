// The .docx reader sees what a reader of the document sees: accepted changes, field results,
// Word's list numbers, text boxes once, merged cells with their text.
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../core/documents/import/index.ts';
import { makeDocx, p, table } from './make-docx.ts';

const read = (bytes: Uint8Array) => readSource({ name: '测试.docx', bytes });

describe('reading a .docx', () => {
  it('shows tracked insertions, hides tracked deletions and field codes', () => {
    const body =
      '<w:p><w:r><w:t>加强</w:t></w:r><w:ins w:author="甲"><w:r><w:t>扬尘</w:t></w:r></w:ins><w:del w:author="乙"><w:r><w:delText>噪声</w:delText></w:r></w:del><w:r><w:t>管控</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>';
    expect(read(makeDocx(body)).paragraphs).toEqual(['加强扬尘管控', '见第3页']);
  });

  it('reads a text box once although Word stores it twice (DrawingML and VML fallback)', () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const body = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('框内文字')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('框内文字')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>`;
    expect(read(makeDocx(body)).paragraphs).toEqual(['框内文字', '正文']);
  });

  it('renders Word list numbers into the text: 一、 （一） 1. by level, restarting under a new parent', () => {
    const lvl = (ilvl: number, fmt: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<w:abstractNum w:abstractNumId="7">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`;
    const body = [
      p('大气污染防治', { numId: 3, ilvl: 0 }),
      p('治理挥发性有机物', { numId: 3, ilvl: 1 }),
      p('推广新能源汽车', { numId: 3, ilvl: 2 }),
      p('加强源头替代', { numId: 3, ilvl: 2 }),
      p('水污染防治', { numId: 3, ilvl: 0 }),
      p('水资源保护', { numId: 3, ilvl: 1 }),
      p('饮用水保护', { numId: 3, ilvl: 2 }),
    ].join('');
    expect(read(makeDocx(body, { numbering })).paragraphs).toEqual([
      '一、大气污染防治',
      '（一）治理挥发性有机物',
      '1.推广新能源汽车',
      '2.加强源头替代',
      '二、水污染防治',
      '（一）水资源保护',
      '1.饮用水保护',
    ]);
  });

  it('takes heading levels from styles named "heading N" whatever their id (Chinese Word uses ids 1, 2, 3)', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="My Heading"/><w:basedOn w:val="1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="x"><w:name w:val="Body"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>';
    const doc = read(makeDocx(p('大气', { style: '1' }) + p('水', { style: 'a5' }) + p('任务', { style: 'x' }) + p('正文'), { styles }));
    const levels = doc.blocks.map((b) => (b.type === 'paragraph' ? b.outlineLevel : 'table'));
    expect(levels).toEqual([0, 0, 2, null]);
  });

  it('keeps the cells of a table, with merged cells marked and each cell line a paragraph', () => {
    const body = table([
      ['方面', '具体措施'],
      [{ text: '扬尘', vMerge: 'restart' }, { text: ['措施一', '措施二'] }],
      [{ text: '', vMerge: 'continue' }, '措施三'],
    ]);
    const doc = read(makeDocx(body));
    expect(doc.paragraphs).toEqual(['方面', '具体措施', '扬尘', '措施一', '措施二', '措施三']);
    const t = doc.blocks[0];
    expect(t.type).toBe('table');
    if (t.type !== 'table') return;
    expect(t.rows[1].cells[0].vMerge).toBe('restart');
    expect(t.rows[2].cells[0].vMerge).toBe('continue');
    expect(t.rows[2].cells[0].lines).toEqual([]);
    expect(t.rows[1].cells[1].first).toBe(3);
  });

  it('splits a paragraph at a manual line break, as a plain-text export does', () => {
    const body = '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>同一行</w:t></w:r></w:p>';
    expect(read(makeDocx(body)).paragraphs).toEqual(['第一行', '第二行同一行']);
  });

  it('decodes XML character references but no other entity', () => {
    expect(read(makeDocx('<w:p><w:r><w:t>A&amp;B&#x4E00;&lt;</w:t></w:r></w:p>')).paragraphs).toEqual(['A&B一<']);
  });
});
