// The drafter sets where the exported title breaks (a "|" typed in the plan's name), the drafting
// unit (the Word files' author), the 附件 label and the basis documents of the 起草说明; the
// exports follow, read back with python-docx.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

async function exported(page: Page, what: string): Promise<{ title: string; author: string; first: string; opening: string }> {
  const base64 = await page.evaluate(async (w) => {
    const token = sessionStorage.getItem('qicao.token') ?? '';
    const res = await fetch('/api/export.docx', { method: 'POST', headers: { 'content-type': 'application/json', 'x-qicao-token': token }, body: JSON.stringify({ what: w }) });
    return (await res.json()).value.base64 as string;
  }, what);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qicao-e2e-docx-')), 'out.docx');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  const script = [
    'import docx,sys,json',
    'from docx.oxml.ns import qn',
    'd=docx.Document(sys.argv[1])',
    'ps=[ "".join("\\n" if n.tag==qn("w:br") else (n.text or "") for n in p._p.iter(qn("w:t"),qn("w:br"))) for p in d.paragraphs]',
    't=[x for x,p in zip(ps,d.paragraphs) if p.style.name=="公文标题"][0]',
    'print(json.dumps({"title":t,"author":d.core_properties.author,"first":ps[0],"opening":next((x for x in ps if x.startswith("为巩固")),"")},ensure_ascii=False))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

test('a "|" in the plan name breaks the exported title there; the drafting unit is the author', async ({ page, served }) => {
  const p = new EditorPage(page);
  await page.goto(served.url);
  await p.waitLoaded();
  await page.getByTestId('plan-title').getByRole('button').click();
  const name = page.getByRole('textbox', { name: '计划名称' });
  const title = await name.inputValue();
  // the drafter's own break, not the one the app would choose (its lines fit a 2号 line each)
  const at = title.indexOf('攻坚战');
  const [first, rest] = [title.slice(0, at), title.slice(at)];
  await name.fill(`${first}|${rest}`);
  await page.getByRole('textbox', { name: '起草单位' }).fill('区生态环境局');
  await page.screenshot({ path: 'test-results/screenshots/title-break-form.png' });
  await page.getByRole('button', { name: '确定' }).click();
  // the name itself carries no "|"
  await expect(page.getByTestId('plan-title')).toHaveText(new RegExp(`^${title.slice(0, 8)}`));
  await expect(page.getByTestId('plan-title')).not.toContainText('|');

  const plan = await exported(page, 'plan');
  expect(plan.title).toBe(`${first}\n${rest}`);
  expect(plan.author).toBe('区生态环境局');
  const consultation = await exported(page, 'consultation');
  expect(consultation.title).toBe(`${first}\n${rest}\n（征求意见稿）`);

  // one step: undo restores name, breaks and unit together
  await page.getByRole('navigation', { name: '编辑' }).getByRole('button', { name: '撤销', exact: true }).click();
  await expect(page.getByTestId('plan-title')).toContainText(title);
  expect((await exported(page, 'plan')).title).not.toBe(`${first}\n${rest}`);
});

test('the 附件 label and basis documents set in the 起草说明 editor reach its export', async ({ page, served }) => {
  const p = new EditorPage(page);
  await page.goto(served.url);
  await p.waitLoaded();
  await p.view('起草说明').click();
  await page.getByText('附件标注与依据文件').click();
  await expect(page.getByRole('textbox', { name: '依据文件' })).toHaveValue(/京政办发〔2024〕4号/);
  await page.getByRole('textbox', { name: '附件标注' }).fill('附件3');
  await page.getByRole('textbox', { name: '依据文件' }).fill('《北京市土壤污染防治条例》');
  await page.getByRole('textbox', { name: '附件标注' }).focus();
  await page.getByRole('textbox', { name: '依据文件' }).focus();
  await page.getByRole('textbox', { name: '附件标注' }).blur();
  await expect(p.explanation).toContainText('组织相关科室仔细研讨《北京市土壤污染防治条例》各项措施要求');
  await page.screenshot({ path: 'test-results/screenshots/explanation-facts.png' });
  const explanation = await exported(page, 'explanation');
  expect(explanation.first).toBe('附件3');
  expect(explanation.opening).toContain('《北京市土壤污染防治条例》各项措施要求');
});
