// Page make-up of the 任务分工表's 按页分段 print layout (issue #15 point 5, kept as an explicit
// option by issue 23): columns balanced to their text, the table cut into pages with the header
// and "（续）" titles on each, and the sample's 205 measures on far fewer pages than the 48 they
// took — measured with LibreOffice. The default continuous table: continuous-table.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlanWithFacts } from '../../../core/consult/facts.ts';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { titleBlockHeight } from '../../../core/documents/export/runs.ts';
import { columnsFor, planTaskRows, taskTableLayout } from '../../../core/documents/export/task-table.ts';
import { textBlock, wrappedLines } from '../../../core/documents/export/task-layout.ts';
import { exportUnitTasks } from '../../../core/documents/export/unit-tasks.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { tempDir } from '../../helpers/plans.ts';
import { largePlan } from './fixtures.ts';
import { exportAndRead } from './read-docx.ts';

const FONTS_CONF = fileURLToPath(new URL('../../fixtures/fonts.conf', import.meta.url));

describe('the 任务分工表 on paper', () => {
  const plan = largePlan();
  const rows = planTaskRows(plan);
  const columns = columnsFor(plan, rows);

  it('balances the columns: the text that sets row heights gets the room, merged titles stay narrow', () => {
    const { widths } = taskTableLayout(plan, rows, columns, 'landscape');
    const width = Object.fromEntries(columns.map((key, c) => [key, widths[c]]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(textBlock('landscape').width);
    expect(Math.max(...widths)).toBe(width.measure);
    expect(width.aspect).toBeLessThan(width.measure / 2);
    // "2024年底前" stays on one line, and so do the headers
    expect(wrappedLines('2024年底前', width.deadline)).toBe(1);
    for (const key of columns) expect(wrappedLines(key === 'index' ? '序号' : '配合单位', width[key]), key).toBe(1);
    // a line break falls between pieces, not inside "≥630吨" or "COD"
    expect(wrappedLines('COD减排量≥630吨；氨氮减排量≥65吨', 6 * 210 + 114)).toBe(4);
  });

  it('repeats the header and the 方面/重点任务 it carries on with “（续）” at the top of every page', async () => {
    const info = await exportAndRead(exportAssignmentTable(plan, { layout: 'pages' }), 'pages.docx');
    const { pages } = taskTableLayout(plan, rows, columns, 'landscape', { firstPageUsed: titleBlockHeight(`${plan.title}任务分工表`, { orientation: 'landscape' }) });
    expect(info.tables).toHaveLength(pages.length);
    expect(pages.length).toBeGreaterThan(3);
    info.tables.forEach((table, t) => {
      expect(table.rows[0].header).toBe(true);
      const [from] = pages[t];
      const first = table.rows[1].cells;
      expect(first[0].text).toBe(String(from + 1));
      // a page's first row always restarts the merged columns, with its own title
      expect(first[1].vMerge).toBe('restart');
      expect(first[2].vMerge).toBe('restart');
      const row = rows[from];
      const carriesOn = (a: object | null, b: object | null) => from > 0 && a === b;
      expect(first[1].text).toBe(carriesOn(rows[from - 1]?.aspect ?? null, row.aspect) ? `${row.aspect!.title}（续）` : row.aspect!.title);
      expect(first[2].text).toBe(carriesOn(rows[from - 1]?.keyTask ?? null, row.keyTask) ? `${row.keyTask.title}（续）` : row.keyTask.title);
    });
    expect(info.tables.some((t) => t.rows[1].cells[1].text.endsWith('（续）'))).toBe(true);
  });

  it('sets a unit’s lists as one continuous table each, numbering each list from 1', async () => {
    const info = await exportAndRead(exportUnitTasks(plan, '区生态环境局'), 'unit-pages.docx');
    expect(info.tables).toHaveLength(2);
    for (const table of info.tables) expect(table.rows[0].header).toBe(true);
    const numbers = info.tables.flatMap((t) =>
      t.rows
        .slice(1)
        .filter((r) => r.cells.length > 1)
        .map((r) => r.cells[0].text),
    );
    // numbering restarts once, for the 配合任务
    expect(numbers.filter((n) => n === '1')).toHaveLength(2);
  });
});

describe('the sample’s 任务分工表 in LibreOffice, 按页分段', () => {
  it('fits the 205 measures on far fewer than 48 pages, as many as estimated', async () => {
    const db = createSamplePlan(path.join(tempDir(), 'sample.qicao'));
    const plan = readPlanWithFacts(db);
    db.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'qicao-pages-'));
    try {
      const file = path.join(dir, 'assignment.docx');
      writeFileSync(file, await exportAssignmentTable(plan, { layout: 'pages' }));
      execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
        env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
        stdio: 'ignore',
        timeout: 170_000,
      });
      const info = execFileSync('pdfinfo', [path.join(dir, 'assignment.pdf')], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const rows = planTaskRows(plan);
      const estimated = taskTableLayout(plan, rows, columnsFor(plan, rows), 'landscape', {
        firstPageUsed: titleBlockHeight(`${plan.title}任务分工表`, { orientation: 'landscape' }),
      }).pages.length;
      expect(rows).toHaveLength(205);
      expect(pages).toBeLessThanOrEqual(30); // 48 before the columns were balanced
      // no piece ran over its page: a page more would be a page with one row
      expect(pages).toBe(estimated);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
