// The programs `npm test` needs besides node_modules: Debian's chromium drives the e2e tests,
// LibreOffice, python3-docx and poppler read our Word output back, the CJK fonts render it, Xvfb
// gives the desktop window a screen. The packages are the list .ci/run installs (read from it:
// one list); each is judged present by the program or file the tests use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The package list of .ci/run (`packages=(…)`). */
export function ciPackages() {
  const ci = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');
  const m = /^packages=\(([^)]*)\)/m.exec(ci);
  return m ? m[1].trim().split(/\s+/) : [];
}

function onPath(command, env) {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/** How each package is seen to be there: what a test runs, or a file it reads. */
const PRESENT = {
  chromium: (env) => fs.existsSync(env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  'fonts-noto-cjk': () => ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto'].some((d) => fs.existsSync(d) && fs.readdirSync(d).some((f) => /CJK/i.test(f))),
  'libreoffice-writer-nogui': (env) => onPath('soffice', env) || onPath('libreoffice', env),
  // the tests run Debian's python3 by its full path (python3-docx lives only there)
  'python3-docx': (env) => spawnSync(env.QICAO_TEST_PYTHON ?? '/usr/bin/python3', ['-c', 'import docx'], { stdio: 'ignore' }).status === 0,
  'poppler-utils': (env) => onPath('pdftoppm', env),
  xvfb: (env) => onPath('Xvfb', env),
};

/** The packages of .ci/run that this machine lacks. */
export function missingPrerequisites(env = process.env) {
  return ciPackages().filter((p) => PRESENT[p] && !PRESENT[p](env));
}

/** One Chinese line: what is missing and the command that installs everything the tests need. */
export function prerequisitesMessage(missing) {
  return `运行测试还缺少：${missing.join('、')}。请先安装测试所需的软件包（与 .ci/run 相同）：sudo apt-get install ${ciPackages().join(' ')}，然后再运行 npm test。`;
}
