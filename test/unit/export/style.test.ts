import { describe, expect, it } from 'vitest';
import { STYLE_SHEET } from '../../../core/documents/export/style-sheet.ts';
import { BODY_CONDENSE, FIRST_LINE_INDENT, LEVEL, LINE_PITCH, STYLE, MARGIN, PAGE, TEXT_BLOCK, mmToTwips } from '../../../core/documents/export/style.ts';

describe('GB/T 9704 numbers', () => {
  it('rounds millimetres to the nearest twip', () => {
    expect(MARGIN).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    expect(PAGE).toEqual({ width: 11906, height: 16838 });
    expect(mmToTwips(37)).toBe(2098); // a flooring helper would give 2097
  });

  it('fits 22 lines of 28 characters into the 156 × 225 mm text block', () => {
    expect(LINE_PITCH).toBe(579);
    expect(LINE_PITCH * 22).toBeLessThanOrEqual(TEXT_BLOCK.height);
    expect(BODY_CONDENSE).toBe(-5);
    const pitchTwips = 16 * 20 + BODY_CONDENSE;
    expect(Math.floor(TEXT_BLOCK.width / pitchTwips)).toBe(28);
    // Condensing one twip less would leave room for only 27.
    expect(Math.floor(TEXT_BLOCK.width / (pitchTwips + 1))).toBe(27);
  });

  it('sizes the levels as the standard does', () => {
    expect(LEVEL.title).toMatchObject({ font: '方正小标宋简体', pt: 22 });
    expect(LEVEL.part).toMatchObject({ font: '黑体', pt: 16 });
    expect(LEVEL.aspect).toMatchObject({ font: '楷体_GB2312', pt: 16 });
    expect(LEVEL.keyTask).toMatchObject({ font: '仿宋_GB2312', pt: 16, bold: false });
    expect(LEVEL.body).toMatchObject({ font: '仿宋_GB2312', pt: 16, bold: false, condense: -5 });
    expect(LEVEL.title).not.toHaveProperty('condense');
    expect(LEVEL.pageNumber).toMatchObject({ font: '宋体', pt: 14 });
    expect(FIRST_LINE_INDENT).toEqual({ twips: 640, chars: 200 });
  });
});

describe('the style sheet', () => {
  it('defines one named paragraph style per level, fonts in all four slots, sizes and condensing from LEVEL', () => {
    const styles = STYLE_SHEET.paragraphStyles ?? [];
    expect(styles.map((s) => s.name)).toEqual(['公文标题', '一级标题', '二级标题', '三级标题', '公文正文', '页码', '表头', '表格文字']);
    for (const [level, { id, name }] of Object.entries(STYLE)) {
      const want = LEVEL[level as keyof typeof LEVEL];
      const style = styles.find((s) => s.id === id);
      expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(style?.name).toBe(name);
      expect(style?.run?.font).toEqual({ ascii: want.font, hAnsi: want.font, eastAsia: want.font, cs: want.font });
      expect(style?.run).toMatchObject({ size: want.pt * 2, sizeComplexScript: want.pt * 2, bold: want.bold });
      expect(style?.run?.characterSpacing).toBe('condense' in want ? BODY_CONDENSE : undefined);
    }
    // The document defaults: 3号 仿宋 in every slot, not condensed.
    expect(STYLE_SHEET.default?.document?.run).toMatchObject({
      font: { ascii: '仿宋_GB2312', hAnsi: '仿宋_GB2312', eastAsia: '仿宋_GB2312', cs: '仿宋_GB2312' },
      size: 32,
    });
    expect(STYLE_SHEET.default?.document?.run).not.toHaveProperty('characterSpacing');
  });

  it('lays the 公文 text levels out on exact 28.95 pt lines, indented two characters, headings kept with the next', () => {
    const styles = STYLE_SHEET.paragraphStyles ?? [];
    for (const level of ['part', 'aspect', 'keyTask', 'body'] as const) {
      const style = styles.find((s) => s.id === STYLE[level].id);
      expect(style?.paragraph).toMatchObject({
        alignment: 'both',
        indent: { firstLine: FIRST_LINE_INDENT.twips, firstLineChars: FIRST_LINE_INDENT.chars },
        spacing: { line: LINE_PITCH, lineRule: 'exact', before: 0, after: 0 },
        widowControl: true,
      });
      expect(style?.paragraph?.keepNext).toBe(level === 'body' ? undefined : true);
      // the navigation pane lists 一级/二级/三级标题
      expect(style?.paragraph).toMatchObject({ outlineLevel: { part: 0, aspect: 1, keyTask: 2, body: undefined }[level] });
      expect(style?.basedOn).toBe(level === 'body' ? 'Normal' : STYLE.body.id);
    }
  });
});
