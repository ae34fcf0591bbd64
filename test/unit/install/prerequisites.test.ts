// `npm test` on a machine without chromium, LibreOffice, python3-docx… used to fail dozens of
// tests with English stacks; now it says in one Chinese line what to install (the .ci/run list)
// and runs nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript of bin/, without type declarations
import { ciPackages, missingPrerequisites } from '../../../bin/prerequisites.js';
import { tempDir } from '../../helpers/plans.ts';

const ciList = /^packages=\(([^)]*)\)/m.exec(fs.readFileSync('.ci/run', 'utf8'))![1].trim().split(/\s+/);

describe('npm test checks its prerequisites first', () => {
  it('on a machine lacking them: one Chinese line naming what is missing and the install command, exit 2, no phase run', () => {
    const emptyBin = tempDir('qicao-no-tools-');
    const r = spawnSync(process.execPath, ['bin/run-tests.js'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, PATH: emptyBin, CHROMIUM_PATH: path.join(emptyBin, 'chromium'), QICAO_TEST_PYTHON: path.join(emptyBin, 'python3') },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `运行测试还缺少：chromium、libreoffice-writer-nogui、python3-docx、poppler-utils、xvfb。请先安装测试所需的软件包（与 .ci/run 相同）：sudo apt-get install ${ciList.join(' ')}，然后再运行 npm test。`,
    );
  });

  it('reads the package list from .ci/run, and finds nothing missing on a machine .ci/run set up', () => {
    expect(ciPackages()).toEqual(ciList);
    expect(ciList).toEqual(expect.arrayContaining(['chromium', 'libreoffice-writer-nogui', 'python3-docx', 'poppler-utils']));
    expect(missingPrerequisites(process.env)).toEqual([]);
  });
});
