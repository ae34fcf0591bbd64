// qicao roll-forward and qicao replace: the same reviewed list as the window, written with --apply.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qicao } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/plans.ts';

describe('qicao roll-forward / replace', () => {
  it('lists, then applies; 审校 then finds no deadline left at 2024', () => {
    const file = path.join(tempDir(), '示例.qicao');
    expect(qicao(['new', file, '--sample']).status).toBe(0);
    const listed = JSON.parse(qicao(['roll-forward', file, '--json']).stdout) as { from: number; to: number; rows: { where: string; after: string }[] };
    expect([listed.from, listed.to]).toEqual([2024, 2025]);
    expect(listed.rows.filter((r) => r.where.endsWith('完成时限')).every((r) => !r.after.includes('2024年'))).toBe(true);
    expect(qicao(['roll-forward', file, '--apply']).stdout).toContain(`已将 ${listed.rows.length} 处由2024年改为2025年`);
    const check = JSON.parse(qicao(['check', file, '--json']).stdout) as { findings: { rule: string; field: string | null }[] };
    expect(check.findings.filter((f) => f.rule === 'stale-year' && f.field === 'deadline')).toEqual([]);
    const replaced = qicao(['replace', file, '--find', '2025年底前', '--with', '2024年底前', '--apply']);
    expect(replaced.stdout).toMatch(/已替换 \d+ 处/);
    const again = JSON.parse(qicao(['check', file, '--json']).stdout) as { findings: { rule: string; field: string | null }[] };
    expect(again.findings.filter((f) => f.rule === 'stale-year' && f.field === 'deadline').length).toBeGreaterThan(50);
  });
});
