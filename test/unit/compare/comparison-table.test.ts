// The 修改对照表 read back with python-docx: one row per change, the marks on the right words.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../core/compare/drafts.ts';
import { exportComparisonTable } from '../../../core/documents/export/comparison-table.ts';
import { updateMeasure } from '../../../core/store/measures.ts';
import { addNode, deleteNode, moveNode, renameNode } from '../../../core/store/nodes.ts';
import { takeSnapshot } from '../../../core/store/snapshots.ts';
import { tempDir } from '../../helpers/plans.ts';
import { idOf, makePlanFile } from './drafts.ts';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'read_comparison.py');
const dir = tempDir('qicao-comparison-table-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  text: string;
  b: boolean;
  u: boolean;
  strike: boolean;
  eastAsia: string | null;
}
interface Read {
  orientation: string;
  pgMar: Record<string, string>;
  paragraphs: string[];
  tables: { header: boolean; cells: Run[][][] }[][];
}

async function readBack(buffer: Promise<Buffer>): Promise<Read> {
  const file = path.join(dir, `对照表${Math.random().toString(36).slice(2)}.docx`);
  fs.writeFileSync(file, await buffer);
  return JSON.parse(execFileSync('/usr/bin/python3', [SCRIPT, file], { encoding: 'utf8' })) as Read;
}

const cellText = (cell: Run[][]) => cell.map((p) => p.map((r) => r.text).join('')).join('\n');
const marked = (cell: Run[][], mark: (r: Run) => boolean) =>
  cell
    .flat()
    .filter(mark)
    .map((r) => r.text);
const isNew = (r: Run) => r.b && r.u && !r.strike;
const isStruck = (r: Run) => r.strike && !r.u;

function draftsWithChanges() {
  const db = makePlanFile();
  takeSnapshot(db, '征求意见稿', 'round');
  renameNode(db, idOf(db, '新增新能源公交车'), '新增新能源公交车80辆，更新出租车100辆。');
  moveNode(db, idOf(db, '淘汰国三'), idOf(db, '加强源头替代'), 1);
  updateMeasure(db, idOf(db, '完成怀河'), { leadUnits: ['区生态环境局'] });
  deleteNode(db, idOf(db, '严格落实施工工地'));
  const task = addNode(db, { parentId: idOf(db, '水资源保护'), kind: 'keyTask', title: '黑臭水体治理' });
  addNode(db, { parentId: task, kind: 'measure', title: '消除农村黑臭水体5处。' });
  // the lead unit change was made on 区水务局's comment, adopted
  const round = Number(db.prepare("INSERT INTO round (name, created_at) VALUES ('第一轮', 'x')").run().lastInsertRowid);
  const unit = (db.prepare("SELECT id FROM unit WHERE name = '区水务局'").get() as { id: number }).id;
  const comment = Number(
    db.prepare("INSERT INTO comment (round_id, unit_id, kind, text, status, created_at) VALUES (?, ?, 'typed', '建议由区生态环境局牵头', 'adopted', 'x')").run(round, unit)
      .lastInsertRowid,
  );
  db.prepare("INSERT INTO comment_edit (comment_id, node_id, before_text, after_text, applied_at) VALUES (?, ?, '区水务局', '区生态环境局', 'x')").run(
    comment,
    idOf(db, '完成怀河'),
  );
  takeSnapshot(db, '报审稿');
  const result = compareDrafts(db, { snapshotName: '征求意见稿' }, { snapshotName: '报审稿' });
  db.close();
  return result;
}

describe('修改对照表', () => {
  it('has one row per changed node, with removed words struck and new words bold and underlined', async () => {
    const result = draftsWithChanges();
    const doc = await readBack(exportComparisonTable(result, { title: '测试行动计划修改对照表' }));
    expect(doc.orientation).toBe('landscape');
    expect(doc.pgMar).toEqual({ top: '2098', bottom: '1984', left: '1587', right: '1474' });
    expect(doc.paragraphs[0]).toBe('测试行动计划修改对照表');
    const [table] = doc.tables;
    expect(table[0].header).toBe(true);
    expect(table[0].cells.map(cellText)).toEqual(['序号', '原文', '修改后', '修改说明/意见来源']);
    const rows = table.slice(1);
    // edited, moved, deleted, field change, added task — in the order of the newer draft
    expect(rows.map((r) => cellText(r.cells[0]))).toEqual(['1', '2', '3', '4', '5']);
    const [edited, moved, removed, unitChange, added] = rows.map((r) => r.cells);

    expect(cellText(edited[1])).toBe('（1）新增新能源公交车50辆，更新出租车100辆。');
    expect(marked(edited[1], isStruck)).toEqual(['50']);
    expect(marked(edited[1], (r) => r.u || r.b)).toEqual([]);
    expect(cellText(edited[2])).toBe('（1）新增新能源公交车80辆，更新出租车100辆。');
    expect(marked(edited[2], isNew)).toEqual(['80']);
    expect(marked(edited[2], (r) => r.strike)).toEqual([]);
    // 修改说明 in prose, the change located by its 条款 number (issue 23 point 6)
    expect(cellText(edited[3])).toMatch(/^条款：一、（一）1\.（1）/);
    expect(cellText(edited[3])).toContain('将“50”修改为“80”。');

    expect(cellText(moved[1])).toBe('（3）淘汰国三及以下排放标准柴油货车300辆。');
    expect(cellText(moved[2])).toBe('（2）淘汰国三及以下排放标准柴油货车300辆。');
    expect(cellText(moved[3])).toContain('由“推广新能源汽车”移至“加强源头替代”');

    expect(marked(removed[1], isStruck)).toEqual(['（1）严格落实施工工地六个百分之百要求。']);
    expect(cellText(removed[2])).toBe('—');
    expect(cellText(removed[3])).toMatch(/^条款：原[一二三四五]、/);
    expect(cellText(removed[3])).toContain('删除该项具体措施（起草单位调整，未关联意见）。');

    expect(marked(unitChange[1], isStruck)).toEqual(['区水务局']);
    expect(marked(unitChange[2], isNew)).toEqual(['区生态环境局']);
    expect(cellText(unitChange[3])).toContain('根据区水务局意见，将牵头单位由“区水务局”调整为“区生态环境局”。');
    expect(cellText(unitChange[3])).toContain('采纳区水务局意见');

    expect(cellText(added[1])).toBe('—');
    expect(marked(added[2], isNew)).toEqual(['3.黑臭水体治理', '（1）消除农村黑臭水体5处。']);
    expect(cellText(added[3])).toContain('新增重点任务');
    // table text in the East-Asian slot, as every export
    expect(new Set(rows.flatMap((r) => r.cells.flat(2).map((run) => run.eastAsia)))).toEqual(new Set(['仿宋_GB2312']));
  });

  it('says so when the drafts are the same, without an empty table', async () => {
    const db = makePlanFile();
    takeSnapshot(db, '征求意见稿');
    takeSnapshot(db, '报审稿');
    const result = compareDrafts(db, { snapshotName: '征求意见稿' }, { snapshotName: '报审稿' });
    db.close();
    const doc = await readBack(exportComparisonTable(result, { title: '修改对照表' }));
    expect(doc.tables).toEqual([]);
    expect(doc.paragraphs[1]).toBe('“报审稿”与“征求意见稿”内容相同，没有修改。');
  });
});
