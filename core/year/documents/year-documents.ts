// The 调度 documents in 公文 format (the export's own style, section and table helpers): the
// 调度通报 for a period, the 催办 lists (one per unit with items to chase, or all in one file),
// and the year-end 年度完成情况 report with the indicators' actuals against their targets.
import type { FileChild } from 'docx';
import { gridTable } from '../../documents/export/feedback-form.ts';
import { levelParagraph, titleParagraph } from '../../documents/export/runs.ts';
import { buildSection, packDocument } from '../../documents/export/section.ts';
import { safeFileName } from '../../consult/send-round.ts';
import type { NamedBytes } from '../../fs/file-set.ts';
import { chineseDate } from '../../model/consultation.ts';
import { formatQuantity } from '../../model/indicator-text.ts';
import { chineseNumber } from '../../model/numbering.ts';
import { readDocumentSettings } from '../../store/document-settings.ts';
import type { Db } from '../../store/open.ts';
import { QicaoError } from '../../errors.ts';
import { readIssue } from '../issue.ts';
import { readLedger, summarySentence } from '../ledger.ts';
import { STATUS_LABEL, type IndicatorTrack, type Ledger, type LedgerMeasure } from '../../model/year.ts';

export type YearDocumentKind = 'bulletin' | 'reminders' | 'annual';

const COMPARATOR_WORD: Record<string, string> = { '<=': '不高于', '>=': '不低于', '=': '达到', '≈': '约' };
const heading = (n: number, text: string) => levelParagraph('part', `${chineseNumber(n)}、${text}`);
const body = (text: string) => levelParagraph('body', text);
const statusText = (m: LedgerMeasure) => (m.status ? STATUS_LABEL[m.status] : '未报送');

/** Measures the 通报 names: 滞后, or past their deadline and not done. */
export function laggingMeasures(ledger: Ledger): LedgerMeasure[] {
  return ledger.measures.filter((m) => m.status === 'behind' || m.overdue);
}

function problemsOf(ledger: Ledger, m: LedgerMeasure): string {
  const here = ledger.period ? m.byPeriod[String(ledger.period.id)] : undefined;
  return here?.problems ?? '';
}

function indicatorLine(t: IndicatorTrack): string {
  const target = `${COMPARATOR_WORD[t.comparator] ?? ''}${formatQuantity(t.target, t.unit)}`;
  if (t.yearToDate === null) return `${t.name}：目标${target}，尚无监测数据。`;
  const ytd = t.aggregate === 'latest' ? '最新' : t.aggregate === 'sum' ? '累计' : '累计平均';
  return `${t.name}：目标${target}，${ytd}${formatQuantity(t.yearToDate, t.aggregate === 'goodDaysRatio' ? '%' : t.unit)}${t.outlook && t.aggregate !== 'latest' ? `，${t.outlook}` : ''}。`;
}

async function bulletin(db: Db, ledger: Ledger, author: string): Promise<NamedBytes> {
  if (!ledger.period) throw new QicaoError('bad-input', '还没有调度期，无法生成调度通报。请先生成调度表并收回各单位的填报。');
  const issue = readIssue(db);
  const lagging = laggingMeasures(ledger);
  const title = `关于${ledger.period.name}重点任务进展情况的通报`;
  const children: FileChild[] = [
    titleParagraph(title, { orientation: 'landscape' }),
    body(`按照《${ledger.planTitle}》${issue ? `（${issue.docNumber}）` : ''}要求，现将${ledger.period.name}各项任务进展情况通报如下。`),
    heading(1, '总体进展'),
    body(
      `截至${chineseDate(ledger.asOf)}，${ledger.sentence}。应报送单位${ledger.byUnit.length}个，已报送${ledger.byUnit.length - ledger.unitsNotReported.length}个${ledger.unitsNotReported.length ? `，未报送单位：${ledger.unitsNotReported.join('、')}` : ''}。`,
    ),
    heading(2, '各部分进展'),
    ...ledger.byPart.map((p) => body(`${p.partTitle}：${summarySentence(p)}。`)),
    heading(3, '滞后及逾期措施'),
  ];
  if (lagging.length === 0) children.push(body('本期没有滞后或逾期的措施。'));
  else {
    children.push(
      body(`本期滞后或逾期的措施共${lagging.length}项，其中逾期${lagging.filter((m) => m.overdue).length}项（逾期天数按工作日计算，已扣除法定节假日并计入调休上班日）：`),
    );
    children.push(
      gridTable({
        headers: ['序号', '条款', '具体措施', '牵头单位', '完成时限', '完成状态', '逾期工作日', '存在问题'],
        weights: [4, 8, 34, 12, 10, 8, 7, 17],
        rows: lagging.map((m, i) => [
          String(i + 1),
          m.number,
          m.text,
          m.leadUnits.join('、'),
          m.deadline,
          statusText(m),
          m.overdueWorkdays > 0 ? String(m.overdueWorkdays) : '—',
          problemsOf(ledger, m),
        ]),
        centered: [0, 5, 6],
        orientation: 'landscape',
      }),
    );
  }
  const tracked = ledger.indicators.filter((t) => t.yearToDate !== null);
  if (tracked.length > 0) {
    children.push(heading(4, '指标完成情况'));
    for (const t of tracked) children.push(body(indicatorLine(t)));
  }
  children.push(heading(tracked.length > 0 ? 5 : 4, '下一步工作要求'));
  children.push(body('请各牵头单位对照任务分工，加快推进滞后和逾期任务，逐项明确整改措施和完成时间；未报送单位请于收到本通报后3个工作日内补报进展情况。'));
  const bytes = await packDocument({ title, author, sections: [buildSection({ orientation: 'landscape', children })] });
  return { name: `${safeFileName(ledger.period.name)}调度通报.docx`, bytes };
}

/** Per unit: its measures that are 滞后, overdue or not reported in the period. */
export function reminderItems(ledger: Ledger): Map<string, LedgerMeasure[]> {
  const out = new Map<string, LedgerMeasure[]>();
  for (const m of ledger.measures) {
    if (!(m.status === 'behind' || m.overdue || m.status === null)) continue;
    for (const u of m.leadUnits) out.set(u, [...(out.get(u) ?? []), m]);
  }
  return out;
}

function reminderChildren(ledger: Ledger, unit: string, items: LedgerMeasure[]): FileChild[] {
  return [
    titleParagraph(`重点任务催办单（${unit}）`, { orientation: 'landscape' }),
    body(
      `${unit}：截至${chineseDate(ledger.asOf)}，你单位牵头的以下${items.length}项措施${ledger.period ? `在${ledger.period.name}调度中` : ''}滞后、逾期或未报送进展，请抓紧推进，并于5个工作日内报送进展情况和整改措施。`,
    ),
    gridTable({
      headers: ['序号', '条款', '具体措施', '完成时限', '完成状态', '逾期工作日'],
      weights: [5, 9, 52, 12, 11, 11],
      rows: items.map((m, i) => [String(i + 1), m.number, m.text, m.deadline, statusText(m), m.overdueWorkdays > 0 ? String(m.overdueWorkdays) : '—']),
      centered: [0, 4, 5],
      orientation: 'landscape',
    }),
  ];
}

async function reminders(ledger: Ledger, author: string, split: boolean): Promise<NamedBytes[]> {
  const items = reminderItems(ledger);
  if (items.size === 0) throw new QicaoError('bad-input', '没有滞后、逾期或未报送的措施，不需要催办。');
  const prefix = ledger.period ? safeFileName(ledger.period.name) : '';
  if (!split) {
    const sections = [...items].map(([unit, list]) => buildSection({ orientation: 'landscape', children: reminderChildren(ledger, unit, list) }));
    return [{ name: `${prefix}催办单.docx`, bytes: await packDocument({ title: '重点任务催办单', author, sections }) }];
  }
  const out: NamedBytes[] = [];
  for (const [unit, list] of items) {
    out.push({
      name: `${prefix}催办单-${safeFileName(unit)}.docx`,
      bytes: await packDocument({ title: '重点任务催办单', author, sections: [buildSection({ orientation: 'landscape', children: reminderChildren(ledger, unit, list) })] }),
    });
  }
  return out;
}

async function annual(ledger: Ledger, author: string): Promise<NamedBytes> {
  const year = ledger.year ?? Number(ledger.asOf.slice(0, 4));
  const title = `${year}年度行动计划完成情况报告`;
  const unfinished = ledger.measures.filter((m) => m.status !== 'done');
  const children: FileChild[] = [
    titleParagraph(title, { orientation: 'landscape' }),
    body(`《${ledger.planTitle}》印发以来，各牵头单位按照任务分工推进落实。${ledger.period ? `根据${ledger.period.name}调度情况，` : ''}${ledger.sentence}。`),
    heading(1, '指标完成情况'),
    gridTable({
      headers: ['序号', '指标', '目标', '实际', '完成情况'],
      weights: [6, 30, 20, 20, 24],
      rows: ledger.indicators.map((t, i) => [
        String(i + 1),
        t.name,
        `${COMPARATOR_WORD[t.comparator] ?? ''}${formatQuantity(t.target, t.unit)}`,
        t.yearToDate === null ? '—' : formatQuantity(t.yearToDate, t.aggregate === 'goodDaysRatio' ? '%' : t.unit),
        t.onTrack === null ? '无数据' : t.onTrack ? '达到目标' : '未达到目标',
      ]),
      centered: [0, 4],
      orientation: 'landscape',
    }),
    heading(2, '各部分任务完成情况'),
    ...ledger.byPart.map((p) => body(`${p.partTitle}：${summarySentence(p)}。`)),
    heading(3, '未完成的措施'),
  ];
  if (unfinished.length === 0) children.push(body('全部措施已完成。'));
  else {
    children.push(body(`尚未完成的措施${unfinished.length}项，建议纳入下一年度计划继续推进：`));
    children.push(
      gridTable({
        headers: ['序号', '条款', '具体措施', '牵头单位', '完成时限', '完成状态'],
        weights: [5, 9, 46, 16, 12, 12],
        rows: unfinished.map((m, i) => [String(i + 1), m.number, m.text, m.leadUnits.join('、'), m.deadline, statusText(m)]),
        centered: [0, 5],
        orientation: 'landscape',
      }),
    );
  }
  const bytes = await packDocument({ title, author, sections: [buildSection({ orientation: 'landscape', children })] });
  return { name: `${year}年度完成情况报告.docx`, bytes };
}

export async function yearDocument(db: Db, what: YearDocumentKind, options: { periodId?: number; asOf?: string; split: boolean }): Promise<NamedBytes[]> {
  const ledger = readLedger(db, { periodId: options.periodId, asOf: options.asOf });
  const author = readDocumentSettings(db).draftingUnit;
  if (what === 'bulletin') return [await bulletin(db, ledger, author)];
  if (what === 'reminders') return reminders(ledger, author, options.split);
  return [await annual(ledger, author)];
}
