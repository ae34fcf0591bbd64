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

/** Every run names its font in all four slots, the same font in each. */
export function expectFontsInAllSlots(info: DocxInfo): void {
  const runs = [
    ...info.paragraphs.flatMap((p) => p.runs),
    ...info.sections.flatMap((s) => [...s.defaultFooter.paragraphs, ...s.evenFooter.paragraphs].flatMap((p) => p.runs)),
  ];
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) {
    expect(run.eastAsia, `run “${run.text}”`).toBeTruthy();
    expect([run.ascii, run.hAnsi, run.cs]).toEqual([run.eastAsia, run.eastAsia, run.eastAsia]);
  }
  expect(info.defaultsEastAsia).toEqual(['仿宋_GB2312']);
  for (const table of info.tables) {
    for (const row of table.rows) for (const cell of row.cells) if (cell.text !== '') expect(cell.eastAsia).toBeTruthy();
  }
}
