// Issue 20's done-test: the sample plan issued, the first quarter's forms written and filled as
// units fill them (one sorted without its hidden 编号 column, one with the 编号 column deleted,
// one unit silent, one answering "无变化" in Word), taken back, and the 台账, the 滞后 list, the
// 调度通报 (read back with python-docx) and the working-day overdue count checked; a second
// period replaces and extends the first; next year's plan carries lineage and last year's actuals.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch.ts';
import { Session } from '../../../core/api/session.ts';
import type { IntakeResult, Ledger, NextYearResult, PriorYearView, YearState } from '../../../core/model/year.ts';
import type { ExplanationDoc } from '../../../core/model/explanation.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { resolveBinding } from '../../../core/model/resolve-binding.ts';
import { tempDir } from '../../helpers/plans.ts';
import { fillExcel, formRows, noChangeLetter, type Answer } from './fill-forms.ts';

async function call<T>(s: Session, channel: string, input: unknown): Promise<T> {
  const reply = await dispatch(s, channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.value as T;
}

const b64 = (b: Buffer) => b.toString('base64');

/** Paragraph texts and table cells of a .docx, as python-docx reads them. */
function readDocx(file: string): { paragraphs: string[]; tables: string[][][] } {
  const script = `
import json, sys, docx
d = docx.Document(sys.argv[1])
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}, ensure_ascii=False))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

const Q1 = '2024年第一季度';
const Q2 = '2024年第二季度';
const form = (dir: string, period: string, unit: string, ext: string) => fs.readFileSync(path.join(dir, `${period}调度表-${unit}.${ext}`));

describe('the plan’s year', () => {
  it('issue → forms → returns → ledger → 通报 → second period → next year', async () => {
    const dir = tempDir();
    const s = new Session(path.join(dir, 'data'));
    await call(s, 'plan.openSample', {});

    // ── issue: afterwards the structure changes only inside an adjustment
    const issue = await call<{ docNumber: string; snapshotName: string }>(s, 'year.issue', { docNumber: '怀政办发〔2024〕3号', issueDate: '2024-03-15' });
    expect(issue).toMatchObject({ docNumber: '怀政办发〔2024〕3号', snapshotName: '印发稿' });
    const outline = await call<{ id: number; kind: string; children: { id: number; kind: string; children: { id: number; children: { id: number; title: string }[] }[] }[] }[]>(
      s,
      'plan.outline',
      {},
    );
    const keyTaskId = outline[0].children[0].children[0].id;
    const firstMeasure = outline[0].children[0].children[0].children[0];
    const refused = await dispatch(s, 'measure.setText', { id: firstMeasure.id, text: '改写的措施。' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/计划已印发.*记录一次调整/) } });
    expect(await dispatch(s, 'node.add', { parentId: keyTaskId, kind: 'measure', title: '新增措施。' })).toMatchObject({ ok: false });
    await call(s, 'year.beginAdjustment', { reason: '区政府常务会议要求增加扬尘专项检查', madeBy: '大气科' });
    const added = await call<{ id: number }>(s, 'node.add', { parentId: keyTaskId, kind: 'measure', title: '开展施工扬尘专项检查。' });
    await call(s, 'measure.update', { id: added.id, leadUnits: ['区生态环境局'], deadline: '2024年9月底前' });
    const adjustment = await call<{ changes: { action: string; description: string }[] }>(s, 'year.endAdjustment', {});
    expect(adjustment.changes.map((c) => c.action)).toContain('add');
    expect(adjustment.changes.find((c) => c.action === 'add')?.description).toBe('新增“开展施工扬尘专项检查。”');
    expect(await dispatch(s, 'measure.setText', { id: firstMeasure.id, text: '改写的措施。' })).toMatchObject({ ok: false });

    // ── Q1 forms, all or nothing, one .xlsx and one .docx per 牵头单位
    const out = path.join(dir, 'forms');
    fs.mkdirSync(out);
    const written = await call<{ period: { id: number; units: number }; files: string[] }>(s, 'year.writeForms', { period: Q1, outDir: out, dueDate: '2024-04-10' });
    expect(written.files.length).toBe(written.period.units * 2);

    // ── units fill them in
    const expected = new Map<number, string>(); // measure id → status label the unit reported
    const answerAndRecord = (pick: (i: number, text: string) => Answer) => {
      let i = 0;
      return (text: string, code: string) => {
        const a = pick(i++, text);
        expected.set(Number(code.slice(1)), a.status!);
        return a;
      };
    };
    const bureau = form(out, Q1, '区生态环境局', 'xlsx');
    const bureauRows = (await formRows(bureau)).rows;
    const filledBureau = await fillExcel(
      bureau,
      answerAndRecord((i, text) =>
        /9月底前|6月底前/.test(bureauRows[i]?.text ?? '') || text === '开展施工扬尘专项检查。'
          ? { status: '按计划推进', progress: '正在推进' }
          : i % 10 === 0
            ? { status: '已完成', progress: '已完成', completedOn: '2024年3月' }
            : i % 10 === 1
              ? { status: '滞后', progress: '进度偏慢', problems: '资金尚未到位' }
              : { status: '按计划推进', progress: '按计划推进中' },
      ),
      {
        indicators: {
          'PM2.5年均浓度|2024年1月': 40,
          'PM2.5年均浓度|2024年2月': 35,
          'PM2.5年均浓度|2024年3月': 30,
          '重污染天数|2024年1月': 2,
          '重污染天数|2024年2月': 1,
          '重污染天数|2024年3月': 0,
        },
      },
    );
    // 区水务局 sorted the visible columns without the hidden 编号 column
    const water = form(out, Q1, '区水务局', 'xlsx');
    const waterRows = (await formRows(water)).rows;
    const waterAnswer = (text: string): Answer =>
      text === waterRows[0].text || text === waterRows[1].text
        ? { status: '滞后', progress: '前期手续办理中', problems: '审批未完成' }
        : { status: '按计划推进', progress: '推进中' };
    for (const r of waterRows) expected.set(Number(r.code.slice(1)), waterAnswer(r.text).status!);
    const filledWater = await fillExcel(water, (text) => waterAnswer(text), { mode: 'sorted-without-ids' });
    // 区农业农村局 deleted the 编号 column
    const farm = form(out, Q1, '区农业农村局', 'xlsx');
    const farmRows = (await formRows(farm)).rows;
    const farmAnswer = (text: string): Answer =>
      text === farmRows[0].text ? { status: '已完成', completedOn: '2024年2月', progress: '已完成' } : { status: '按计划推进', progress: '推进中' };
    for (const r of farmRows) expected.set(Number(r.code.slice(1)), farmAnswer(r.text).status!);
    const filledFarm = await fillExcel(farm, (text) => farmAnswer(text), { mode: 'id-column-deleted' });
    // 区园林绿化局 answered in Word: 无变化
    const letter = await noChangeLetter('区园林绿化局', Q1);
    const parkRows = (await formRows(form(out, Q1, '区园林绿化局', 'xlsx'))).rows;
    for (const r of parkRows) expected.set(Number(r.code.slice(1)), '未启动');
    // every other unit stays silent

    const intake = await call<IntakeResult>(s, 'year.intake', {
      files: [
        { fileName: '生态环境局一季度.xlsx', base64: b64(filledBureau) },
        { fileName: '水务局.xlsx', base64: b64(filledWater) },
        { fileName: '农业农村局.xlsx', base64: b64(filledFarm) },
        { fileName: '园林绿化局回复.docx', base64: b64(letter) },
      ],
    });
    expect(intake.files.map((f) => [f.unit, f.period, f.error])).toEqual([
      ['区生态环境局', Q1, null],
      ['区水务局', Q1, null],
      ['区农业农村局', Q1, null],
      ['区园林绿化局', Q1, null],
    ]);
    expect(intake.files[0].toConfirm).toBe(0);
    expect(intake.files[3].noChange).toBe(true);
    // sorted rows: only the middle row kept its own id; every other row is matched by text, flagged
    const [, waterResult, farmResult] = intake.files;
    expect(waterResult.rows.filter((r) => r.matchedBy === 'text')).toHaveLength(waterRows.length - (waterRows.length % 2));
    expect(farmResult.rows.every((r) => r.matchedBy === 'text' && !r.confirmed)).toBe(true);
    // …and each flagged row points at the measure whose text it carries, never at the row's stale id
    for (const r of [...waterResult.rows, ...farmResult.rows]) expect(r.measureText).toBe(r.quote);

    // unconfirmed rows do not count yet
    let ledger = await call<Ledger>(s, 'year.ledger', {});
    expect(ledger.toConfirm).toHaveLength(waterResult.toConfirm + farmResult.toConfirm);
    expect(ledger.toConfirm.length).toBeGreaterThan(0);
    for (const row of ledger.toConfirm) await call(s, 'year.confirmRow', { rowId: row.rowId });
    ledger = await call<Ledger>(s, 'year.ledger', {});
    expect(ledger.toConfirm).toHaveLength(0);

    // ── the ledger: every measure's status as its unit reported it
    const LABEL = { done: '已完成', onTrack: '按计划推进', behind: '滞后', notStarted: '未启动' } as const;
    for (const m of ledger.measures) {
      if (m.leadUnits.length > 1) continue; // reported by two units: the later return speaks
      expect(m.status ? LABEL[m.status] : '未报送').toBe(expected.get(m.id) ?? '未报送');
    }
    const count = (label: string) => [...expected.values()].filter((v) => v === label).length;
    const total = ledger.measures.length;
    expect(total).toBe(206); // 205 + the measure added by the adjustment
    expect(ledger.counts).toMatchObject({ total, done: count('已完成'), behind: count('滞后'), notStarted: count('未启动') });
    expect(ledger.counts.notReported).toBe(total - expected.size);
    expect(ledger.sentence).toBe(
      `${total}项具体措施中，已完成${count('已完成')}项，按计划推进${ledger.counts.onTrack}项，滞后${count('滞后')}项，未启动${count('未启动')}项，未报送${total - expected.size}项`,
    );
    expect(ledger.unitsNotReported).toContain('区发展改革委');
    expect(ledger.unitsNotReported).not.toContain('区园林绿化局');
    expect(ledger.byPart.reduce((n, p) => n + p.total, 0)).toBe(total);
    const filtered = await call<Ledger>(s, 'year.ledger', { unit: '区水务局', status: 'behind' });
    expect(filtered.measures.map((m) => m.text).sort()).toEqual([waterRows[0].text, waterRows[1].text].sort());

    // indicators: what the rest of the year must average
    const pm = ledger.indicators.find((i) => i.name === 'PM2.5年均浓度')!;
    expect(pm.months.slice(0, 3).map((m) => m.value)).toEqual([40, 35, 30]);
    // (28 × 366 − (40×31 + 35×29 + 30×31)) / (366 − 91) = 7063 / 275 = 25.68…, rounded down (a ceiling must not be overstated)
    expect(pm.outlook).toBe('剩余月份PM2.5平均浓度需不高于25.6微克/立方米');
    expect(ledger.indicators.find((i) => i.name === '重污染天数')!.outlook).toBe('全年重污染天数余量1天');

    // ── working days across the National Day holiday: deadline 2024-09-30, counted at 2024-10-12
    const autumn = await call<Ledger>(s, 'year.ledger', { asOf: '2024-10-12', status: 'overdue' });
    const septemberDue = autumn.measures.filter((m) => m.dueDate === '2024-09-30');
    expect(septemberDue.length).toBeGreaterThan(0);
    // 10月1日–7日 are holidays, 10月12日 (Saturday) is a 调休 working day: 8, 9, 10, 11, 12 → 5
    for (const m of septemberDue) expect(m.overdueWorkdays).toBe(5);

    // ── the 调度通报, read back with python-docx
    const docs = path.join(dir, 'docs');
    fs.mkdirSync(docs);
    const [bulletinPath] = (await call<{ paths: string[] }>(s, 'year.saveDocument', { what: 'bulletin', outDir: docs })).paths;
    const bulletin = readDocx(bulletinPath);
    const text = bulletin.paragraphs.join('\n');
    expect(text).toContain(`${total}项具体措施中，已完成${count('已完成')}项，按计划推进${ledger.counts.onTrack}项，滞后${count('滞后')}项`);
    expect(text).toContain(`未报送${total - expected.size}项`);
    const table = bulletin.tables[0];
    expect(table[0]).toEqual(['序号', '条款', '具体措施', '牵头单位', '完成时限', '完成状态', '逾期工作日', '存在问题']);
    const lagging = ledger.measures.filter((m) => m.status === 'behind' || m.overdue);
    expect(
      table
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(lagging.map((m) => m.text).sort());
    expect(table.slice(1).find((r) => r[2] === waterRows[0].text)?.[3]).toBe('区水务局');
    const reminders = await call<{ paths: string[] }>(s, 'year.saveDocument', { what: 'reminders', outDir: docs });
    expect(reminders.paths.some((p) => p.endsWith('催办单-区发展改革委.docx'))).toBe(true);

    // ── Q2: 区水务局 reports twice; the second return replaces the first, the first stays as history
    const out2 = path.join(dir, 'forms-q2');
    fs.mkdirSync(out2);
    await call(s, 'year.writeForms', { period: Q2, outDir: out2, units: ['区水务局', '区生态环境局'] });
    const water2 = form(out2, Q2, '区水务局', 'xlsx');
    const first = await fillExcel(water2, () => ({ status: '滞后', progress: '受汛期影响' }));
    const second = await fillExcel(water2, () => ({ status: '已完成', progress: '已完成', completedOn: '2024年6月' }));
    const bureau2 = await fillExcel(form(out2, Q2, '区生态环境局', 'xlsx'), () => ({ status: '按计划推进', progress: '推进中' }), {
      indicators: { 'PM2.5年均浓度|2024年4月': 28, 'PM2.5年均浓度|2024年5月': 26, 'PM2.5年均浓度|2024年6月': 24 },
    });
    await call(s, 'year.intake', {
      files: [
        { fileName: 'a.xlsx', base64: b64(first) },
        { fileName: 'b.xlsx', base64: b64(bureau2) },
      ],
    });
    const again = await call<IntakeResult>(s, 'year.intake', { files: [{ fileName: 'c.xlsx', base64: b64(second) }] });
    expect(again.files[0].replaced).not.toBeNull();
    const dup = await call<IntakeResult>(s, 'year.intake', { files: [{ fileName: 'c-copy.xlsx', base64: b64(second) }] });
    expect(dup.files[0].duplicate).toBe(true);
    const q2 = await call<Ledger>(s, 'year.ledger', {});
    expect(q2.period?.name).toBe(Q2);
    const waterMeasures = q2.measures.filter((m) => m.leadUnits.includes('区水务局') && m.leadUnits.length === 1);
    expect(waterMeasures.every((m) => m.status === 'done')).toBe(true);
    // Q1 is still there beside Q2, per measure
    const q1Id = String(written.period.id);
    expect(waterMeasures.some((m) => m.byPeriod[q1Id]?.status === 'behind')).toBe(true);
    expect(
      q2.indicators
        .find((i) => i.name === 'PM2.5年均浓度')!
        .months.slice(0, 6)
        .map((m) => m.value),
    ).toEqual([40, 35, 30, 28, 26, 24]);
    const state = await call<YearState>(s, 'year.state', {});
    expect(state.periods.map((p) => p.name)).toEqual([Q1, Q2]);

    // ── next year's plan
    const nextPath = path.join(dir, '2025年行动计划.qicao');
    const next = await call<NextYearResult>(s, 'year.nextYear', { path: nextPath });
    expect(next.year).toBe(2025);
    const unfinished = q2.measures.filter((m) => m.status !== 'done').length;
    expect(next.carriedOver).toBe(unfinished);
    // the background paragraph states last year's PM2.5 as the ledger has it (day-weighted H1 mean)
    const pmYtd = q2.indicators.find((i) => i.name === 'PM2.5年均浓度')!.yearToDate!;
    expect(next.background).toContain(`2024年`);
    expect(next.background).toContain(`${pmYtd}微克/立方米`);

    const n = new Session(path.join(dir, 'data2'));
    await call(n, 'plan.open', { path: nextPath });
    let prior = await call<PriorYearView>(n, 'year.prior', {});
    expect(prior.year).toBe(2024);
    expect(prior.lineage.length).toBeGreaterThan(206);
    expect(prior.lineage.filter((l) => l.carryOver)).toHaveLength(unfinished);
    expect(prior.additions).toBe('');
    // the drafter adds a new aspect: the comparison by lineage names it
    const nextOutline = await call<{ id: number }[]>(n, 'plan.outline', {});
    await call(n, 'node.add', { parentId: nextOutline[0].id, kind: 'aspect', title: '噪声污染防治' });
    prior = await call<PriorYearView>(n, 'year.prior', {});
    expect(prior.additions).toBe('同时增加了噪声污染防治等内容');
    // …and the new 起草说明 binds it: the background paragraph says so, and follows the plan
    const explanationText = async () => {
      const { doc } = await call<{ doc: ExplanationDoc }>(n, 'explanation.get', {});
      const plan = await call<Plan>(n, 'plan.read', {});
      return doc.blocks.map((b) => b.segments.map((seg) => ('text' in seg ? seg.text : resolveBinding(plan, seg.bind))).join('')).join('\n');
    };
    expect(await explanationText()).toContain('同时增加了噪声污染防治等内容');
    // a corrected actual changes the sentence
    const pmId = prior.actuals.find((a) => a.name === 'PM2.5年均浓度')!.indicatorId;
    prior = await call<PriorYearView>(n, 'year.setPriorActual', { indicatorId: pmId, value: 27 });
    expect(prior.background).toContain('27微克/立方米');
    expect(prior.background).not.toContain(`${pmYtd}微克/立方米`);
  }, 120_000);
});
