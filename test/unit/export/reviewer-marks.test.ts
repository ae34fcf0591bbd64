// Issue 23 points 4, 5 and 7, read back with python-docx (and LibreOffice's page count for the
// form): titles keep the genre's terms whole in every document; an 附件's title stands on the
// third line; the 起草说明 of an imported plan has no template leftovers and names the plan's
// own kind; `check` says what is left to write; round files name the drafting unit; the blank
// 意见反馈表 is one page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sendNewRound } from '../../../core/consult/send-round.ts';
import { exportAssignmentTable } from '../../../core/documents/export/assignment-table.ts';
import { exportExplanation } from '../../../core/documents/export/explanation.ts';
import { exportFeedbackForm } from '../../../core/documents/export/feedback-form.ts';
import { buildExplanationTemplate, planShortName } from '../../../core/model/explanation-template.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { checkPlan } from '../../../core/review-input/check-plan.ts';
import { writeDocumentSettings } from '../../../core/store/document-settings.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile } from '../../../core/store/open.ts';
import { smallPlan as smallSpec, tempDir } from '../../helpers/plans.ts';
import { smallPlan } from './fixtures.ts';
import { exportAndRead, readDocx, writeDocx } from './read-docx.ts';

const FONTS_CONF = fileURLToPath(new URL('../../fixtures/fonts.conf', import.meta.url));
const TERMS = /污染防治攻坚战|持续深入打好|\d{4}年行动计划/g;

/** Every title line break falls outside the genre's terms. */
function expectTermsWhole(title: string): void {
  const lines = title.split('\n');
  expect(lines.length).toBeGreaterThan(1);
  const whole = lines.join('');
  for (const m of whole.matchAll(TERMS)) {
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      expect(at > m.index && at < m.index + m[0].length, `${lines.join(' / ')}: “${m[0]}” cut`).toBe(false);
    }
  }
}

describe('titles and 附件 labels', () => {
  const plan: Plan = { ...smallPlan(), attachmentLabel: '附件2' };

  it('keep 污染防治攻坚战, 持续深入打好 and 2024年行动计划 whole in the 任务分工表 and the 起草说明', async () => {
    const table = await exportAndRead(exportAssignmentTable(plan), 'table.docx');
    expectTermsWhole(table.paragraphs[0].text);
    expect(table.paragraphs[0].text.split('\n')).toEqual(['推进美丽怀柔建设 持续深入打好', '污染防治攻坚战2024年行动计划任务分工表']);
    const explanation = await exportAndRead(exportExplanation(plan), 'explanation.docx');
    // "附件2", an empty line, the title on the third line of the 版心
    expect(explanation.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['附件2', '']);
    expect(explanation.paragraphs[2].style).toBe('公文标题');
    expectTermsWhole(explanation.paragraphs[2].text);
  });
});

describe('the 起草说明 of an imported plan', () => {
  // what an import gives: no indicator actuals, parts without goals, a 行动方案
  const imported: Plan = {
    ...smallPlan(),
    title: '某区深入打好污染防治攻坚战2025年行动方案',
    year: 2025,
    parts: smallPlan().parts.map((p) => ({ ...p, goals: '', indicators: [] })),
  };

  it('prints no template leftovers and calls the plan by its own kind', async () => {
    const texts = (await exportAndRead(exportExplanation(imported), 'imported.docx')).paragraphs.map((p) => p.text).join('\n');
    expect(texts).not.toContain('上一年度');
    expect(texts).not.toContain('同时增加了……');
    expect(texts).not.toMatch(/主要目标：\s*$/m);
    expect(texts).not.toContain('主要目标：\n');
    expect(texts).toContain('（以下简称《行动方案》）');
    expect(texts).not.toContain('《行动计划》');
    expect(planShortName('北京市怀柔区深入打好污染防治攻坚战2024年工作要点（试行）')).toBe('工作要点');
    expect(planShortName('推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（示例）')).toBe('行动计划');
  });

  it('states last year’s actuals in the background when the indicators know them', () => {
    const doc = buildExplanationTemplate(smallPlan());
    const background = doc.blocks[2].segments.map((s) => ('text' in s ? s.text : `{${s.bind.type}}`)).join('');
    expect(background).toMatch(/^\{indicatorBaselineYear\}年，/);
    expect(background).toContain('{indicatorName}{indicatorBaseline}');
  });

  it('has `check` say what the drafter must still write', () => {
    const db = createPlanFile(path.join(tempDir(), 'imported.qicao'), (d) =>
      fillPlan(
        d,
        PlanSpec.parse({
          ...smallSpec,
          parts: smallSpec.parts.map((p) => ({
            ...p,
            goals: '',
            indicators: [],
            aspects: (p.aspects ?? []).map((a) => ({
              ...a,
              keyTasks: (a.keyTasks ?? []).map((t) => ({ ...t, measures: (t.measures ?? []).map((m) => ({ ...m, indicators: [] })) })),
            })),
          })),
        }),
      ),
    );
    const gaps = checkPlan(db)
      .findings.filter((f) => f.message.startsWith('起草说明待补写'))
      .map((f) => f.message);
    db.close();
    expect(gaps).toEqual([
      expect.stringContaining('尚未填写起草单位'),
      expect.stringContaining('缺少上一年度的实际成效'),
      expect.stringContaining('同时增加了……等内容'),
      expect.stringContaining('“大气污染防治”'),
    ]);
  });
});

describe('small marks', () => {
  it('round files name the drafting unit as author', async () => {
    const dir = tempDir();
    const db = createPlanFile(path.join(dir, 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse(smallSpec)));
    db.transaction(() => writeDocumentSettings(db, { draftingUnit: '怀柔区生态环境局' }))();
    const out = path.join(dir, 'out');
    execFileSync('mkdir', [out]);
    await sendNewRound(db, { name: '第一轮', sentDate: '2024-02-20', dueDate: '2024-03-01', units: ['区水务局'] }, out);
    db.close();
    const authors = readdirSync(out)
      .filter((f) => f.endsWith('.docx'))
      .map((f) =>
        execFileSync('/usr/bin/python3', ['-c', 'import docx,sys; print(docx.Document(sys.argv[1]).core_properties.author)', path.join(out, f)], { encoding: 'utf8' }).trim(),
      );
    expect(authors).toEqual(['怀柔区生态环境局', '怀柔区生态环境局']);
  });

  it('the blank 意见反馈表 is one page in LibreOffice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qicao-form-'));
    try {
      const file = writeDocx(
        await exportFeedbackForm({
          planTitle: '推进美丽怀柔建设 持续深入打好污染防治攻坚战2024年行动计划（征求意见稿）',
          unit: '区交通局',
          contact: '',
          phone: '',
          due: '2024年3月1日',
        }),
        'form.docx',
        dir,
      );
      expect(readDocx(file).tables[0].rows).toHaveLength(9);
      execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
        env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
        stdio: 'ignore',
        timeout: 120_000,
      });
      expect(execFileSync('pdfinfo', [path.join(dir, 'form.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);
});
