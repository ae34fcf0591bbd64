// Opens every export in LibreOffice (an independent Word-format reader) and prints it to PDF.
// The PNGs of the first pages go to /tmp/qicao-export-look/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { exportExplanation } from '../../../core/documents/export/explanation.ts';
import { exportPlan } from '../../../core/documents/export/plan-document.ts';
import { exportUnitTasks } from '../../../core/documents/export/unit-tasks.ts';
import { largePlan } from './fixtures.ts';
import { outDir, writeDocx } from './read-docx.ts';

const LOOK_DIR = '/tmp/qicao-export-look';
// Maps the 公文 fonts the exports name to Noto CJK (fonts-noto-cjk), the only CJK fonts CI installs.
const FONTS_CONF = fileURLToPath(new URL('../../fixtures/fonts.conf', import.meta.url));

function hasCommand(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const pageText = (pdf: string, page: number): string => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });

describe('exports open in LibreOffice', () => {
  it('has its readers installed (.ci/run installs libreoffice-writer-nogui and poppler-utils)', () => {
    for (const c of ['libreoffice', 'pdftoppm', 'pdftotext']) expect(hasCommand(c), c).toBe(true);
  });

  const dir = outDir();
  const pdf = (name: string) => path.join(dir, `${name}.pdf`);

  beforeAll(async () => {
    const plan = largePlan();
    // Plain Chinese without digits or punctuation, so a full line is exactly 28 characters.
    plan.parts[0].goals = '巩固空气质量改善成效'.repeat(12);
    const files = [
      writeDocx(await exportPlan(plan, { consultation: true }), 'plan.docx', dir),
      writeDocx(await exportAssignmentTable(plan), 'assignment.docx', dir),
      writeDocx(await exportUnitTasks(plan, '区生态环境局'), 'unit.docx', dir),
      writeDocx(await exportExplanation(plan), 'explanation.docx', dir),
    ];
    // A private profile, so a LibreOffice the drafter or another test has open does not swallow the job.
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
      stdio: 'ignore',
      timeout: 170_000,
    });
    mkdirSync(LOOK_DIR, { recursive: true });
    for (const [name, page] of [
      ['plan', 1],
      ['plan', 2],
      ['assignment', 1],
      ['explanation', 1],
    ] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf(name), path.join(LOOK_DIR, `${name}-p${page}`)]);
    }
  }, 180_000);

  // The PNGs in LOOK_DIR stay for a person to look at; the documents and the profile go.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['plan', 'assignment', 'unit', 'explanation'])('prints %s to a non-empty PDF', (name) => {
    expect(existsSync(pdf(name))).toBe(true);
    expect(statSync(pdf(name)).size).toBeGreaterThan(1000);
    expect(readFileSync(pdf(name)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows "— 1 —" on page 1 and "— 2 —" on page 2', () => {
    expect(pageText(pdf('plan'), 1)).toMatch(/—\s*1\s*—/);
    expect(pageText(pdf('plan'), 2)).toMatch(/—\s*2\s*—/);
    expect(pageText(pdf('assignment'), 1)).toMatch(/—\s*1\s*—/);
  });

  it('sets 28 characters on a full line and 22 lines on a full page', () => {
    const lines = pageText(pdf('plan'), 1)
      .split('\n')
      .map((l) => l.trim());
    const first = lines.findIndex((l) => l.startsWith('主要目标：'));
    // Indented two characters, "主要目标：" then 21 of the goals text; the next line is full.
    expect(lines[first]).toHaveLength(26);
    expect(lines[first + 1]).toHaveLength(28);
    const bodyLines = (page: number) =>
      pageText(pdf('plan'), page)
        .split('\n')
        .filter((l) => l.trim() !== '' && !/—\s*\d+\s*—/.test(l));
    // 22 lines on a full page; with 孤行控制 a page ends a line or two short rather than leave a line alone
    const pages = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const counts = pages.map((page) => bodyLines(page).length);
    for (const n of counts) expect(n >= 18 && n <= 22, String(counts)).toBe(true);
    expect(Math.max(...counts)).toBe(22);
    // no widow and no orphan: a paragraph's first line (indented) never ends a page with the rest on
    // the next, and a page never begins with a paragraph's last line alone
    const indented = (line: string) => /^\s{3,}/.test(line);
    for (const page of pages.slice(0, -1)) {
      const here = bodyLines(page);
      const next = bodyLines(page + 1);
      const lastStartsParagraph = indented(here[here.length - 1]);
      const nextContinues = !indented(next[0]);
      expect(lastStartsParagraph && nextContinues, `orphan at the foot of page ${page}`).toBe(false);
      expect(nextContinues && next.length > 1 && indented(next[1]), `widow at the top of page ${page + 1}`).toBe(false);
    }
  });

  it('wrote the pictures to look at', () => {
    for (const name of ['plan-p1', 'plan-p2', 'assignment-p1', 'explanation-p1']) {
      expect(statSync(path.join(LOOK_DIR, `${name}.png`)).size).toBeGreaterThan(1000);
    }
  });
});
