// `qicao check` on the issue-22 import corpus (real-shaped texts and tables) raises no false
// alarm (issue 22.7): spaces beside "|" or "。", "2. 2022年……" in an 附件 list, brackets split by
// a line break, numbers running on across （一）（二）. What it still reports are the corpus's real
// slips (half-width brackets, "." for "。", a stray "）"), and "1、" is a suggestion, not an error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../core/documents/import/index.ts';
import { SourceBuilder } from '../../../core/documents/import/source.ts';
import { checkSource } from '../../../core/review-input/check-document.ts';
import { CORPUS_DOCX } from '../../fixtures/import-corpus/build-docx.ts';

const DIR = path.resolve('test/fixtures/import-corpus');
const findings = (input: Parameters<typeof readSource>[0]) => checkSource(readSource(input)).findings.map((f) => `${f.severity} ${f.rule} ${f.excerpt}`);
const text = (lines: string[]) => {
  const b = new SourceBuilder();
  for (const l of lines) b.paragraph(l);
  return checkSource(b.done('x.txt', 'text')).findings;
};

describe('check on the import corpus', () => {
  it('finds nothing in the texts and tables written correctly', () => {
    const clean = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt') && f !== 'bracket-variants.txt' && f !== 'pdf-pasted.txt');
    expect(clean.length).toBeGreaterThanOrEqual(9);
    for (const name of clean) expect(findings(path.join(DIR, name)), name).toEqual([]);
    for (const [name, build] of Object.entries(CORPUS_DOCX)) expect(findings({ name, bytes: build() }), name).toEqual([]);
  });

  it('in PDF-pasted text reports the "." for "。", not the brackets the line breaks split nor the page numbers', () => {
    const found = checkSource(readSource(path.join(DIR, 'pdf-pasted.txt'))).findings;
    expect(found.map((f) => f.rule)).not.toContain('unbalanced-bracket');
    expect(found.map((f) => f.rule)).not.toContain('stray-space');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.rule === 'halfwidth-punctuation' && f.message.includes('“.”'))).toBe(true);
  });

  it('reports the real slips of the bracket variants', () => {
    expect(findings(path.join(DIR, 'bracket-variants.txt'))).toEqual([
      'warning unbalanced-bracket 信息化局）]',
      'error halfwidth-punctuation 险管控。(牵头单位',
      'error halfwidth-punctuation 区供销社(区商务局',
      'error halfwidth-punctuation 区商务局)）',
    ]);
  });
});

describe('check on text shapes that used to raise false alarms', () => {
  it('leaves spaces beside "|" and after "。" alone, and says letters and digits only for letters and digits', () => {
    expect(text(['序号 | 任务 | 牵头单位', '1 | 开展治理 | 区城管委', '完成治理。 下一步加强监管。', '— 2 —'])).toEqual([]);
    const [f] = text(['完成 30台锅炉改造。']);
    expect(f.message).toBe('中文与字母、数字之间不加空格，应删除。');
    expect(text(['加强 监管，确保落实。'])[0].message).toBe('中文之间有多余空格，应删除。');
  });

  it('does not read an 附件 list as headings', () => {
    expect(text(['附件：1.某县2022年大气污染防治实施方案', '2. 2022年大气污染防治重点任务分解表', '某县人民政府办公室'])).toEqual([]);
  });

  it('gives "1、" as a suggestion (warning), never an error', () => {
    const found = text(['一、大气污染防治', '（一）扬尘治理', '1、开展扬尘治理。', '2、加强道路保洁。', '（二）油烟治理', '3、推进油烟治理。']);
    expect(found.map((f) => [f.severity, f.rule, f.suggestion])).toEqual([
      ['warning', 'numbering-format', '1.'],
      ['warning', 'numbering-format', '2.'],
      ['warning', 'numbering-format', '3.'],
    ]);
  });
});
