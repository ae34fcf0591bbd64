#!/usr/bin/env node
// Electronegativity over the Electron sources and the built output: any HIGH or MEDIUM finding
// fails, unless the code carries an inline `eng-disable` with its reason.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

// The scanner reads .js/.ts only; the build writes .cjs, so scan a copy under .js names.
const built = fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-scan-'));
for (const f of fs.readdirSync(path.join(root, 'dist/electron'), { recursive: true })) {
  const from = path.join(root, 'dist/electron', String(f));
  if (!fs.statSync(from).isFile()) continue;
  const to = path.join(built, String(f).replace(/\.cjs$/, '.js'));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

let failed = false;
for (const [label, input] of [
  ['electron/', path.join(root, 'electron')],
  ['dist/electron', built],
]) {
  const out = path.join(built, `${label.replace(/\W/g, '_')}.csv`);
  execFileSync(process.execPath, [cli, '-i', input, '-e', electronVersion, '-r', '-v', 'false', '-o', out], { stdio: 'ignore' });
  const findings = fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => /,"(HIGH|MEDIUM)",/.test(l));
  console.log(`Electronegativity ${label}: ${findings.length} HIGH/MEDIUM finding(s)`);
  for (const f of findings) console.log('  ' + f);
  if (findings.length) failed = true;
}
fs.rmSync(built, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
