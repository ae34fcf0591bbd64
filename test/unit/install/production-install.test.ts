// A production install (`npm install --omit=dev`) must leave a working `qicao` and `npm start`:
// nothing at run time may need tsx, vitest, Electron or another dev dependency, nor the core/
// sources. The quick check here: the built CLI, worker and UI in a folder of their own — no core/,
// and a node_modules holding only the production dependency tree (as `npm ls --omit=dev` lists
// it) — run as a user would: import, feedback, compare, export, check and serve. Import, feedback,
// compare and check read what someone sent in the built worker thread (dist/worker), so this is
// also the proof that the parse runs through the built files alone. The full check with a real
// `npm ci --omit=dev` is bin/check-production-install.sh (slow: registry and a compile).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeTempDirs, tempDir } from '../../helpers/plans.ts';
import { xlsx } from '../safety/hostile-zip.ts';

const repo = path.resolve('.');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
let root: string;

function productionPackages(): string[] {
  const r = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const top = path.join(repo, 'node_modules') + path.sep;
  return [
    ...new Set(
      r.stdout
        .split('\n')
        .filter((p) => p.startsWith(top))
        .map((p) => p.slice(top.length)),
    ),
  ].filter(
    // nested ones come with their parent; a dev dependency listed only as an optional peer (tsx of
    // vite) is not installed by `npm ci --omit=dev`
    (rel) => !rel.includes(`${path.sep}node_modules${path.sep}`) && !(rel in pkg.devDependencies),
  );
}

function builtFiles(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

function viteBuild(args: string[]): void {
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...args, '--emptyOutDir', '--logLevel', 'warn'], { cwd: repo, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** `qicao …` in the production folder, as a user runs it there. */
function qicao(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/qicao.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = tempDir('qicao-prod-');
  fs.copyFileSync('package.json', path.join(root, 'package.json'));
  fs.cpSync('bin', path.join(root, 'bin'), { recursive: true });
  viteBuild(['-c', 'vite.cli.config.ts', '--outDir', path.join(root, 'dist/cli')]);
  viteBuild(['-c', 'vite.worker.config.ts', '--outDir', path.join(root, 'dist/worker')]);
  viteBuild(['--outDir', path.join(root, 'dist/renderer')]);
  for (const rel of productionPackages()) {
    const link = path.join(root, 'node_modules', rel);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(repo, 'node_modules', rel), link, 'dir');
  }
  // a sample plan and its Word export: the documents the steps below read
  expect(qicao('new', path.join(root, '示例.qicao'), '--sample').status).toBe(0);
}, 180_000);
afterAll(() => removeTempDirs());

describe('a production install', () => {
  it('has everything the built CLI imports among the dependencies, no tsx, and no sources', () => {
    const imported = new Set<string>();
    for (const file of builtFiles(path.join(root, 'dist/cli'), '.mjs')) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"'.][^"']*)["']|import\(\s*["']([^"'.][^"']*)["']\s*\)/g)) {
        const spec = m[1] ?? m[2];
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!spec.startsWith('node:') && !builtinModules.includes(name)) imported.add(name);
      }
    }
    expect([...imported].filter((n) => !(n in pkg.dependencies))).toEqual([]);
    expect(imported).toContain('better-sqlite3');
    expect(imported).not.toContain('tsx');
    expect(pkg.devDependencies).toHaveProperty('tsx');
    expect(fs.existsSync(path.join(root, 'node_modules/tsx'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'node_modules/vitest'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'node_modules/electron'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'core'))).toBe(false);
  });

  it('the built worker is one self-standing file: Node built-ins only, no tsx, no SQLite', () => {
    const worker = fs.readFileSync(path.join(root, 'dist/worker/parse-worker.cjs'), 'utf8');
    const required = [...worker.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((r) => !r.startsWith('node:') && !builtinModules.includes(r))).toEqual([]);
    expect(worker).not.toMatch(/tsx\/esm|\.ts["']/);
  });

  it('counts, exports and checks a plan', () => {
    const counts = qicao('counts', path.join(root, '示例.qicao'));
    expect(counts.status, counts.stderr).toBe(0);
    expect(counts.stdout).toContain('合计：24个方面，共计92项重点任务、205项具体措施。');
    const out = qicao('export', path.join(root, '示例.qicao'), '--what', 'plan', '--out', path.join(root, '计划.docx'));
    expect(out.status, out.stderr).toBe(0);
    expect(fs.statSync(path.join(root, '计划.docx')).size).toBeGreaterThan(10_000);
    const check = qicao('check', path.join(root, '计划.docx'), '--json');
    expect([0, 1], check.stderr).toContain(check.status);
    expect(JSON.parse(check.stdout).source).toBe('docx');
  });

  it('imports a Word document into a new plan (read in the built worker)', () => {
    const r = qicao('import', path.join(root, '计划.docx'), '--out', path.join(root, '导入.qicao'));
    expect(r.status, r.stderr).toBe(0);
    const counts = qicao('counts', path.join(root, '导入.qicao'));
    expect(counts.stdout).toContain('205项具体措施');
  });

  it('compares the plan with its Word export (read and compared in the built worker)', () => {
    const r = qicao('compare', path.join(root, '示例.qicao'), path.join(root, '计划.docx'), '--json');
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { matchedBy: string; added: unknown[]; removed: unknown[] };
    expect(result.matchedBy).toBe('similarity');
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
  });

  it('imports a returned 意见反馈表 (read and anchored in the built worker)', () => {
    const c = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const form = xlsx(
      `<row r="1">${c('A1', '章节/条款')}${c('B1', '原文')}${c('C1', '修改意见')}</row>` +
        `<row r="2">${c('A2', '一、（一）1.')}${c('B2', '')}${c('C2', '建议补充完成时限')}</row>`,
    );
    fs.writeFileSync(path.join(root, '反馈.xlsx'), form);
    const r = qicao('feedback', path.join(root, '示例.qicao'), '--unit', '区生态环境局', path.join(root, '反馈.xlsx'), '--json');
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { items: { text: string; target: { path: string[] } | null }[] };
    expect(result.items).toHaveLength(1);
    expect(result.items[0].text).toBe('建议补充完成时限');
    expect(result.items[0].target).not.toBeNull(); // placed on 一、（一）1. by the worker
  });

  it('qicao serve opens the plan in the browser host', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/qicao.js'), 'serve', path.join(root, '示例.qicao'), '--port', '0'], {
      cwd: root,
      env: { ...process.env, XDG_DATA_HOME: tempDir('qicao-prod-data-') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await vi.waitFor(() => expect(out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/[?#]token=/), { timeout: 30_000, interval: 100 });
      const url = out.match(/http:\/\/127\.0\.0\.1:\d+\/[?#]token=\S+/)![0];
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    } finally {
      child.kill();
    }
  });

  it('npm start says there is no Electron and serves the browser host', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/start.js')], {
      cwd: root,
      env: { ...process.env, XDG_DATA_HOME: tempDir('qicao-prod-data-') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await vi.waitFor(() => expect(out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/[?#]token=/), { timeout: 30_000, interval: 100 });
      expect(out).toContain('未找到 Electron 程序');
      const url = out.match(/http:\/\/127\.0\.0\.1:\d+\/[?#]token=\S+/)![0];
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    } finally {
      child.kill();
    }
  });
});
