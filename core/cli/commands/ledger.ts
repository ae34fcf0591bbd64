import { STATUS_LABEL } from '../../api/channels/year.ts';
import { dateOption, onePositional, stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';
import { periodIdOption, statusOption } from './year-options.ts';

const DOCUMENTS = { 通报: 'bulletin', bulletin: 'bulletin', 催办: 'reminders', reminders: 'reminders', 年度: 'annual', annual: 'annual' } as const;

export const ledgerCommand: Command = {
  name: 'ledger',
  usage:
    'qicao ledger FILE.qicao [--period 名称] [--unit 单位] [--part 部分名称] [--status 滞后|逾期|未报送|…] [--as-of 2024-10-12] [--document 通报|催办|年度 --out 文件夹] [--json]',
  options: {
    period: { type: 'string' },
    unit: { type: 'string' },
    part: { type: 'string' },
    status: { type: 'string' },
    'as-of': { type: 'string' },
    document: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const docName = stringOption(ctx, 'document')?.trim();
    const what = docName === undefined ? undefined : DOCUMENTS[docName as keyof typeof DOCUMENTS];
    if (docName !== undefined && !what) usageError(`--document 须为 通报、催办 或 年度，收到“${docName}”。`);
    const outDir = stringOption(ctx, 'out')?.trim();
    if (what && !outDir) usageError('请用 --out 给出保存文档的文件夹。');
    const asOf = dateOption(ctx, 'as-of');
    const { ledger, paths } = await withPlan(file, async (call) => {
      const periodId = await periodIdOption(ctx, call);
      const partName = stringOption(ctx, 'part')?.trim();
      let partId: number | undefined;
      if (partName) {
        const plan = await call('plan.read', {});
        partId = plan.parts.find((p) => p.title === partName)?.id;
        if (partId === undefined) usageError(`计划中没有名为“${partName}”的部分。已有：${plan.parts.map((p) => p.title).join('、')}。`);
      }
      const ledger = await call('year.ledger', { periodId, unit: stringOption(ctx, 'unit')?.trim(), partId, status: statusOption(ctx), asOf });
      const paths = what ? (await call('year.saveDocument', { what, periodId, asOf, outDir: outDir! })).paths : [];
      return { ledger, paths };
    });
    if (ctx.values.json) {
      console.log(JSON.stringify(what ? { ...ledger, documents: paths } : ledger, null, 2));
      return 0;
    }
    console.log(`${ledger.period ? ledger.period.name : '（尚无调度期）'}，截至 ${ledger.asOf}：${ledger.sentence}。`);
    for (const p of ledger.byPart)
      console.log(`  ${p.partTitle}：已完成${p.done}，按计划推进${p.onTrack}，滞后${p.behind}，未启动${p.notStarted}，未报送${p.notReported}，逾期${p.overdue}`);
    if (ledger.unitsNotReported.length) console.log(`未报送单位（${ledger.unitsNotReported.length}个）：${ledger.unitsNotReported.join('、')}`);
    if (ledger.toConfirm.length) console.log(`待确认的填报行 ${ledger.toConfirm.length} 行（按文字对应，请在窗口的台账中确认）。`);
    console.log(`措施（${ledger.measures.length}项）：`);
    for (const m of ledger.measures) {
      const status = m.status ? STATUS_LABEL[m.status] : '未报送';
      console.log(`  ${m.number} [${status}${m.overdue ? `，逾期${m.overdueWorkdays}个工作日` : ''}] ${m.text}（${m.leadUnits.join('、')}；${m.deadline || '—'}）`);
    }
    for (const t of ledger.indicators.filter((i) => i.outlook)) console.log(`指标 ${t.name}：${t.outlook}`);
    for (const p of paths) console.log(p);
    return 0;
  },
};
