#!/usr/bin/env node
// `npm run prepare:electron`: the better-sqlite3 binding for Electron, built apart from Node's.
// npm builds node_modules/better-sqlite3 for Node (the CLI, the HTTP host, the tests); Electron
// has another ABI and needs its own copy. It goes to build/native/electron-<abi>/ and is made in
// a temporary copy of the package, so Node's build is never touched (electron-builder's
// install-app-deps rebuilds it in place, which broke `npm test` after packaging).
//
// Order: an already built file given in QICAO_ELECTRON_BINDING (e.g. a CI artifact), then
// prebuild-install (downloads from GitHub), then node-gyp with Electron's headers (electronjs.org)
// unless --download-only; --from-source skips the download.
//
// Nothing downloaded is loaded or kept before it is checked: a prebuilt binary is accepted only
// when its SHA-256 is the one pinned in bin/electron-binding-pins.json for exactly our versions
// (better-sqlite3, Electron's ABI, platform, arch). An unknown binary is deleted unread, and the
// binding is compiled from the package's own sources instead. Whether a binding is built for
// Electron is read from its bytes (the module's registration symbol), never by loading it.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const BINDING = 'better_sqlite3.node';

function say(zh, en) {
  console.log(`${zh}\n${en}`);
}

function electronVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

const sha256 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A copy of the package's sources (not its build) to build or download into. */
function scratchPackage(sqliteDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-electron-sqlite-'));
  fs.cpSync(sqliteDir, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(sqliteDir, 'build')) });
  return dir;
}

/**
 * Runs a tool with npm's build settings taken out: a global `nodedir` (Debian's npm sets it to
 * /usr) would make node-gyp compile against Node's headers and yield a Node binding.
 */
function run(cmd, args, cwd) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(k)));
  const r = spawnSync(process.execPath, [cmd, ...args], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'], timeout: 20 * 60_000 });
  return r.status === 0;
}

/**
 * The ABIs a native module registers for, read from its bytes (node_register_module_v<abi>):
 * nothing of it runs. An empty list: no such symbol (not a Node module we can tell).
 */
function registeredAbis(file) {
  const text = fs.readFileSync(file).toString('latin1');
  return [...new Set([...text.matchAll(/node_register_module_v(\d+)/g)].map((m) => m[1]))];
}

/** The pinned SHA-256 of prebuilt binaries we accept, by better-sqlite3 version, ABI, platform and arch. */
function pinnedSha(key) {
  try {
    const pins = JSON.parse(fs.readFileSync(path.join(root, 'bin/electron-binding-pins.json'), 'utf8')).pins ?? {};
    return typeof pins[key] === 'string' ? pins[key].toLowerCase() : null;
  } catch {
    return null;
  }
}

function npmNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp, path.join(path.dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js')];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    /* not installed beside us */
  }
  return candidates.find((c) => c && fs.existsSync(c)) ?? null;
}

const version = electronVersion();
if (!version) {
  say('未安装 Electron（生产安装或离线安装），无需准备 Electron 版数据库组件。', 'Electron is not installed; no Electron binding to prepare.');
  process.exit(0);
}
const { getAbi } = require('node-abi');
const abi = getAbi(version, 'electron');
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
const targetDir = path.join(root, 'build/native', `electron-${abi}`);
const target = path.join(targetDir, BINDING);
const stampFile = path.join(targetDir, 'built-for.json');
const stamp = { electron: version, abi, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };
const nodeBinding = path.join(sqliteDir, 'build/Release', BINDING);
const nodeHashBefore = fs.existsSync(nodeBinding) ? sha256(nodeBinding) : null;

function done(from) {
  const abis = registeredAbis(from);
  if (abis.length > 0 && !abis.includes(abi)) {
    const forNode = abis.includes(process.versions.modules);
    say(
      `${from} 是为 ${forNode ? 'Node' : '其他版本'}（ABI ${abis.join('、')}）编译的，不是 Electron ${version}（ABI ${abi}），未使用。`,
      `${from} is built for ${forNode ? 'Node' : 'another runtime'} (ABI ${abis.join(', ')}), not Electron ${version}; not used.`,
    );
    process.exit(1);
  }
  fs.mkdirSync(targetDir, { recursive: true });
  fs.copyFileSync(from, `${target}.tmp`);
  fs.renameSync(`${target}.tmp`, target);
  fs.writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  const nodeHashAfter = fs.existsSync(nodeBinding) ? sha256(nodeBinding) : null;
  if (nodeHashAfter !== nodeHashBefore) throw new Error(`Node 版数据库组件被改动：${nodeBinding}`);
  say(`Electron ${version}（ABI ${abi}）版数据库组件已就绪：${path.relative(root, target)}`, `Electron binding ready: ${target}`);
}

const current = fs.existsSync(target) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === JSON.stringify(stamp, null, 2) + '\n';
if (current && !process.argv.includes('--force')) {
  say(`Electron 版数据库组件已是最新：${path.relative(root, target)}`, `Electron binding is up to date: ${target}`);
  process.exit(0);
}

if (process.env.QICAO_ELECTRON_BINDING) {
  done(path.resolve(process.env.QICAO_ELECTRON_BINDING));
  process.exit(0);
}

const scratch = scratchPackage(sqliteDir);
try {
  const built = path.join(scratch, 'build/Release', BINDING);
  const prebuild = require.resolve('prebuild-install/bin.js');
  const common = ['--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform];
  const fromSource = process.argv.includes('--from-source');
  let ok = !fromSource && run(prebuild, common, scratch) && fs.existsSync(built);
  if (ok) {
    // checked before anything reads it as code; an unknown binary is removed unread
    const key = `better-sqlite3@${sqliteVersion} electron-v${abi} ${process.platform}-${process.arch}`;
    const expected = pinnedSha(key);
    const actual = sha256(built);
    if (expected !== actual) {
      fs.rmSync(built, { force: true });
      ok = false;
      say(
        [
          `下载的 better-sqlite3 预编译文件未通过校验（${key}：${expected ? `应为 SHA-256 ${expected}` : '没有登记的校验值'}，实际为 ${actual}），已删除，未加载。`,
          '改为从 npm 包自带的源代码编译（需要编译工具）；也可运行 npm run prepare:electron -- --from-source 直接编译，见 README“数据安全”。',
        ].join('\n'),
        `The downloaded prebuilt better-sqlite3 failed verification (${key}: ${expected ? `expected ${expected}` : 'no pinned hash'}, got ${actual}); deleted, never loaded. Building from source instead.`,
      );
    }
  }
  // --download-only: no compiling (minutes of CPU) when the download fails
  if (!ok && !process.argv.includes('--download-only')) {
    const gyp = npmNodeGyp();
    ok =
      !!gyp &&
      run(gyp, ['rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`], scratch) &&
      fs.existsSync(built);
  }
  if (!ok) {
    say(
      [
        `无法下载或编译 Electron ${version} 版的 better-sqlite3（需要访问 github.com 或 electronjs.org，当前可能处于离线状态）。`,
        'Node 版未受影响：命令行 qicao 和浏览器服务模式（npm start 在没有 Electron 时使用）照常可用。',
        '联网后运行 npm run prepare:electron；或把已编译好的文件路径写入环境变量 QICAO_ELECTRON_BINDING 后再运行。',
      ].join('\n'),
      [
        `Could not download or build better-sqlite3 for Electron ${version} (needs github.com or electronjs.org; offline?).`,
        'The Node binding is untouched: the qicao CLI and the browser host keep working.',
        'Run `npm run prepare:electron` when online, or set QICAO_ELECTRON_BINDING to a built better_sqlite3.node.',
      ].join('\n'),
    );
    process.exit(1);
  }
  done(built);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
