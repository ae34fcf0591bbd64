import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures.ts';
import { ComparePage } from './pages/compare-page.ts';

interface OutlineNode {
  id: number;
  title: string;
  children: OutlineNode[];
}

test('pick two drafts, see a moved measure as a move, filter to the changes, export the 修改对照表', async ({ planPage: p, page, served }) => {
  const c = new ComparePage(page);
  await c.openDraftsPanel();
  await c.takeDraft('征求意见稿');

  // After the consultation: a measure moves to the next key task, another is reworded.
  const call = (channel: string, input: unknown) =>
    page.evaluate(
      async ([ch, body]) => {
        const r = await fetch(`/api/${ch}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-qicao-token': sessionStorage.getItem('qicao.token') ?? '' },
          body: JSON.stringify(body),
        });
        return r.json();
      },
      [channel, input] as const,
    );
  const outline = ((await call('plan.outline', {})) as { value: OutlineNode[] }).value;
  const [task1, task2] = outline[0].children[0].children;
  const moved = task1.children[1];
  expect((await call('node.move', { id: moved.id, parentId: task2.id, index: 0 })).ok).toBe(true);
  const edited = task2.children[1];
  expect((await call('node.rename', { id: edited.id, title: `${edited.title.replace(/。$/, '')}，每季度通报一次进展。` })).ok).toBe(true);
  await c.takeDraft('报审稿');

  await c.openCompare();
  await c.choose('征求意见稿', '报审稿');
  await expect(c.view.getByTestId('compare-summary')).toContainText('移动 1 处');
  await expect(c.view.getByTestId('compare-summary')).toContainText('修改 1 处');

  // the move shows where it arrived, with where it came from; its old place holds a placeholder
  const move = c.rowsInState('移动');
  await expect(move).toHaveCount(1);
  await expect(move).toContainText(moved.title);
  await expect(move.getByTestId('move-note')).toHaveText(
    `从“${outline[0].title} › ${outline[0].children[0].title} › ${task1.title}”移至“${outline[0].title} › ${outline[0].children[0].title} › ${task2.title}”`,
  );
  await expect(c.rowsInState('已移走')).toHaveCount(1);
  // the reworded measure: the new words underlined, nothing else marked
  const change = c.rowsInState('修改');
  await expect(change.locator('ins')).toHaveText(['，每季度通报一次进展']);
  await c.screenshot('compare-side-by-side');

  const all = await c.rows.count();
  await c.view.getByLabel('只看修改').check();
  const only = await c.rows.count();
  expect(only).toBeLessThan(all / 10);
  // only the changes and the outline above them are left
  await expect(c.rowsInState('未变')).toHaveCount(only - 3);
  await c.view.getByRole('radio', { name: '行内' }).click();
  await expect(change.locator('ins')).toHaveText(['，每季度通报一次进展']);
  await c.screenshot('compare-inline-changes');

  // written next to the plan (or into a folder chosen), and the window says where
  await c.view.getByRole('button', { name: '导出修改对照表…' }).click();
  const exportBox = c.view.getByRole('group', { name: '导出修改对照表' });
  await expect(exportBox.getByLabel('保存到文件夹')).toHaveValue(path.dirname(served.file));
  await exportBox.getByRole('button', { name: '导出', exact: true }).click();
  const saved = path.join(path.dirname(served.file), '征求意见稿→报审稿修改对照表.docx');
  await expect(exportBox.getByTestId('written-path')).toHaveText(saved);
  const read = JSON.parse(execFileSync('/usr/bin/python3', ['test/unit/compare/read_comparison.py', saved], { encoding: 'utf8' })) as {
    tables: { cells: { text: string }[][][] }[][];
  };
  const rows = read.tables[0].slice(1);
  expect(rows).toHaveLength(2);
  await expect(exportBox.getByRole('status', { name: '已写出的文件' })).toContainText(`已导出到 ${path.dirname(served.file)}`);
  // a second export of the same name asks before replacing the file
  await exportBox.getByRole('button', { name: '导出', exact: true }).click();
  await expect(c.view.getByRole('alert')).toContainText('文件已存在');
  await exportBox.getByRole('button', { name: '替换原文件' }).click();
  await expect(exportBox.getByTestId('written-path')).toHaveText(saved);
  await c.view.getByRole('button', { name: '关闭' }).click();
  await expect(c.view).toBeHidden();
  await p.waitLoaded();
});

test('restore a draft as the current draft, and undo it by restoring the copy it kept', async ({ planPage: p, page }) => {
  const c = new ComparePage(page);
  await c.openDraftsPanel();
  await c.takeDraft('征求意见稿');
  // a new measure after the draft was saved
  await p.itemsAtLevel(3).first().click();
  await p.button('添加具体措施').click();
  await page.keyboard.insertText('2024年底前完成全部加油站油气回收在线监控设备安装。');
  await page.keyboard.press('Enter');
  const added = p.item(/油气回收在线监控设备安装/);
  await expect(added).toBeVisible();

  const panel = page.getByRole('region', { name: '稿件' });
  await panel.getByRole('listitem', { name: '征求意见稿' }).getByRole('button', { name: '恢复为当前稿' }).click();
  const dialog = page.getByRole('alertdialog', { name: '恢复稿件' });
  await expect(dialog).toContainText('把“征求意见稿”恢复为当前稿？');
  await c.screenshot('drafts-restore-confirm');
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(panel.getByRole('status')).toContainText('已将“征求意见稿”恢复为当前稿');
  await expect(added).toHaveCount(0);
  await c.screenshot('drafts-after-restore');

  // the draft it replaced was kept: restoring it brings the new measure back
  const backup = panel.getByRole('listitem', { name: /^恢复“征求意见稿”前/ });
  await expect(backup).toContainText('恢复前自动保存');
  await backup.getByRole('button', { name: '恢复为当前稿' }).click();
  await page.getByRole('alertdialog', { name: '恢复稿件' }).getByRole('button', { name: '恢复' }).click();
  await expect(added).toBeVisible();
  await page.getByRole('tab', { name: '计数' }).click();
  await expect(p.total).toContainText('共计92项重点任务、206项具体措施。');
});
