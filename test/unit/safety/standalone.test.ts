// A fresh clone has nothing beside it: every file a test or a benchmark reads is in the
// repository (test/fixtures/…), never in a folder next to the checkout such as ../shared.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx|js|mjs|cjs|json)$/.test(e.name) ? [rel] : [];
  });
}

describe('tests stand on their own', () => {
  it('no test, helper or benchmark reaches outside the repository for its inputs', () => {
    const files = [...sources('test'), ...sources('bench')];
    expect(files.length).toBeGreaterThan(50);
    const outside = files.filter((f) => /\.\.\/+shared\/|\/work\/shared\//.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(outside).toEqual([]);
  });

  it('has the fixtures the tests read in place of ../shared', () => {
    const seed = fs.readFileSync(path.join(root, 'test/fixtures/seed-explanation.txt'), 'utf8');
    expect(seed).toMatch(/起草说明/);
    const fonts = fs.readFileSync(path.join(root, 'test/fixtures/fonts.conf'), 'utf8');
    for (const family of ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312', '宋体']) expect(fonts).toContain(`<family>${family}</family>`);
  });
});
