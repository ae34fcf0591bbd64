// The run and paragraph helpers other exporters build on: whatever mix of levels they are given,
// each run resolves in Word to its own level's font, size, bold and condensing, and a run of
// its paragraph's own level is written without properties of its own.
import { Paragraph, Table, TableCell, TableRow } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookmarkedRun, cellParagraph, levelParagraph, textParagraph, textRun, titleParagraph } from '../../../core/documents/export/runs.ts';
import { buildSection, packDocument } from '../../../core/documents/export/section.ts';
import { BODY_CONDENSE, LEVEL, type Level } from '../../../core/documents/export/style.ts';
import { expectFontsInAllSlots, expectGbStyles } from './page-checks.ts';
import { exportAndRead, type DocxInfo, type RunInfo } from './read-docx.ts';

const looksLike = (level: Level): Partial<RunInfo> => ({
  eastAsia: LEVEL[level].font,
  ascii: LEVEL[level].font,
  sizePt: LEVEL[level].pt,
  bold: LEVEL[level].bold,
  charSpacing: 'condense' in LEVEL[level] ? String(BODY_CONDENSE) : null,
});

describe('run and paragraph helpers', () => {
  let info: DocxInfo;
  beforeAll(async () => {
    const children = [
      titleParagraph('标题'),
      // The old way: a paragraph from textRuns, its style taken from the first run.
      textParagraph([textRun('一、', 'part'), textRun('部分', 'part')], { keepNext: true }),
      textParagraph([textRun('1.', 'keyTask'), textRun('正文', 'body'), bookmarkedRun('书签', 'body', 'qc_m_1')]),
      textParagraph([textRun('（一）', 'aspect'), textRun('方面', 'aspect')]),
      textParagraph([textRun('表格字', 'tableCell'), textRun('正文', 'body')]),
      levelParagraph('keyTask', [textRun('2.', 'keyTask'), '任务', bookmarkedRun('书签', 'keyTask', 'qc_t_2')]),
      levelParagraph('body', ['（1）', textRun('加粗', 'keyTask'), '措施']),
      new Table({
        rows: [
          new TableRow({ children: [new TableCell({ children: [cellParagraph('表头', 'tableHeader', true)] })] }),
          new TableRow({ children: [new TableCell({ children: [cellParagraph('居中', 'tableCell', true)] })] }),
          new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [textRun('别处', 'part')] })] })] }),
        ],
      }),
    ];
    info = await exportAndRead(packDocument({ title: '测试', sections: [buildSection({ orientation: 'portrait', children })] }), 'runs.docx');
  });

  it('defines the styles and resolves every run to a font in all four slots', () => {
    expectGbStyles(info);
    expectFontsInAllSlots(info);
  });

  it('gives a paragraph of textRuns its first run’s style and writes those runs plain', () => {
    const [, part, keyTask, aspect, table] = info.paragraphs;
    expect(part).toMatchObject({ style: '一级标题', keepNext: true, own: [] });
    for (const run of part.runs) expect(run).toMatchObject({ ...looksLike('part'), own: [] });
    expect(aspect).toMatchObject({ style: '二级标题', keepNext: false, own: ['keepNext'] });
    expect(keyTask).toMatchObject({ style: '三级标题', keepNext: false });
    expect(keyTask.runs[0]).toMatchObject({ ...looksLike('keyTask'), own: [] });
    // 公文正文 runs in a bold 三级标题 paragraph stay not bold.
    expect(keyTask.runs[1]).toMatchObject(looksLike('body'));
    expect(keyTask.runs[2]).toMatchObject({ ...looksLike('body'), text: '书签' });
    expect(table.style).toBe('公文正文');
    expect(table.runs.map((r) => r.eastAsia)).toEqual(['仿宋_GB2312', '仿宋_GB2312']);
    // Its own font, size and weight; the paragraph's condensing it shares (runs.ts).
    const { charSpacing: _paragraphs, ...cellLook } = looksLike('tableCell');
    expect(table.runs[0]).toMatchObject(cellLook);
    expect(table.runs[0].own).toContain('rFonts');
    expect(table.runs[1]).toMatchObject({ ...looksLike('body'), own: [] });
    expect(info.bookmarks).toEqual({ qc_m_1: '书签', qc_t_2: '书签' });
  });

  it('keeps a bold run bold in a level paragraph, and the paragraph’s own level plain', () => {
    const keyTask = info.paragraphs[5];
    expect(keyTask).toMatchObject({ text: '2.任务书签', style: '三级标题', keepNext: true, own: [] });
    for (const run of keyTask.runs) expect(run).toMatchObject({ ...looksLike('keyTask'), own: [] });
    const body = info.paragraphs[6];
    expect(body).toMatchObject({ style: '公文正文', own: [] });
    // "1." is not bold since issue 23: the 三级标题 run keeps its own (plain) look too
    expect(body.runs.map((r) => r.bold)).toEqual([false, false, false]);
    expect(body.runs[1]).toMatchObject(looksLike('keyTask'));
  });

  it('sets table cells in 表头 and 表格文字, centred where asked', () => {
    const cells = info.tables[0].rows.map((r) => r.cells[0]);
    expect(cells[0]).toMatchObject({ eastAsia: '黑体', sizePt: 10.5, bold: false });
    expect(cells[1]).toMatchObject({ eastAsia: '仿宋_GB2312', sizePt: 10.5 });
    // A textRun outside the helpers still looks like its level.
    expect(cells[2]).toMatchObject({ eastAsia: '黑体', sizePt: 16, bold: false });
  });

  it('keeps the style of a paragraph that ends a section, next to the section’s properties', async () => {
    const two = await exportAndRead(
      packDocument({
        title: '两节',
        sections: [
          buildSection({ orientation: 'portrait', children: [titleParagraph('第一节'), levelParagraph('body', '第一节正文')] }),
          buildSection({ orientation: 'landscape', children: [levelParagraph('part', '一、第二节')] }),
        ],
      }),
      'two-sections.docx',
    );
    expect(two.sections.map((section) => section.orientation)).toEqual(['portrait', 'landscape']);
    expect(two.paragraphs.map((p) => [p.text, p.style])).toEqual([
      ['第一节', '公文标题'],
      ['第一节正文', '公文正文'],
      ['一、第二节', '一级标题'],
    ]);
    expect(two.paragraphs[1].own).toEqual(['sectPr']);
    expect(two.paragraphs[1].runs[0]).toMatchObject(looksLike('body'));
  });
});
