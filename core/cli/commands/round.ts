import type { DashboardView } from '../../api/contract.ts';
import { chineseDate, type RoundView } from '../../model/consultation.ts';
import { dateOption, onePositional, stringOption, unitsOption, usageError, type Command } from '../command.ts';
import { withPlan, type Call } from '../host.ts';

/** Every round with its per-unit dashboard, as the window's 征求意见 desk shows them. */
async function dashboards(call: Call): Promise<{ round: RoundView; dashboard: DashboardView }[]> {
  const out: { round: RoundView; dashboard: DashboardView }[] = [];
  for (const round of await call('consult.rounds', {})) {
    const dashboard = await call('consult.dashboard', { roundId: round.id });
    if (dashboard) out.push({ round, dashboard });
  }
  return out;
}

function printRounds(rounds: { round: RoundView; dashboard: DashboardView }[]): void {
  if (rounds.length === 0) console.log('计划中还没有征求意见轮次。发出一轮：qicao round 计划.qicao --name 第一轮 --units 区水务局,区交通局 --out 文件夹');
  for (const { round: r, dashboard: d } of rounds) {
    console.log(`[${r.id}] ${r.name}（发出 ${chineseDate(r.sentDate) || '—'}，截止 ${chineseDate(r.dueDate) || '—'}）`);
    for (const u of d.units) {
      const state = u.comments > 0 ? `${u.comments} 条意见` : u.noObjection ? '无意见' : u.overdue ? '逾期未反馈' : '未反馈';
      console.log(`  ${u.name}：${state}`);
    }
    console.log(`  ${d.summary.sentence}`);
  }
}

export const roundCommand: Command = {
  name: 'round',
  usage: 'qicao round FILE.qicao [--name 轮次名称 --units 单位1,单位2 --out 文件夹 [--sent 2024-02-20] [--due 2024-03-01]] [--json]',
  options: {
    name: { type: 'string' },
    sent: { type: 'string' },
    due: { type: 'string' },
    units: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const name = stringOption(ctx, 'name')?.trim();
    if (name === undefined) {
      // without --name: the rounds so far, unit by unit
      const rounds = await withPlan(file, dashboards);
      if (ctx.values.json)
        console.log(
          JSON.stringify(
            rounds.map((r) => r.dashboard),
            null,
            2,
          ),
        );
      else printRounds(rounds);
      return 0;
    }
    if (name === '') usageError('请用 --name 给出轮次名称，如 --name 第一轮征求意见。');
    const units = unitsOption(ctx);
    if (units.length === 0) usageError('请用 --units 给出征求意见的单位，多个单位用逗号分隔，如 --units 区水务局,区交通局。');
    const outDir = stringOption(ctx, 'out')?.trim();
    if (!outDir) usageError('请用 --out 给出存放征求意见稿和意见反馈表的文件夹。');
    const sentDate = dateOption(ctx, 'sent');
    const dueDate = dateOption(ctx, 'due');
    const sent = await withPlan(file, (call) => call('consult.sendRound', { name, sentDate, dueDate, units, outDir }));
    if (ctx.values.json) console.log(JSON.stringify(sent, null, 2));
    else {
      console.log(`已发出“${sent.round.name}”，征求意见稿已保存为稿件“${sent.round.snapshotName}”。`);
      for (const f of sent.files) console.log(f);
    }
    return 0;
  },
};
