// Outside files at the extremes: 10,000 comments in one returned file, and 200 MB files.
// Each is handled within bounded time and memory, or refused whole with a Chinese error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';
import { handMadeDocx, para, run } from '../consult/word-files.ts';

describe('hostile outside files', () => {
  it('a returned file with 10,000 comments is stored whole, once', { timeout: 180_000 }, () => {
    const db = createSamplePlan(path.join(tempDir(), 'many.qicao'));
    const n = 10_000;
    const body: string[] = [];
    const comments: string[] = [];
    for (let i = 0; i < n; i++) {
      body.push(para(`<w:commentRangeStart w:id="${i}"/>`, run(`第${i}段被批注的文字`), `<w:commentRangeEnd w:id="${i}"/>`, `<w:r><w:commentReference w:id="${i}"/></w:r>`));
      comments.push(`<w:comment w:id="${i}" w:author="审稿人" w:date="2024-02-26T09:30:00Z"><w:p>${run(`第${i}条意见`)}</w:p></w:comment>`);
    }
    const bytes = handMadeDocx({ document: body.join(''), comments: comments.join('') });
    const t0 = Date.now();
    const result = importFeedback(db, { unit: '区水务局', fileName: '一万条批注.docx', bytes });
    expect(result.items).toHaveLength(n);
    expect(Date.now() - t0).toBeLessThan(120_000);
    const again = importFeedback(db, { unit: '区水务局', fileName: '一万条批注.docx', bytes });
    expect(again.duplicate).toBe(true);
    expect((db.prepare('SELECT count(*) AS n FROM comment').get() as { n: number }).n).toBe(n);
    db.close();
  });

  it('200 MB files are refused by size before they are read', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'p.qicao');
    expect(qicao(['new', plan, '--sample']).status).toBe(0);
    for (const name of ['巨大.docx', '巨大.xlsx', '巨大.txt']) {
      const big = path.join(dir, name);
      fs.writeFileSync(big, 'PK\u0003\u0004');
      fs.truncateSync(big, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    }
    const feedback = qicao(['feedback', plan, '--unit', '区水务局', path.join(dir, '巨大.docx')]);
    expect(feedback.status).toBe(2);
    expect(feedback.stderr).toMatch(/超过|过大|上限/);
    const form = qicao(['feedback', plan, '--unit', '区水务局', path.join(dir, '巨大.xlsx')]);
    expect(form.status).toBe(2);
    const imported = qicao(['import', path.join(dir, '巨大.txt'), '--out', path.join(dir, 'x.qicao')]);
    expect(imported.status).toBe(2);
    expect(imported.stderr).toMatch(/超过|过大|上限/);
    expect(fs.existsSync(path.join(dir, 'x.qicao'))).toBe(false);
    const checked = qicao(['check', path.join(dir, '巨大.docx')]);
    expect(checked.status).toBe(2);
  });
});
