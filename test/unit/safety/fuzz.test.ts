// Mutated .docx/.xlsx files (flipped bytes, cut files, damaged XML inside a valid zip) fed to
// both readers of outside files: the document import and the feedback intake. Each either reads
// or is refused with a Chinese QicaoError, within a time bound, and a refused feedback file
// stores nothing. Seeded, so a failure can be replayed.
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { readPlanDocument } from '../../../core/documents/import/index.ts';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import { isQicaoError } from '../../../core/errors.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { excelForm, wordWithCommentsAndChanges } from '../consult/word-files.ts';

function prng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0), seed / 2 ** 32);
}

type Mutator = (bytes: Uint8Array, r: () => number) => Uint8Array;

const flipBytes: Mutator = (b, r) => {
  const out = b.slice();
  for (let i = 0; i < 1 + Math.floor(r() * 20); i++) out[Math.floor(r() * out.length)] ^= 1 + Math.floor(r() * 255);
  return out;
};
const truncate: Mutator = (b, r) => b.slice(0, Math.floor(r() * b.length));
const zeroRange: Mutator = (b, r) => {
  const out = b.slice();
  const start = Math.floor(r() * out.length);
  out.fill(0, start, Math.min(out.length, start + 1 + Math.floor(r() * 4096)));
  return out;
};
/** Keeps the zip valid and damages the XML inside it. */
const damageXml: Mutator = (b, r) => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(b);
  } catch {
    return flipBytes(b, r);
  }
  const xmlNames = Object.keys(files).filter((n) => n.endsWith('.xml'));
  const name = xmlNames[Math.floor(r() * xmlNames.length)];
  let xml = new TextDecoder().decode(files[name]);
  const cut = Math.floor(r() * xml.length);
  const tricks = [
    () => xml.slice(0, cut) + xml.slice(cut + 1 + Math.floor(r() * 200)), // a torn tag
    () => xml.replace('?>', '?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>').replace('<w:t>', '<w:t>&b;'), // entity expansion
    () => xml.replace('?>', '?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace('<w:t>', '<w:t>&x;'), // external entity
    () => xml.slice(0, cut) + '<w:p>'.repeat(500) + xml.slice(cut), // unbalanced nesting
    () => xml.slice(0, cut) + '\u0000\uFFFF' + xml.slice(cut), // characters XML forbids
  ];
  xml = tricks[Math.floor(r() * tricks.length)]();
  files[name] = new TextEncoder().encode(xml);
  return zipSync(files);
};
const MUTATORS = [flipBytes, truncate, zeroRange, damageXml, damageXml];

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer!);
  }
}

const ROUNDS = 40;

describe('fuzzed outside files', () => {
  it(`import: ${ROUNDS * 2} mutated .docx/.xlsx read or refused in Chinese, never a crash or hang`, { timeout: 300_000 }, async () => {
    const db = createSamplePlan(path.join(tempDir(), 'fuzz.qicao'));
    const sources = [
      { name: '计划.docx', bytes: new Uint8Array(await exportPlan(readPlan(db))) },
      { name: '反馈.xlsx', bytes: new Uint8Array(await excelForm([['1', '（一）1.', '原文', '修改意见', '理由']])) },
    ];
    db.close();
    const r = prng(20241128);
    let refused = 0;
    for (let i = 0; i < ROUNDS; i++) {
      for (const src of sources) {
        const mutated = MUTATORS[Math.floor(r() * MUTATORS.length)](src.bytes, r);
        try {
          await within(20_000, readPlanDocument({ name: src.name, bytes: mutated }));
        } catch (e) {
          refused++;
          expect(isQicaoError(e), `round ${i} ${src.name}: ${(e as Error).stack}`).toBe(true);
          expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(refused).toBeGreaterThan(ROUNDS / 2); // the mutations really do damage the files
  });

  it(`feedback intake: ${ROUNDS * 2} mutated returned files stored whole or not at all`, { timeout: 300_000 }, async () => {
    const db = createSamplePlan(path.join(tempDir(), 'fuzz-feedback.qicao'));
    const sources = [
      { name: '返回稿.docx', unit: '区水务局', bytes: new Uint8Array(await wordWithCommentsAndChanges()) },
      { name: '反馈表.xlsx', unit: '雁栖镇', bytes: new Uint8Array(await excelForm([['1', '（一）1.', '原文', '建议修改为……', '理由']])) },
    ];
    const rows = () => db.prepare('SELECT (SELECT count(*) FROM comment) AS c, (SELECT count(*) FROM feedback_file) AS f, (SELECT count(*) FROM round_unit) AS ru').get();
    const r = prng(7);
    let refused = 0;
    for (let i = 0; i < ROUNDS; i++) {
      for (const src of sources) {
        const mutated = MUTATORS[Math.floor(r() * MUTATORS.length)](src.bytes, r);
        const before = rows();
        try {
          await within(
            20_000,
            Promise.resolve().then(() => importFeedback(db, { unit: src.unit, fileName: src.name, bytes: mutated })),
          );
        } catch (e) {
          refused++;
          expect(isQicaoError(e), `round ${i} ${src.name}: ${(e as Error).stack}`).toBe(true);
          expect(rows(), `round ${i}: a refused file changed the plan`).toEqual(before);
        }
      }
    }
    expect(refused).toBeGreaterThan(ROUNDS / 2);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
