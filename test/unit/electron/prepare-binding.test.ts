// `npm run prepare:electron` puts an Electron build of better-sqlite3 in build/native/ and never
// touches the Node build npm made (which the CLI, the HTTP host and these tests load).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/plans.ts';

const require = createRequire(import.meta.url);
const NODE_BINDING = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node');
const ELECTRON_VERSION = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version as string;
const ELECTRON_ABI = (require('node-abi') as { getAbi(v: string, runtime: string): string }).getAbi(ELECTRON_VERSION, 'electron');
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let root: string;

/** A checkout of our own: the script, and the repository's node_modules beside it. */
beforeEach(() => {
  root = tempDir('qicao-prepare-');
  fs.mkdirSync(path.join(root, 'bin'));
  fs.copyFileSync(path.resolve('bin/prepare-electron.js'), path.join(root, 'bin/prepare-electron.js'));
  fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true })); // rm removes the node_modules link, never the repository's

function prepare(env: Record<string, string> = {}, args: string[] = []) {
  return spawnSync(process.execPath, [path.join(root, 'bin/prepare-electron.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 110_000 });
}

describe('prepare:electron', () => {
  it('places a given Electron build apart and leaves the Node build byte for byte', () => {
    const before = sha256(NODE_BINDING);
    const built = path.join(root, 'electron-build.node');
    fs.writeFileSync(built, 'stands in for a better_sqlite3.node built against Electron headers');
    const r = prepare({ QICAO_ELECTRON_BINDING: built });
    expect(r.status).toBe(0);
    const target = path.join(root, 'build/native', `electron-${ELECTRON_ABI}`, 'better_sqlite3.node');
    expect(fs.readFileSync(target, 'utf8')).toBe(fs.readFileSync(built, 'utf8'));
    expect(JSON.parse(fs.readFileSync(path.join(path.dirname(target), 'built-for.json'), 'utf8'))).toMatchObject({ electron: ELECTRON_VERSION, abi: ELECTRON_ABI });
    expect(r.stdout).toMatch(/Electron [\d.]+（ABI \d+）版数据库组件已就绪/);
    expect(sha256(NODE_BINDING)).toBe(before);
    // a second run sees it is current and does nothing
    expect(prepare().stdout).toContain('已是最新');
  });

  it('refuses a binding built for Node (a global npm nodedir would otherwise make one)', () => {
    const r = prepare({ QICAO_ELECTRON_BINDING: NODE_BINDING });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('是为 Node');
    expect(fs.existsSync(path.join(root, 'build/native', `electron-${ELECTRON_ABI}`, 'better_sqlite3.node'))).toBe(false);
  });

  it('packaging uses that build and never rebuilds node_modules in place', () => {
    const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.package).toMatch(/^npm run prepare:electron && /);
    expect(scripts.package).not.toContain('install-app-deps');
    expect(scripts['prepare:electron']).toBe('node bin/prepare-electron.js');
    const builder = fs.readFileSync('electron-builder.yml', 'utf8');
    expect(builder).toMatch(/^npmRebuild: false$/m);
    expect(builder).toMatch(/- from: build\/native\n\s+to: native/);
  });

  it('downloads it for real where the network allows, and says so plainly where it does not', { timeout: 120_000 }, () => {
    const before = sha256(NODE_BINDING);
    const r = prepare({}, ['--download-only']); // no minutes-long compile inside the suite
    const target = path.join(root, 'build/native', `electron-${ELECTRON_ABI}`, 'better_sqlite3.node');
    if (r.status === 0) {
      expect(fs.statSync(target).size).toBeGreaterThan(100_000);
    } else {
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('离线');
      expect(r.stdout).toContain('npm run prepare:electron');
      expect(r.stdout).toContain('Could not download or build better-sqlite3 for Electron');
      expect(fs.existsSync(target)).toBe(false);
    }
    expect(sha256(NODE_BINDING)).toBe(before);
  });
});

/**
 * A checkout whose prebuild-install is a fake "download" that drops `payload` where the real one
 * puts the binary, with a spy on process.dlopen in every Node process the script starts: a
 * binary loaded before it was checked shows in the spy's log.
 */
function fakeDownload(payload: Buffer, pins: Record<string, string>) {
  const dir = tempDir('qicao-prepare-fake-');
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(path.resolve('bin/prepare-electron.js'), path.join(dir, 'bin/prepare-electron.js'));
  fs.writeFileSync(path.join(dir, 'bin/electron-binding-pins.json'), JSON.stringify({ pins }));
  for (const pkg of ['electron', 'node-abi', 'better-sqlite3']) {
    fs.mkdirSync(path.dirname(path.join(dir, 'node_modules', pkg)), { recursive: true });
    fs.symlinkSync(path.resolve('node_modules', pkg), path.join(dir, 'node_modules', pkg), 'dir');
  }
  const fake = path.join(dir, 'node_modules/prebuild-install');
  fs.mkdirSync(fake, { recursive: true });
  fs.writeFileSync(path.join(dir, 'payload.node'), payload);
  fs.writeFileSync(
    path.join(fake, 'bin.js'),
    `const fs = require('fs'); fs.mkdirSync('build/Release', { recursive: true }); fs.copyFileSync(${JSON.stringify(path.join(dir, 'payload.node'))}, 'build/Release/better_sqlite3.node');`,
  );
  fs.writeFileSync(path.join(fake, 'package.json'), '{"name":"prebuild-install","version":"0.0.0"}');
  const log = path.join(dir, 'dlopen.log');
  fs.writeFileSync(
    path.join(dir, 'spy.cjs'),
    `const fs = require('fs'); const real = process.dlopen; process.dlopen = function (m, file, ...rest) { fs.appendFileSync(${JSON.stringify(log)}, file + '\\n'); return real.call(this, m, file, ...rest); };`,
  );
  const run = () =>
    spawnSync(process.execPath, [path.join(dir, 'bin/prepare-electron.js'), '--download-only'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${path.join(dir, 'spy.cjs')}` },
      timeout: 60_000,
    });
  const loaded = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');
  const target = path.join(dir, 'build/native', `electron-${ELECTRON_ABI}`, 'better_sqlite3.node');
  return { dir, run, loaded, target };
}

describe('prepare:electron with a downloaded prebuilt binary', () => {
  const SQLITE_VERSION = JSON.parse(fs.readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8')).version as string;
  const key = `better-sqlite3@${SQLITE_VERSION} electron-v${ELECTRON_ABI} ${process.platform}-${process.arch}`;
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('never loads, keeps or installs a binary whose SHA-256 is not pinned', { timeout: 90_000 }, () => {
    // a real, loadable native module stands in for what a redirected download host could serve
    const f = fakeDownload(fs.readFileSync(NODE_BINDING), {});
    made.push(f.dir);
    const r = f.run();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('未通过校验');
    expect(r.stdout).toContain('没有登记的校验值');
    expect(r.stdout).toContain('未加载');
    expect(r.stdout).toContain('--from-source');
    expect(f.loaded()).toBe(''); // nothing was dlopen'ed
    expect(fs.existsSync(f.target)).toBe(false);
  });

  it('refuses one whose hash differs from the pin', { timeout: 90_000 }, () => {
    const f = fakeDownload(Buffer.from('tampered binary'), { [key]: 'a'.repeat(64) });
    made.push(f.dir);
    const r = f.run();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`应为 SHA-256 ${'a'.repeat(64)}`);
    expect(fs.existsSync(f.target)).toBe(false);
  });

  it('installs a download whose hash is the pinned one, without loading it', { timeout: 90_000 }, () => {
    const payload = Buffer.from('stands in for the published Electron build; its hash is pinned');
    const f = fakeDownload(payload, { [key]: crypto.createHash('sha256').update(payload).digest('hex') });
    made.push(f.dir);
    const r = f.run();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(fs.readFileSync(f.target)).toEqual(payload);
    expect(f.loaded()).toBe('');
  });
});
