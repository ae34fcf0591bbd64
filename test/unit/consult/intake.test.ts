// Reading returned files: every item, its kind, author and quote, as a unit's file carries them.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseReturnedFile } from '../../../core/consult/intake/parse.ts';
import { excelForm, handMadeDocx, noObjectionLetter, para, run, wordForm, wordWithCommentsAndChanges } from './word-files.ts';

const brief = (items: ReturnType<typeof parseReturnedFile>['items']) => items.map((i) => ({ kind: i.kind, author: i.author, quote: i.quote, text: i.text }));

describe('a returned Word file', () => {
  it('gives each comment with its range as the quote, each insertion and deletion with author and context', async () => {
    const parsed = parseReturnedFile(await wordWithCommentsAndChanges(), '区交通局反馈.docx');
    expect(parsed.format).toBe('docx');
    expect(parsed.noObjection).toBe(false);
    expect(brief(parsed.items)).toEqual([
      { kind: 'comment', author: '张伟', quote: '新增新能源公交车50辆', text: '建议将50辆提高到80辆。' },
      // the reply is folded into the comment it answers: one opinion, all its words
      { kind: 'comment', author: '李娜', quote: '建设充电桩200个。', text: '充电桩数量请与区城市管理委核实。\n回复（张伟）：已核实，维持200个。' },
      { kind: 'insertion', author: '王强', quote: '', text: '水性' },
      { kind: 'deletion', author: '王强', quote: '水源', text: '' },
    ]);
    expect(parsed.items[2].context).toEqual({ before: '推广低挥发性', after: '涂料。' });
    expect(parsed.items[3].context).toEqual({ before: '（1）划定', after: '保护区。' });
    expect(parsed.items.map((i) => i.sourceKey)).toEqual(['comment:0', 'comment:1', 'ins:10', 'del:11']);
    expect(parsed.items[0].date).toMatch(/^2024-02-26T09:30/);
  });

  it('reads a range that runs over two paragraphs and into a table cell, and a reply marked done in commentsExtended', () => {
    const file = handMadeDocx({
      document:
        para(run('（1）'), '<w:commentRangeStart w:id="7"/>', run('第一段的后半句，')) +
        para(run('第二段开头')) +
        '<w:tbl><w:tr><w:tc>' +
        para(run('表格里的字'), '<w:commentRangeEnd w:id="7"/>', '<w:r><w:commentReference w:id="7"/></w:r>') +
        '</w:tc><w:tc>' +
        para(run('另一格')) +
        '</w:tc></w:tr></w:tbl>',
      comments:
        '<w:comment w:id="7" w:author="周洁" w:date="2024-02-27T10:00:00Z" w:initials="ZJ"><w:p w14:paraId="0A1B2C3D"><w:r><w:t>这三处表述不一致。</w:t></w:r></w:p></w:comment>' +
        '<w:comment w:id="8" w:author="孙浩" w:date="2024-02-27T11:00:00Z"><w:p w14:paraId="1B2C3D4E"><w:r><w:t>同意，已统一。</w:t></w:r></w:p></w:comment>',
      commentsExtended: '<w15:commentEx w15:paraId="0A1B2C3D" w15:done="1"/><w15:commentEx w15:paraId="1B2C3D4E" w15:paraIdParent="0A1B2C3D" w15:done="1"/>',
    });
    const parsed = parseReturnedFile(file, '手工.docx');
    expect(brief(parsed.items)).toEqual([
      {
        kind: 'comment',
        author: '周洁',
        quote: '第一段的后半句，\n第二段开头\n表格里的字',
        text: '这三处表述不一致。\n回复（孙浩）：同意，已统一。（返回文件中已标记为“已解决”）',
      },
    ]);
  });

  it('takes moves as a deletion and an insertion, joins a change Word split in two, and ignores formatting-only changes', () => {
    const file = handMadeDocx({
      document:
        para(
          run('加强'),
          '<w:ins w:id="1" w:author="吴敏" w:date="2024-02-27T10:00:00Z"><w:r><w:t>扬尘</w:t></w:r></w:ins>',
          '<w:ins w:id="2" w:author="吴敏" w:date="2024-02-27T10:00:01Z"><w:r><w:rPr><w:b/></w:rPr><w:t>精细化</w:t></w:r></w:ins>',
          '<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="吴敏"><w:rPr/></w:rPrChange></w:rPr><w:t>管控</w:t></w:r>',
        ) +
        para('<w:moveFrom w:id="4" w:author="吴敏"><w:r><w:delText>先行</w:delText></w:r></w:moveFrom>', run('试点')) +
        para(run('推广'), '<w:moveTo w:id="5" w:author="吴敏"><w:r><w:t>先行</w:t></w:r></w:moveTo>'),
    });
    const parsed = parseReturnedFile(file, '修订.docx');
    expect(brief(parsed.items)).toEqual([
      { kind: 'insertion', author: '吴敏', quote: '', text: '扬尘精细化' },
      { kind: 'deletion', author: '吴敏', quote: '先行', text: '' },
      { kind: 'insertion', author: '吴敏', quote: '', text: '先行' },
    ]);
    expect(parsed.items[0].context).toEqual({ before: '加强', after: '管控' });
    expect(parsed.items.map((i) => i.sourceKey)).toEqual(['ins:1', 'moveFrom:4', 'moveTo:5']);
  });

  it('reads a 无意见 letter as no objection, with no items', async () => {
    const parsed = parseReturnedFile(await noObjectionLetter(), '复函.docx');
    expect(parsed).toMatchObject({ noObjection: true, items: [] });
  });

  it('refuses a Word file with neither comments, changes, a form nor 无意见: nothing a unit wrote may vanish silently', () => {
    const file = handMadeDocx({ document: para(run('建议将完成时限提前到2024年10月底。')) });
    expect(() => parseReturnedFile(file, '来函.docx')).toThrow(/没有找到 Word 批注、修订或意见反馈表.*录入意见/);
  });
});

describe('a 意见反馈表', () => {
  it('in Word: columns found by their names in any order, header fields read, each filled row an item', async () => {
    const file = await wordForm([
      ['1', '（一）1.（2）', '建议增加到300个。', '建设充电桩200个。', '群众需求大'],
      ['2', '', '', '', ''],
      ['3', '二、（一）1.', '补充水源地巡查要求。', '', ''],
    ]);
    const parsed = parseReturnedFile(file, '区水务局意见反馈表.docx');
    expect(parsed.header).toEqual({ unit: '区水务局', contact: '赵敏', phone: '010-69641234', date: '2024年2月27日' });
    expect(parsed.items.map((i) => ({ kind: i.kind, section: i.section, quote: i.quote, text: i.text, reason: i.reason }))).toEqual([
      { kind: 'form-row', section: '（一）1.（2）', quote: '建设充电桩200个。', text: '建议增加到300个。', reason: '群众需求大' },
      { kind: 'form-row', section: '二、（一）1.', quote: '', text: '补充水源地巡查要求。', reason: '' },
    ]);
    expect(parsed.items.map((i) => i.sourceKey)).toEqual(['row:2', 'row:4']);
  });

  it('in Excel: label and value cells, columns in another order', async () => {
    const file = await excelForm([
      ['1', '建议明确“六个百分之百”的具体内容。', '一、（二）1.（1）', '便于基层执行', '落实六个百分之百。'],
      ['2', '无意见', '', '', ''],
    ]);
    const parsed = parseReturnedFile(file, '雁栖镇.xlsx');
    expect(parsed.format).toBe('xlsx');
    expect(parsed.header).toMatchObject({ unit: '雁栖镇', contact: '钱程', phone: '13800001111' });
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]).toMatchObject({
      kind: 'form-row',
      section: '一、（二）1.（1）',
      quote: '落实六个百分之百。',
      text: '建议明确“六个百分之百”的具体内容。',
      reason: '便于基层执行',
    });
  });

  it('an empty form, or one whose only row says 无意见, is no objection', async () => {
    expect(parseReturnedFile(await excelForm([]), '空表.xlsx')).toMatchObject({ noObjection: true, items: [] });
    expect(parseReturnedFile(await wordForm([['1', '', '无意见', '', '']]), '无意见.docx')).toMatchObject({ noObjection: true, items: [] });
  });

  it('keeps what a unit wrote in a column the form did not have, and a row that only points at the text', async () => {
    const file = await wordForm(
      [
        ['1', '（一）1.（1）', '', '请补充完成时限'],
        ['2', '（一）1.（2）', '数量偏少', ''],
      ],
      '区水务局',
      ['序号', '涉及条款', '意见内容', '备注'],
    );
    expect(parseReturnedFile(file, 'f.docx').items.map((i) => i.text)).toEqual(['备注：请补充完成时限', '数量偏少']);
    const quoteOnly = await wordForm([['1', '（一）1.（1）', '', '新增新能源公交车50辆。', '']]);
    expect(parseReturnedFile(quoteOnly, 'q.docx').items[0]).toMatchObject({ quote: '新增新能源公交车50辆。', text: '' });
  });
});

describe('files that cannot be read are refused whole', () => {
  const refuse = (bytes: Uint8Array, pattern: RegExp) => expect(() => parseReturnedFile(bytes, '坏文件.docx')).toThrow(pattern);

  it('a truncated zip', async () => {
    const good = await wordWithCommentsAndChanges();
    refuse(good.subarray(0, Math.floor(good.length / 2)), /无法读取“坏文件.docx”：压缩包已损坏或不完整/);
  });

  it('an OLE file (password-protected, or old .doc)', () => {
    refuse(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /打开密码.*旧版/);
  });

  it('a file that is not a zip at all, and an empty one', () => {
    refuse(strToU8('这不是 Word 文件'), /不是 \.docx 或 \.xlsx 文件/);
    refuse(new Uint8Array(), /文件是空的/);
  });

  it('XML with a DOCTYPE and an entity (XXE, billion laughs)', () => {
    const undeclared = handMadeDocx({ document: para(run('&lol;')) });
    const files = {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>',
      ),
    };
    refuse(zipSync(files), /DOCTYPE\/ENTITY.*拒绝读取/);
    const external = {
      'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE d SYSTEM "file:///etc/passwd"><d/>'),
    };
    refuse(zipSync(external), /拒绝读取/);
    // an entity that is not declared is an error, never text
    expect(() => parseReturnedFile(undeclared, 'e.docx')).toThrow(/不是完整的 XML/);
  });

  it('a zip bomb: a part that declares a huge size is not inflated', () => {
    // 40 MB of one character compresses to ~40 KB: over the per-part cap and the ratio cap
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024).fill(0x20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    refuse(bomb, /解压后过大.*压缩炸弹/);
  });

  it('a zip that under-declares a part: the part is cut at its declared size and refused, never inflated in full', () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${'<w:p><w:r><w:t>填充</w:t></w:r></w:p>'.repeat(200_000)}</w:body></w:document>`;
    const zip = zipSync({ 'word/document.xml': strToU8(xml) }, { level: 9 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // lie in both the local header (offset 22) and the central directory entry (offset 24)
    view.setUint32(22, 100, true);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true);
    refuse(zip, /解压后过大（比压缩包头声明的大），疑似压缩炸弹/); // refused at the declared size, never inflated in full
  });
});
