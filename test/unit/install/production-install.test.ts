// A production install (`npm install --omit=dev`) must leave a working `qicao` and `npm start`:
// nothing at run time may need tsx, vitest, Electron or another dev dependency. The quick check
// here: the built CLI and UI in a folder of its own whose node_modules holds only the production
// dependency tree (as `npm ls --omit=dev` lists it), run as a user would. The full check with a
// real `npm ci --omit=dev` is bin/check-production-install.sh (slow: registry and a compile).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/plans.ts';

const repo = path.resolve('.');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
let root: string;

function productionPackages(): string[] {
  const r = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const top = path.join(repo, 'node_modules') + path.sep;
  return [...new Set(r.stdout.split('\n').filter((p) => p.startsWith(top)).map((p) => p.slice(top.length)))].filter(
    (rel) => !rel.includes(`${path.sep}node_modules${path.sep}`), // nested ones come with their parent
  );
}

function builtFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.mjs')).map((f) => path.join(dir, f));
}

beforeAll(() => {
  root = tempDir('qicao-prod-');
  fs.copyFileSync('package.json', path.join(root, 'package.json'));
  fs.cpSync('bin', path.join(root, 'bin'), { recursive: true });
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--outDir', path.join(root, 'dist/cli'), '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  const ui = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', path.join(root, 'dist/renderer'), '--emptyOutDir', '--logLevel', 'warn'], { cwd: repo, encoding: 'utf8' });
  expect(ui.status, ui.stderr).toBe(0);
  for (const rel of productionPackages()) {
    const link = path.join(root, 'node_modules', rel);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(repo, 'node_modules', rel), link, 'dir');
  }
}, 120_000);

describe('a production install', () => {
  it('has everything the built CLI imports among the dependencies, and no tsx', () => {
    const imported = new Set<string>();
    for (const file of builtFiles(path.join(root, 'dist/cli'))) {
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
    expect(fs.existsSync(path.join(root, 'node_modules/vitest'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'node_modules/electron'))).toBe(false);
  });

  it('runs qicao from the built files', () => {
    const plan = path.join(root, '示例.qicao');
    const made = spawnSync(process.execPath, [path.join(root, 'bin/qicao.js'), 'new', plan, '--sample'], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const counts = spawnSync(process.execPath, [path.join(root, 'bin/qicao.js'), 'counts', plan], { encoding: 'utf8' });
    expect(counts.status, counts.stderr).toBe(0);
    expect(counts.stdout).toContain('合计：24个方面，共计92项重点任务、205项具体措施。');
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
