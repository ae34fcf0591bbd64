// Options the plan's-year commands share: a period named or the latest, statuses in words
// (dates and units are every command's: command.ts).
import type { Call } from '../host.ts';
import { stringOption, usageError, type CommandContext } from '../command.ts';
import { PROGRESS_STATUSES, STATUS_LABEL } from '../../api/channels/year.ts';

/** `--period 2024年第一季度` → the period's id (undefined: the ledger's default). */
export async function periodIdOption(ctx: CommandContext, call: Call): Promise<number | undefined> {
  const name = stringOption(ctx, 'period')?.trim();
  if (!name) return undefined;
  const { periods } = await call('year.state', {});
  const found = periods.find((p) => p.name === name);
  if (!found) usageError(`没有名为“${name}”的调度期。${periods.length ? `已有：${periods.map((p) => `“${p.name}”`).join('、')}。` : '请先用 qicao progress 生成调度表。'}`);
  return found.id;
}

const STATUS_WORDS: Record<string, (typeof PROGRESS_STATUSES)[number] | 'notReported' | 'overdue'> = {
  ...Object.fromEntries(PROGRESS_STATUSES.map((s) => [STATUS_LABEL[s], s])),
  ...Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, s])),
  未报送: 'notReported',
  notReported: 'notReported',
  逾期: 'overdue',
  overdue: 'overdue',
};

export function statusOption(ctx: CommandContext): (typeof STATUS_WORDS)[string] | undefined {
  const v = stringOption(ctx, 'status')?.trim();
  if (v === undefined) return undefined;
  const s = STATUS_WORDS[v];
  if (!s) usageError(`--status 须为 已完成、按计划推进、滞后、未启动、未报送 或 逾期，收到“${v}”。`);
  return s;
}
