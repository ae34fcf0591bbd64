// The CLI is a host like the window's: every command calls the contract through dispatch, so it
// gets the same input limits, undo labels and off-thread reading. A command that reaches into
// the store or an engine directly would skip all three: this test fails on the first such import.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

const ROOT = path.resolve(__dirname, '../../..');
const CLI_FILES = [
  'core/cli.ts',
  ...fs
    .readdirSync(path.join(ROOT, 'core/cli'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `core/cli/${f}`),
  ...fs.readdirSync(path.join(ROOT, 'core/cli/commands')).map((f) => `core/cli/commands/${f}`),
];

/** What a CLI file may import: the contract and dispatch, the model (words, numbering, labels), small guards. */
const ALLOWED = [
  /^node:/,
  /^core\/cli(\.ts|\/)/,
  /^core\/api\/(dispatch|session|contract)\.ts$/,
  /^core\/api\/channels\//, // the contract's own files (pure: names, schemas, view types)
  /^core\/model\//,
  /^core\/errors\.ts$/,
  /^core\/data-dir\.ts$/,
  /^core\/fs\/atomic-write\.ts$/, // the host writes the bytes a channel returned, as the HTTP host's download does
];

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), s)) : s));
}

describe('CLI commands go through the contract', () => {
  it('no CLI file imports the store, an engine or a host', () => {
    expect(CLI_FILES.length).toBeGreaterThan(14);
    const offending = CLI_FILES.flatMap((f) =>
      importsOf(f)
        .filter((i) => !ALLOWED.some((a) => a.test(i)))
        .map((i) => `${f} → ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('the scan sees a direct store import (the rule above can fail)', () => {
    const probe = path.join(ROOT, 'core/cli/commands/probe-direct.ts');
    fs.writeFileSync(probe, "import { addNode } from '../../store/nodes.ts';\nexport const x = addNode;\n");
    try {
      const found = importsOf('core/cli/commands/probe-direct.ts').filter((i) => !ALLOWED.some((a) => a.test(i)));
      expect(found).toEqual(['core/store/nodes.ts']);
    } finally {
      fs.rmSync(probe);
    }
  });
});

describe('qicao add enforces node.add’s limits and records a labelled undo step', { timeout: 120_000 }, () => {
  let file: string;
  let taskId: number;
  beforeAll(() => {
    file = path.join(tempDir(), 'limits.qicao');
    expect(qicao(['new', file, '--sample']).status).toBe(0);
    taskId = JSON.parse(qicao(['outline', file, '--json']).stdout)[0].children[0].children[0].id;
  });

  it('refuses a title over the channel’s 5000 characters, in one Chinese line, and adds nothing', () => {
    const before = JSON.parse(qicao(['counts', file, '--json']).stdout).totals.measures;
    const r = qicao(['add', file, '--parent', String(taskId), '--kind', 'measure', '--title', '字'.repeat(5001)]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('字段“title”无效：标题或措施内容最多 5000 字，请精简，或拆成几项。');
    expect(JSON.parse(qicao(['counts', file, '--json']).stdout).totals.measures).toBe(before);
    // exactly at the limit is accepted
    expect(qicao(['add', file, '--parent', String(taskId), '--kind', 'measure', '--title', '字'.repeat(5000)]).status).toBe(0);
  });

  it('writes the step under the window’s label, so Ctrl+Z in the window says what it undoes', () => {
    const r = qicao(['add', file, '--parent', String(taskId), '--kind', 'measure', '--title', '命令行新增的措施。']);
    expect(r.status).toBe(0);
    const db = new Database(file, { readonly: true });
    try {
      const last = db.prepare("SELECT label FROM undo_step WHERE stack = 'undo' ORDER BY step DESC LIMIT 1").get() as { label: string };
      expect(last.label).toBe('添加具体措施');
    } finally {
      db.close();
    }
  });
});
