// The 审校 panel's and the 导入 dialog's channels, through dispatch as a host calls them:
// what ReviewPanel and ImportDialog rely on.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportView, LocatedFinding, ReviewView } from '../../../core/api/contract.ts';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import { exportPlan } from '../../../core/documents/export/index.ts';
import { readExplanation, saveExplanation } from '../../../core/store/explanation.ts';
import { readPlan } from '../../../core/store/read-plan.ts';
import { tempDir } from '../../helpers/plans.ts';
import { withSeedPartTexts } from '../../helpers/seed-texts.ts';

let dir: string;
let s: Session;
beforeEach(async () => {
  dir = tempDir();
  s = new Session(path.join(dir, 'data'));
  await dispatch(s, 'plan.create', { path: path.join(dir, '计划.qicao'), sample: true });
  withSeedPartTexts(s.plan); // the seed's real mistakes, for the fixes to act on
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const reply = await dispatch(s, channel, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}
async function refusal(channel: string, input: unknown): Promise<string> {
  const reply = await dispatch(s, channel, input);
  expect(reply.ok).toBe(false);
  return reply.ok ? '' : reply.error.message;
}
const check = () => call<ReviewView>('review.check', {});
const fixOf = (f: LocatedFinding, extra: Record<string, unknown> = {}) => ({
  nodeId: f.nodeId,
  field: f.field,
  offset: f.fieldOffset,
  length: f.length,
  replacement: f.suggestion,
  ...(f.block === undefined ? {} : { block: f.block }),
  ...extra,
});

describe('review.fix', () => {
  it('applies a full-width comma to exactly the flagged character, and the finding is gone', async () => {
    const before = await check();
    const comma = before.findings.find((f) => f.rule === 'halfwidth-punctuation' && f.field === 'content')!;
    const part = () => readPlan(s.plan).parts.find((p) => p.id === comma.nodeId)!;
    const text = part().content;
    expect(await call('review.fix', fixOf(comma, { original: ',' }))).toEqual({ ok: true });
    expect(part().content).toBe(text.slice(0, comma.fieldOffset!) + '，' + text.slice(comma.fieldOffset! + 1));
    const after = await check();
    expect(after.findings.filter((f) => f.rule === 'halfwidth-punctuation')).toHaveLength(before.findings.filter((f) => f.rule === 'halfwidth-punctuation').length - 1);
    expect(after.findings.some((f) => f.excerpt === comma.excerpt && f.rule === comma.rule)).toBe(false);
  });

  it('drops a doubled "。" in one step', async () => {
    const doubled = (await check()).findings.find((f) => f.rule === 'repeated-punctuation' && f.excerpt.includes('。。'))!;
    await call('review.fix', fixOf(doubled));
    expect(readPlan(s.plan).parts.find((p) => p.id === doubled.nodeId)!.content).toContain('监测评价。');
    expect(readPlan(s.plan).parts.find((p) => p.id === doubled.nodeId)!.content).not.toContain('。。');
  });

  it('changes nothing when the text changed since the check', async () => {
    const comma = (await check()).findings.find((f) => f.rule === 'halfwidth-punctuation' && f.field === 'content')!;
    const before = readPlan(s.plan);
    expect(await refusal('review.fix', fixOf(comma, { original: '。' }))).toMatch(/已被修改.*重新审校/);
    expect(await refusal('review.fix', fixOf(comma, { offset: 100000 }))).toMatch(/重新审校/);
    expect(readPlan(s.plan)).toEqual(before);
  });

  it("fixes the 起草说明's own text, and refuses text computed from the plan", async () => {
    const { doc } = readExplanation(s.plan);
    doc.blocks[0].segments.unshift({ text: '目前己经完成，' });
    saveExplanation(s.plan, doc);
    const typo = (await check()).findings.find((f) => f.rule === 'typo' && f.field === 'explanation')!;
    expect(typo.block).toBe(0);
    await call('review.fix', fixOf(typo));
    expect(readExplanation(s.plan).doc.blocks[0].segments[0]).toEqual({ text: '目前已经完成，' });
    // The year in "按照{planYear}年…" is computed from the plan.
    const segments = readExplanation(s.plan).doc.blocks[0].segments;
    const year = segments.findIndex((x) => 'bind' in x && x.bind.type === 'planYear');
    const at = segments.slice(0, year).reduce((n, x) => n + ('text' in x ? x.text.length : 0), 0);
    const computed = { nodeId: null, field: 'explanation', offset: at, length: 4, replacement: '2025', block: 0 };
    const stored = JSON.stringify(readExplanation(s.plan).doc);
    expect(await refusal('review.fix', computed)).toMatch(/自动生成.*在计划中修改/);
    expect(JSON.stringify(readExplanation(s.plan).doc)).toBe(stored);
  });

  it('rejects a malformed fix before touching the plan', async () => {
    expect(await refusal('review.fix', { nodeId: 1, field: 'leadUnits', offset: 0, length: 1, replacement: '' })).toMatch(/field/);
  });
});

describe('review.dismiss', () => {
  it('keeps the dismissal with its reason in the plan file, across reopening', async () => {
    const warning = (await check()).findings.find((f) => f.rule === 'target-below-baseline')!;
    await call('review.dismiss', { rule: warning.rule, excerpt: warning.excerpt, reason: '市级下达目标' });
    await dispatch(s, 'plan.open', { path: path.join(dir, '计划.qicao') });
    const after = await check();
    expect(after.dismissed).toBe(1);
    expect(after.findings.some((f) => f.rule === 'target-below-baseline')).toBe(false);
    expect(await call('review.dismissals', {})).toMatchObject([{ rule: 'target-below-baseline', excerpt: warning.excerpt, reason: '市级下达目标' }]);
    await call('review.restore', { rule: warning.rule, excerpt: warning.excerpt });
    expect((await check()).dismissed).toBe(0);
  });

  it('needs a reason', async () => {
    expect(await refusal('review.dismiss', { rule: 'typo', excerpt: '比列', reason: '' })).toMatch(/reason/);
  });
});

describe('import.plan', () => {
  it('imports an uploaded Word plan into a new plan file, without opening it', async () => {
    const bytes = await exportPlan(readPlan(s.plan));
    const target = path.join(dir, '导入的计划.qicao');
    const view = await call<ImportView>('import.plan', { name: '计划.docx', base64: bytes.toString('base64'), targetPath: target });
    expect(view).toMatchObject({ file: target, kind: 'plan', counts: { totals: { aspects: 24, keyTasks: 92, measures: 205 } }, leftovers: [] });
    expect(view.counts.parts.map((p) => p.name)).toEqual(['大气污染防治', '水污染防治', '土壤污染防治', '应对气候变化', '生态保护']);
    expect(fs.existsSync(target)).toBe(true);
    expect(s.view()?.path).toBe(path.join(dir, '计划.qicao'));
  });

  it('refuses a corrupt upload and an existing target, creating nothing', async () => {
    const target = path.join(dir, '新.qicao');
    expect(await refusal('import.plan', { name: 'a.docx', base64: '不是base64', targetPath: target })).toMatch(/base64/);
    expect(await refusal('import.plan', { name: 'a.docx', base64: Buffer.from('PK\u0003\u0004xx').toString('base64'), targetPath: target })).toMatch(/损坏/);
    expect(fs.existsSync(target)).toBe(false);
    expect(
      await refusal('import.plan', { name: 'a.txt', base64: Buffer.from('一、大气\n（一）扬尘\n1.施工').toString('base64'), targetPath: path.join(dir, '计划.qicao') }),
    ).toMatch(/已存在/);
  });
});
