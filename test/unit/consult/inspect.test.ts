// The unit of a returned file is read from the file (反馈单位, 落款, file name, comment authors)
// and matched to the register however the unit wrote its name; pending comments are counted for
// the export warning; a round's name and dates can be corrected.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveComment } from '../../../core/consult/comments.ts';
import { importFeedback } from '../../../core/consult/import-feedback.ts';
import { inspectFeedback } from '../../../core/consult/inspect-feedback.ts';
import { createRound, listRounds, updateRound } from '../../../core/consult/rounds.ts';
import { pendingCount } from '../../../core/consult/summary.ts';
import { matchUnit, unitKey } from '../../../core/consult/unit-names.ts';
import { PlanSpec } from '../../../core/model/plan-spec.ts';
import { fillPlan } from '../../../core/store/fill-plan.ts';
import { createPlanFile, type Db } from '../../../core/store/open.ts';
import { smallPlan, tempDir } from '../../helpers/plans.ts';
import { excelForm, handMadeDocx, para, run, wordWithCommentsAndChanges } from './word-files.ts';

const UNITS = [
  ...smallPlan.units!,
  { name: '区发展改革委', kind: '委办局' },
  { name: '区城市管理委', kind: '委办局' },
  { name: '怀柔科学城管委会', kind: '其他' },
  { name: '怀柔镇', kind: '镇乡街道' },
];

let db: Db;
beforeEach(() => {
  db = createPlanFile(path.join(tempDir(), 'p.qicao'), (d) => fillPlan(d, PlanSpec.parse({ ...smallPlan, units: UNITS })));
});
afterEach(() => db.close());

const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

/** A Word 意见反馈表 whose header line asks for the seal: "反馈单位（盖章）：…". */
function sealedForm(unitLine: string): Buffer {
  return handMadeDocx({
    document:
      para(run('意见反馈表')) +
      para(run(`反馈单位（盖章）：${unitLine}　联系人：赵敏　电话：010-69641234`)) +
      `<w:tbl>${row('序号', '章节/条款', '原文', '修改意见', '理由依据')}${row('1', '一、（一）1.（1）', '新增新能源公交车50辆。', '建议提高到80辆。', '')}</w:tbl>`,
  });
}

/** A reply letter: addressed to the drafting unit, signed by the sender, dated. */
function letter(signature: string): Buffer {
  return handMadeDocx({
    document:
      para(run('区生态环境局：')) +
      para(run('贵局《关于征求〈测试行动计划（征求意见稿）〉意见的函》收悉。经研究，我单位无修改意见。')) +
      para(run(signature)) +
      para(run('2024年2月27日')) +
      para(run('（联系人：赵敏，电话：69641234）')),
  });
}

/** A Word file with one comment by `author` and nothing else naming the sender. */
function commentedBy(author: string): Buffer {
  return handMadeDocx({
    document: para('<w:commentRangeStart w:id="0"/>', run('建设充电桩200个。'), '<w:commentRangeEnd w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>'),
    comments: `<w:comment w:id="0" w:author="${author}" w:date="2024-02-26T09:30:00Z"><w:p>${run('请核实数量。')}</w:p></w:comment>`,
  });
}

const inspect = (fileName: string, bytes: Buffer, round?: number) => inspectFeedback(db, { fileName, bytes, round });

describe('the unit of a returned file', () => {
  it('is the form’s 反馈单位（盖章）, written in full with the district prefix', () => {
    const r = inspect('反馈.docx', sealedForm('北京市怀柔区发展和改革委员会'));
    expect([r.unit, r.unitSource]).toEqual(['区发展改革委', '反馈单位']);
  });

  it('is the letter’s 落款 — not the addressee on its first line, not the date or contact lines', () => {
    const r = inspect('复函.docx', letter('北京市怀柔区水务局'));
    expect([r.unit, r.unitSource]).toEqual(['区水务局', '署名']);
  });

  it('comes from the file name when the file itself does not say', async () => {
    expect(inspect('区发展改革委-意见反馈表.docx', sealedForm('')).unit).toBe('区发展改革委');
    expect(inspect('区发展改革委-意见反馈表.docx', sealedForm('')).unitSource).toBe('文件名');
    const byName = inspect('关于测试行动计划的反馈意见（区水务局）.docx', await wordWithCommentsAndChanges());
    expect([byName.unit, byName.unitSource]).toEqual(['区水务局', '文件名']);
    expect(inspect('区发改委反馈意见.docx', await wordWithCommentsAndChanges()).unit).toBe('区发展改革委');
  });

  it('comes from the Word comment authors as a last resort, abbreviations understood', () => {
    const r = inspect('反馈.docx', commentedBy('区城管委'));
    expect([r.unit, r.unitSource]).toEqual(['区城市管理委', '批注作者']);
  });

  it('reads an Excel form’s 反馈单位 cell, 人民政府 and all', async () => {
    const r = inspect('反馈.xlsx', await excelForm([['1', '建议提高到80辆。', '一、（一）1.（1）', '', '']], '北京市怀柔区雁栖镇人民政府'));
    expect([r.unit, r.unitSource]).toEqual(['雁栖镇', '反馈单位']);
  });

  it('is null when nothing names a unit; the round’s consulted units come first among the candidates', async () => {
    const round = createRound(db, { name: '第一轮征求意见', units: ['雁栖镇', '区水务局'] }, { send: false });
    const r = inspect('反馈.docx', await wordWithCommentsAndChanges(), round.id);
    expect(r.unit).toBeNull();
    expect(r.unitSource).toBeNull();
    expect(r.candidates.slice(0, 2)).toEqual(['区水务局', '雁栖镇']);
    expect([...r.candidates].sort()).toEqual(UNITS.map((u) => u.name).sort());
  });

  it('puts the detected unit first, then the consulted ones', () => {
    createRound(db, { name: '第一轮征求意见', units: ['雁栖镇', '区水务局'] }, { send: false });
    const r = inspect('反馈.docx', sealedForm('区发改委'));
    expect(r.candidates.slice(0, 3)).toEqual(['区发展改革委', '区水务局', '雁栖镇']);
  });

  it('refuses a file that cannot be read, as the import would', () => {
    expect(() => inspect('坏文件.docx', Buffer.from('not a zip'))).toThrow(/无法读取|不是|损坏/);
  });
});

describe('unit names as units write them', () => {
  it('fold to the register’s short form', () => {
    expect(unitKey('北京市怀柔区发展和改革委员会')).toBe(unitKey('区发展改革委'));
    expect(unitKey('区发改委（盖章）')).toBe(unitKey('区发展改革委'));
    expect(unitKey('怀柔区雁栖镇人民政府')).toBe(unitKey('雁栖镇'));
  });

  it('a place name inside a longer unit name is no rival: 怀柔科学城管委会 is not 怀柔镇', () => {
    const register = UNITS.map((u) => u.name);
    expect(matchUnit('怀柔科学城管理委员会', register).unit).toBe('怀柔科学城管委会');
    expect(matchUnit('怀柔镇人民政府', register).unit).toBe('怀柔镇');
  });
});

describe('importing checks the form’s 反馈单位 against the unit chosen', () => {
  it('refuses a form that names another registered unit however it is written', () => {
    expect(() => importFeedback(db, { unit: '区水务局', fileName: '反馈.docx', bytes: sealedForm('北京市怀柔区发展和改革委员会') })).toThrow(
      /反馈单位写的是“区发展改革委”，不是“区水务局”/,
    );
    expect(importFeedback(db, { unit: '区发展改革委', fileName: '反馈.docx', bytes: sealedForm('北京市怀柔区发展和改革委员会') }).items).toHaveLength(1);
  });
});

describe('pending comments, for the export warning', () => {
  it('counts them in total and per round, and drops as they are resolved', async () => {
    const first = createRound(db, { name: '第一轮征求意见', units: ['区生态环境局'] }, { send: false });
    const second = createRound(db, { name: '第二轮征求意见', units: ['区水务局'] }, { send: false });
    importFeedback(db, { unit: '区生态环境局', fileName: 'a.docx', bytes: await wordWithCommentsAndChanges(), round: first.id });
    importFeedback(db, { unit: '区水务局', fileName: 'b.docx', bytes: sealedForm('区水务局'), round: second.id });
    expect(pendingCount(db)).toEqual({
      total: 5,
      rounds: [
        { roundId: first.id, name: '第一轮征求意见', pending: 4 },
        { roundId: second.id, name: '第二轮征求意见', pending: 1 },
      ],
    });
    const one = db.prepare('SELECT id FROM comment WHERE round_id = ? LIMIT 1').get(second.id) as { id: number };
    resolveComment(db, one.id, 'adopted', '');
    expect(pendingCount(db).total).toBe(4);
    expect(pendingCount(db).rounds[1].pending).toBe(0);
  });
});

describe('the round’s date', () => {
  it('feedback goes into the round the drafter recorded, with the date the drafter set — no second round', async () => {
    createRound(db, { name: '第一轮征求意见', sentDate: '2024-02-20', units: ['区生态环境局'] }, { send: false });
    importFeedback(db, { unit: '区水务局', fileName: 'b.docx', bytes: sealedForm('区水务局') });
    expect(listRounds(db).map((r) => [r.name, r.sentDate, r.units])).toEqual([['第一轮征求意见', '2024-02-20', ['区生态环境局', '区水务局']]]);
  });

  it('a round made by importing before any was recorded says so, has no invented date, and can be corrected', async () => {
    importFeedback(db, { unit: '区水务局', fileName: 'b.docx', bytes: sealedForm('区水务局') });
    const [auto] = listRounds(db);
    expect(auto.name).toMatch(/^自动建立的征求意见轮次（\d{4}年\d{1,2}月\d{1,2}日导入反馈）$/);
    expect(auto.sentDate).toBeNull();
    const fixed = updateRound(db, auto.id, { name: '第一轮征求意见', sentDate: '2024-02-20', dueDate: '2024-03-01' });
    expect([fixed.name, fixed.sentDate, fixed.dueDate, fixed.units]).toEqual(['第一轮征求意见', '2024-02-20', '2024-03-01', ['区水务局']]);
    expect(() => updateRound(db, auto.id, { dueDate: '2024-02-01' })).toThrow(/早于发出日期/);
    createRound(db, { name: '第二轮征求意见', units: ['区水务局'] }, { send: false });
    expect(() => updateRound(db, auto.id, { name: '第二轮征求意见' })).toThrow(/已有名为/);
    expect(updateRound(db, auto.id, { sentDate: null }).sentDate).toBeNull();
  });
});
