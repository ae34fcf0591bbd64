// Proofreading a 250,000-character document (the seed 起草说明 repeated, as paragraphs) against
// the cheapest possible look at the same text: one regex pass matching every CJK punctuation
// mark. The ratio says how many such passes a full check costs; the target is ≤ 20.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../core/review-input/check-document.ts';
import { SourceBuilder } from '../core/documents/import/source.ts';
import { timeAlternately, result, type BenchResult } from './harness.ts';

const SEED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/seed-explanation.txt');
const TARGET_CHARS = 250_000;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/g;

function document(): string[] {
  const seed = fs.readFileSync(SEED, 'utf8').split(/\r?\n/);
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < TARGET_CHARS) {
    for (const p of seed) {
      paragraphs.push(p);
      chars += p.length;
      if (chars >= TARGET_CHARS) break;
    }
  }
  return paragraphs;
}

export async function run(): Promise<BenchResult> {
  const paragraphs = document();
  const text = paragraphs.join('\n');
  const builder = new SourceBuilder();
  for (const p of paragraphs) builder.paragraph(p);
  const doc = builder.done('check-250k.txt', 'text');
  let findings = 0;
  let marks = 0;
  const times = await timeAlternately(
    () => {
      findings = checkSource(doc).findings.length;
    },
    () => {
      marks = 0;
      CJK_PUNCTUATION.lastIndex = 0;
      while (CJK_PUNCTUATION.exec(text)) marks++;
    },
    60,
    5,
  );
  if (findings === 0 || marks === 0) throw new Error(`check-250k: expected findings and punctuation, got ${findings} and ${marks}`);
  return result('check-250k', times.ours, 'one regex pass over the text matching all CJK punctuation', times.baseline);
}
