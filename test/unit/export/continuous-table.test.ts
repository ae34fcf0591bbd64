// The 任务分工表 as one continuous table in LibreOffice (issue 23 point 3): the sample's 205
// measures paginate with the header on every page and no blank page — and still do after a
// drafter edits it (a cell grown by three lines, the table's font enlarged to 14 pt, done with
// python-docx as Word or LibreOffice would save it). Renders go to /tmp/qicao-export-look/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanWithFacts } from '../../../core/consult/facts.ts';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { readDocx } from './read-docx.ts';

const FONTS_CONF = fileURLToPath(new URL('../../fixtures/fonts.conf', import.meta.url));
const EDIT = fileURLToPath(new URL('./edit_task_table.py', import.meta.url));
const LOOK_DIR = '/tmp/qicao-export-look';

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });

/**
 * Each page as a reader checks it: the header on top, and the 序号 of its rows — the numbers
 * standing in the first column (words left of 115 pt, read from pdftotext's word boxes).
 */
function pages(pdf: string): { header: boolean; numbers: number[]; text: string }[] {
  const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return boxes
    .split('<page ')
    .slice(1)
    .map((page, i) => {
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
      // in the text block (the page number stands below it, at 496 pt), top to bottom
      const index = words.filter((w) => w.x < 115 && w.y < 490 && /^\d{1,3}$/.test(w.text)).sort((a, b) => a.y - b.y);
      const numbers = index.map((w) => Number(w.text));
      // the header row stands above the page's first row
      const firstRow = Math.min(...index.map((w) => w.y));
      const above = (t: string) => words.some((w) => w.text.startsWith(t) && w.y < firstRow);
      return { header: above('序') && above('具体措施'), numbers, text: pageText(pdf, i + 1) };
    });
}

describe('the continuous 任务分工表 in LibreOffice', () => {
  let dir: string;
  let original: string;
  let edited: string;
  beforeAll(async () => {
    const db = createSamplePlan(path.join(tempDir(), 'sample.qicao'));
    const plan = readPlanWithFacts(db);
    db.close();
    dir = mkdtempSync(path.join(tmpdir(), 'qicao-continuous-'));
    const docx = path.join(dir, 'assignment.docx');
    writeFileSync(docx, await exportAssignmentTable(plan));
    // row 30 of the table: a measure row well inside a page
    execFileSync('/usr/bin/python3', [EDIT, docx, path.join(dir, 'edited.docx'), '30', '14']);
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx, path.join(dir, 'edited.docx')], {
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
      stdio: 'ignore',
      timeout: 170_000,
    });
    original = path.join(dir, 'assignment.pdf');
    edited = path.join(dir, 'edited.pdf');
    mkdirSync(LOOK_DIR, { recursive: true });
    for (const [pdf, name] of [
      [original, 'continuous'],
      [edited, 'continuous-edited'],
    ] as const) {
      for (const page of [1, 2])
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(LOOK_DIR, `${name}-p${page}`)]);
    }
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('repeats the header on every page and has no blank page', () => {
    const list = pages(original);
    expect(list.length).toBeLessThanOrEqual(34);
    for (const [i, page] of list.entries()) {
      expect(page.header, `page ${i + 1}`).toBe(true);
      expect(page.numbers.length, `page ${i + 1} has rows`).toBeGreaterThan(0);
    }
    // the rows run 1…205 in order across the pages, none lost, none printed twice
    const numbers = list.flatMap((p) => p.numbers);
    expect(numbers).toEqual(Array.from({ length: 205 }, (_, i) => i + 1));
  });

  it('still paginates cleanly after the drafter grows a cell and enlarges the font', () => {
    const info = readDocx(path.join(dir, 'edited.docx'));
    expect(info.tables).toHaveLength(1);
    const list = pages(edited);
    // more pages for larger text, but every one a page of the table with its header and rows
    expect(list.length).toBeGreaterThan(pages(original).length);
    for (const [i, page] of list.entries()) {
      expect(page.header, `page ${i + 1}`).toBe(true);
      expect(page.numbers.length, `page ${i + 1} has rows`).toBeGreaterThan(0);
    }
    expect(list.flatMap((p) => p.numbers)).toEqual(Array.from({ length: 205 }, (_, i) => i + 1));
    expect(list.some((p) => p.text.includes('补充：三、第三行说明文字。'))).toBe(true);
  });
});
