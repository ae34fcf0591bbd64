// Returned files made the way units make them: Word documents with comments and tracked
// changes (docx package), 意见反馈表 in Word and Excel (docx, exceljs), a 无意见 letter, a
// consultation draft edited by a reviewer, and hand-made zips for what the libraries cannot
// write (a comment range across two paragraphs and a table cell, a reply in commentsExtended).
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const DATE = '2024-02-26T09:30:00Z';

/** A comment around `quote` inside a paragraph: before + [quote] + after. */
function commented(id: number, before: string, quote: string, after: string): Paragraph {
  return new Paragraph({
    children: [
      new TextRun(before),
      new CommentRangeStart(id),
      new TextRun(quote),
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
      new TextRun(after),
    ],
  });
}

/**
 * A unit's copy pasted into a new document (no node anchors): two comments (the second with a
 * reply, resolved), one insertion and one deletion. The texts are the smallPlan's measures, one
 * of them slightly edited, so only text matching can place the items.
 */
export async function wordWithCommentsAndChanges(): Promise<Buffer> {
  const doc = new Document({
    comments: {
      children: [
        { id: 0, author: '张伟', initials: 'ZW', date: new Date(DATE), children: [new Paragraph('建议将50辆提高到80辆。')] },
        { id: 1, author: '李娜', initials: 'LN', date: new Date(DATE), children: [new Paragraph('充电桩数量请与区城市管理委核实。')] },
        { id: 2, author: '张伟', initials: 'ZW', date: new Date(DATE), parentId: 1, resolved: true, children: [new Paragraph('已核实，维持200个。')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('关于征求意见稿的修改意见'),
          // the unit's copy reads "新增新能源公交车50辆" (the plan: "新增新能源公交车50辆。")
          commented(0, '（1）', '新增新能源公交车50辆', '。（牵头单位：区生态环境局）'),
          commented(1, '（2）', '建设充电桩200个。', ''),
          new Paragraph({
            children: [new TextRun('（1）推广低挥发性'), new InsertedTextRun({ text: '水性', id: 10, author: '王强', date: DATE }), new TextRun('涂料。')],
          }),
          new Paragraph({
            children: [new TextRun('（1）划定'), new DeletedTextRun({ text: '水源', id: 11, author: '王强', date: DATE }), new TextRun('保护区。')],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

/** A 意见反馈表 in Word whose columns are renamed and reordered, as units do. */
export async function wordForm(rows: string[][], unit = '区水务局', header = ['序号', '涉及条款', '意见内容', '原文', '理由']): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('意见反馈表'),
          new Paragraph(`反馈单位：${unit}　联系人：赵敏　电话：010-69641234　日期：2024年2月27日`),
          new Table({ rows: [header, ...rows].map((r) => new TableRow({ children: r.map(cell) })) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A 意见反馈表 in Excel: header fields as label/value cells, the columns in another order. */
export async function excelForm(rows: string[][], unit = '雁栖镇'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('反馈');
  sheet.addRow(['意见反馈表']);
  sheet.addRow(['反馈单位', unit, '联系人', '钱程']);
  sheet.addRow(['电话', '13800001111', '日期', '2024-02-28']);
  sheet.addRow([]);
  sheet.addRow(['序号', '修改意见', '章节/条款', '理由依据', '原文']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A reply letter that says 无意见. */
export async function noObjectionLetter(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('区生态环境局：'),
          new Paragraph('贵局《关于征求〈测试行动计划（征求意见稿）〉意见的函》收悉。经研究，我单位无修改意见。'),
          new Paragraph('区水务局'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx from its parts, for what the libraries do not write. */
export function handMadeDocx(parts: { document: string; comments?: string; commentsExtended?: string; extra?: Record<string, string> }): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>${parts.document}</w:body></w:document>`,
    ),
  };
  if (parts.comments)
    files['word/comments.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">${parts.comments}</w:comments>`,
    );
  if (parts.commentsExtended) {
    files['word/commentsExtended.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">${parts.commentsExtended}</w15:commentsEx>`,
    );
  }
  for (const [name, text] of Object.entries(parts.extra ?? {})) files[name] = strToU8(text);
  return Buffer.from(zipSync(files));
}

export const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const para = (...children: string[]) => `<w:p>${children.join('')}</w:p>`;

export interface ReviewerEdits {
  /** Put a comment around the whole text of this measure's bookmark. */
  comment?: { measureId: number; author: string; text: string };
  /** Insert `text` after the first occurrence of `after` inside this measure's bookmark. */
  insertion?: { measureId: number; after: string; text: string; author: string };
}

function replaceOnce(xml: string, find: string | RegExp, replace: (m: string) => string): string {
  const m = typeof find === 'string' ? (xml.includes(find) ? find : null) : (find.exec(xml)?.[0] ?? null);
  if (m === null) throw new Error(`edit target not found: ${String(find)}`);
  const at = xml.indexOf(m);
  return xml.slice(0, at) + replace(m) + xml.slice(at + m.length);
}

/** A reviewer's pass over Qicao's 征求意见稿: unzip, add a comment and a tracked insertion, zip again. */
export function reviewDraft(draft: Buffer, edits: ReviewerEdits): Buffer {
  const files = unzipSync(new Uint8Array(draft));
  let doc = strFromU8(files['word/document.xml']);
  if (edits.comment) {
    const { measureId, author, text } = edits.comment;
    doc = replaceOnce(doc, new RegExp(`<w:bookmarkStart w:name="qc_m_${measureId}" w:id="(\\d+)"/>`), (m) => `${m}<w:commentRangeStart w:id="0"/>`);
    const id = new RegExp(`<w:bookmarkStart w:name="qc_m_${measureId}" w:id="(\\d+)"/>`).exec(doc)![1];
    doc = replaceOnce(doc, `<w:bookmarkEnd w:id="${id}"/>`, (m) => `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${m}`);
    files['word/comments.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="${author}" w:date="${DATE}" w:initials="R"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>${text}</w:t></w:r></w:p></w:comment></w:comments>`,
    );
    const types = strFromU8(files['[Content_Types].xml']);
    if (!types.includes('/word/comments.xml')) {
      files['[Content_Types].xml'] = strToU8(
        types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'),
      );
    }
    const rels = strFromU8(files['word/_rels/document.xml.rels']);
    if (!rels.includes('comments.xml')) {
      files['word/_rels/document.xml.rels'] = strToU8(
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdQcComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
        ),
      );
    }
  }
  if (edits.insertion) {
    const { measureId, after, text, author } = edits.insertion;
    // the run right after the bookmark start holds the measure's text
    doc = replaceOnce(
      doc,
      new RegExp(`(<w:bookmarkStart w:name="qc_m_${measureId}" w:id="\\d+"/>)<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>`),
      (m) => {
        const [, start, rPr = '', body] = new RegExp(
          `(<w:bookmarkStart w:name="qc_m_${measureId}" w:id="\\d+"/>)<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>`,
        ).exec(m)!;
        const cut = body.indexOf(after) + after.length;
        if (cut < after.length) throw new Error(`"${after}" is not in measure ${measureId}`);
        const piece = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;
        return `${start}${piece(body.slice(0, cut))}<w:ins w:id="900" w:author="${author}" w:date="${DATE}">${piece(text)}</w:ins>${piece(body.slice(cut))}`;
      },
    );
  }
  files['word/document.xml'] = strToU8(doc);
  return Buffer.from(zipSync(files));
}

/**
 * A unit's copy of Qicao's 征求意见稿 edited in LibreOffice Writer and saved as .docx: the node
 * anchors are gone (LibreOffice keeps only bookmarks it understands, and a copy-paste keeps
 * none), a tracked deletion is a w:del holding a w:delText run with LibreOffice's own author and
 * date attributes (no fractional seconds, ids from 0), and app.xml names LibreOffice.
 */
export function libreOfficeReturn(draft: Buffer, deletion: { within: string; text: string; author: string }): Buffer {
  const files = unzipSync(new Uint8Array(draft));
  let doc = strFromU8(files['word/document.xml']).replace(/<w:bookmarkStart [^>]*\/>|<w:bookmarkEnd [^>]*\/>/g, '');
  const lo = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/></w:rPr>';
  doc = replaceOnce(doc, new RegExp(`<w:r><w:t xml:space="preserve">([^<]*${deletion.within}[^<]*)</w:t></w:r>`), (m) => {
    const body = /<w:t xml:space="preserve">([^<]*)<\/w:t>/.exec(m)![1];
    const at = body.indexOf(deletion.text, body.indexOf(deletion.within) - deletion.text.length);
    if (at < 0) throw new Error(`"${deletion.text}" is not near "${deletion.within}"`);
    const piece = (t: string) => `<w:r>${lo}<w:t xml:space="preserve">${t}</w:t></w:r>`;
    return (
      piece(body.slice(0, at)) +
      `<w:del w:id="0" w:author="${deletion.author}" w:date="2024-02-26T10:15:00Z"><w:r>${lo}<w:delText>${deletion.text}</w:delText></w:r></w:del>` +
      piece(body.slice(at + deletion.text.length))
    );
  });
  files['word/document.xml'] = strToU8(doc);
  files['docProps/app.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template></Template><TotalTime>3</TotalTime><Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</Application><AppVersion>15.0000</AppVersion></Properties>',
  );
  return Buffer.from(zipSync(files));
}
