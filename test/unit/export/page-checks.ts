// Assertions every exported document must pass: GB/T 9704 page, footers, fonts in all slots.
import { expect } from 'vitest';
import type { DocxInfo, SectionInfo } from './read-docx.ts';

const EMU_PER_TWIP = 635;
export const MARGIN_TWIPS = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
export const A4_TWIPS = { short: 11906, long: 16838 };

export function expectGbPage(section: SectionInfo, orientation: 'portrait' | 'landscape'): void {
  const [w, h] = orientation === 'portrait' ? [A4_TWIPS.short, A4_TWIPS.long] : [A4_TWIPS.long, A4_TWIPS.short];
  expect(section.pgSz).toMatchObject({ w: String(w), h: String(h) });
  expect(section.orientation).toBe(orientation);
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    expect(section.pgMar[side]).toBe(String(MARGIN_TWIPS[side]));
    expect(section.emu[side]).toBe(MARGIN_TWIPS[side] * EMU_PER_TWIP);
  }
  expect(section.emu.width).toBe(w * EMU_PER_TWIP);
  expect(section.emu.height).toBe(h * EMU_PER_TWIP);
}

/** "— N —" in 4号 宋体: odd pages right, even pages left, one character (280 twips) in. */
export function expectPageNumbers(info: DocxInfo): void {
  expect(info.settings.evenAndOddHeaders).toBe(true);
  for (const section of info.sections) {
    const odd = section.defaultFooter;
    const even = section.evenFooter;
    for (const footer of [odd, even]) {
      expect(footer.linked).toBe(false);
      expect(footer.hasPageField).toBe(true);
      expect(footer.text.startsWith('— ')).toBe(true);
      expect(footer.text.endsWith(' —')).toBe(true);
      for (const run of footer.paragraphs[0].runs) {
        expect(run.eastAsia).toBe('宋体');
        expect(run.sizePt).toBe(14);
      }
    }
    expect(odd.paragraphs[0].alignment).toBe('right');
    expect(odd.paragraphs[0].indent).toMatchObject({ right: '280' });
    expect(even.paragraphs[0].alignment).toBe('left');
    expect(even.paragraphs[0].indent).toMatchObject({ left: '280' });
  }
}

/**
 * Every run resolves (through its paragraph's style, character style and the document defaults,
 * as Word does) to one font named in all four slots, and so does every run in a table cell.
 */
export function expectFontsInAllSlots(info: DocxInfo): void {
  const runs = [...info.paragraphs.flatMap((p) => p.runs), ...info.sections.flatMap((s) => [...s.defaultFooter.paragraphs, ...s.evenFooter.paragraphs].flatMap((p) => p.runs))];
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) {
    expect(run.eastAsia, `run “${run.text}”`).toBeTruthy();
    expect([run.ascii, run.hAnsi, run.cs]).toEqual([run.eastAsia, run.eastAsia, run.eastAsia]);
  }
  expect(info.defaultsEastAsia).toEqual(['仿宋_GB2312']);
  for (const table of info.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.text !== '') expect(cell.eastAsia).toBeTruthy();
        for (const [ascii, hAnsi, eastAsia, cs] of cell.runFonts) {
          expect(eastAsia, `cell “${cell.text}”`).toBeTruthy();
          expect([ascii, hAnsi, cs]).toEqual([eastAsia, eastAsia, eastAsia]);
        }
      }
    }
  }
}

/** The named styles every export defines: font in all four slots, size, bold, condensing. */
export const GB_STYLES: Record<string, { font: string; pt: number; bold: boolean; condense: string | null }> = {
  公文标题: { font: '方正小标宋简体', pt: 22, bold: false, condense: null },
  公文正文: { font: '仿宋_GB2312', pt: 16, bold: false, condense: '-5' },
  一级标题: { font: '黑体', pt: 16, bold: false, condense: '-5' },
  二级标题: { font: '楷体_GB2312', pt: 16, bold: false, condense: '-5' },
  三级标题: { font: '仿宋_GB2312', pt: 16, bold: false, condense: '-5' },
  页码: { font: '宋体', pt: 14, bold: false, condense: null },
  表头: { font: '黑体', pt: 10.5, bold: false, condense: null },
  表格文字: { font: '仿宋_GB2312', pt: 10.5, bold: false, condense: null },
};

/**
 * The style definitions themselves carry the fonts in the East-Asian slot (and the others), under
 * ASCII ids. Word's Normal, the default paragraph style, stays without formatting of its own: a
 * paragraph an exporter makes without a style looks as it did before the styles.
 */
export function expectGbStyles(info: DocxInfo): void {
  for (const [name, want] of Object.entries(GB_STYLES)) {
    const style = info.styles.find((s) => s.name === name);
    expect(style, name).toBeDefined();
    if (!style) continue;
    expect(style.type).toBe('paragraph');
    expect(style.id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    const { eastAsia, ascii, hAnsi, cs, sizePt, bold, charSpacing } = style.run;
    expect({ name, eastAsia, ascii, hAnsi, cs }).toEqual({ name, eastAsia: want.font, ascii: want.font, hAnsi: want.font, cs: want.font });
    expect({ name, sizePt, bold, charSpacing: charSpacing ?? null }).toEqual({ name, sizePt: want.pt, bold: want.bold, charSpacing: want.condense });
  }
  expect(info.defaultParagraphStyle).toBe('Normal');
  expect(info.styles.find((s) => s.id === 'Normal')).toMatchObject({ name: 'Normal', default: true, run: {}, paragraph: {} });
  for (const name of ['公文正文', '一级标题', '二级标题', '三级标题']) {
    expect(info.styles.find((s) => s.name === name)?.paragraph).toMatchObject({
      alignment: 'both',
      indent: { firstLine: '640', firstLineChars: '200' },
      spacing: { line: '579', lineRule: 'exact', before: '0', after: '0' },
      widowControl: true,
    });
  }
}

/**
 * The formatting lives in the styles: no run writes properties of its own, and a paragraph
 * writes nothing besides its style but, where it differs from its style, keep-with-next.
 */
export function expectFormattingOnlyInStyles(info: DocxInfo): void {
  for (const paragraph of info.paragraphs) {
    expect(
      paragraph.own.filter((name) => name !== 'keepNext'),
      paragraph.text,
    ).toEqual([]);
    for (const run of paragraph.runs) expect(run.own, run.text).toEqual([]);
  }
}
