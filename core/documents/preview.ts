// A look at the first pages of an export as the drafter's office suite will lay them out:
// LibreOffice prints the .docx to PDF, pdftoppm turns pages into PNG.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { QicaoError } from '../errors.ts';

const run = promisify(execFile);

export async function previewPages(docx: Buffer, pages: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-preview-'));
  try {
    const input = path.join(dir, 'preview.docx');
    fs.writeFileSync(input, docx);
    try {
      // a private profile, so a LibreOffice the drafter has open does not block the conversion
      await run('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000 });
      await run('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', String(pages), path.join(dir, 'preview.pdf'), path.join(dir, 'page')], { timeout: 60_000 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new QicaoError('not-found', '预览需要 LibreOffice 和 poppler（pdftoppm），本机未安装；导出的 Word 文件不受影响。');
      throw new QicaoError('io', '生成预览失败，请直接导出后用 WPS 或 Word 查看。');
    }
    return fs
      .readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort()
      .map((f) => `data:image/png;base64,${fs.readFileSync(path.join(dir, f)).toString('base64')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
