#!/usr/bin/env node
// `npm test`: type check, lint, build, unit tests (vitest), end-to-end tests (Playwright), in that
// order, stopping at the first phase that fails — and at the end, how long each phase took, so a
// slow machine or a slow test shows up in every run's output rather than as a mystery timeout.
// Before all that, the programs the tests read our output with (prerequisites.js): a machine
// without them hears in one Chinese line what to install, not dozens of English stacks.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPrerequisites, prerequisitesMessage } from './prerequisites.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const PHASES = [
  { name: '类型检查（tsc）', command: npm, args: ['run', 'typecheck', '--silent'] },
  { name: '代码检查（eslint）', command: npm, args: ['run', 'lint', '--silent'] },
  { name: '格式检查（prettier）', command: npm, args: ['run', 'format:check', '--silent'] },
  { name: '构建（vite）', command: npm, args: ['run', 'build', '--silent'] },
  { name: '单元测试（vitest）', command: bin('vitest'), args: ['run'] },
  { name: '端到端测试（Playwright）', command: bin('playwright'), args: ['test'] },
];

const missing = missingPrerequisites(process.env);
if (missing.length > 0) {
  console.error(prerequisitesMessage(missing));
  process.exit(2);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const done = [];
let failed = null;
const started = Date.now();
for (const phase of PHASES) {
  const t0 = Date.now();
  const r = spawnSync(phase.command, phase.args, { cwd: root, stdio: 'inherit' });
  const ms = Date.now() - t0;
  const ok = r.status === 0;
  done.push({ ...phase, ms, ok });
  if (!ok) {
    failed = { phase, code: r.status ?? 1, why: r.error ? r.error.message : r.signal ? `信号 ${r.signal}` : `退出码 ${r.status}` };
    break;
  }
}

// Chinese characters take two columns in a terminal
const columns = (text) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const width = Math.max(...PHASES.map((p) => columns(p.name)));
const pad = (text) => text + ' '.repeat(width - columns(text));
console.log('\n测试各阶段用时：');
for (const p of done) console.log(`  ${pad(p.name)}  ${seconds(p.ms).padStart(8)}  ${p.ok ? '通过' : '未通过'}`);
for (const p of PHASES.slice(done.length)) console.log(`  ${pad(p.name)}  ${'—'.padStart(8)}  未运行`);
console.log(`  ${pad('合计')}  ${seconds(Date.now() - started).padStart(8)}`);
if (failed) {
  console.log(`\n${failed.phase.name}未通过（${failed.why}），后面的阶段没有运行。`);
  process.exit(failed.code || 1);
}
