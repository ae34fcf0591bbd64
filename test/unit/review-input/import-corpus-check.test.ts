// `qicao check` on the import corpus (real district plans in the shapes drafters have: notices,
// 版记, items numbered straight through the document): no false alarm.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../core/review-input/check-file.ts';

const DIR = new URL('../../fixtures/import/', import.meta.url);
const FILES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
// Rules that real layouts used to trip: they must stay silent on well-written plans.
const LAYOUT_RULES = new Set(['numbering-sequence', 'numbering-format', 'stray-space', 'unbalanced-bracket', 'date-format']);

describe('qicao check on the import corpus', () => {
  it('has the corpus to check', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FILES)('%s: no error, and no layout warning', async (name) => {
    const r = await checkFile(new URL(name, DIR).pathname);
    const shown = (f: (typeof r.findings)[number]) => `${f.rule} 第${f.paragraph + 1}段 ${f.excerpt}`;
    expect(r.findings.filter((f) => f.severity === 'error').map(shown)).toEqual([]);
    expect(r.findings.filter((f) => LAYOUT_RULES.has(f.rule)).map(shown)).toEqual([]);
  });

  it('reads items numbered 1.–7. across key tasks and the 版记 line as they are meant', async () => {
    const r = await checkFile(new URL('chaozhou-verb-style.txt', DIR).pathname);
    expect(r.paragraphs.some((p) => /^4\.推广新能源汽车/.test(p))).toBe(true);
    expect(r.paragraphs.some((p) => /办公室 {2,}2024年3月5日印发$/.test(p))).toBe(true);
    expect(r.findings).toEqual([]);
  });
});
