import fs from 'node:fs';
import path from 'node:path';
import { QicaoError } from '../../errors.ts';
import { stringOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const progressIntakeCommand: Command = {
  name: 'progress-intake',
  usage: 'qicao progress-intake FILE.qicao IN.xlsx|IN.docx… [--period 2024年第一季度] [--unit 单位] [--json]',
  options: { period: { type: 'string' }, unit: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(ctx) {
    const [file, ...inputs] = ctx.positionals;
    if (!file || inputs.length === 0) usageError('请给出计划文件和至少一个收回的调度表，如 qicao progress-intake 计划.qicao 区水务局.xlsx 区交通局.docx。');
    const files = inputs.map((p) => {
      try {
        return { fileName: path.basename(p), base64: fs.readFileSync(p).toString('base64') };
      } catch {
        throw new QicaoError('not-found', `找不到文件“${p}”，请检查路径。`);
      }
    });
    const result = await withPlan(file, (call) => call('year.intake', { files, period: stringOption(ctx, 'period')?.trim(), unit: stringOption(ctx, 'unit')?.trim() }));
    if (ctx.values.json) console.log(JSON.stringify(result, null, 2));
    else {
      for (const f of result.files) {
        if (f.error) continue;
        const what = f.duplicate
          ? '已导入过，未重复导入'
          : f.noChange
            ? '无变化（沿用上期状态）'
            : `${f.rows.length} 行${f.indicators.length ? `、指标值 ${f.indicators.length} 个` : ''}`;
        console.log(
          `${f.fileName}：${f.unit}，${f.period}，${what}${f.replaced ? '，替换了该单位本期此前的报送' : ''}${f.toConfirm ? `；${f.toConfirm} 行按文字对应，请在台账中确认` : ''}`,
        );
      }
    }
    const refused = result.files.filter((f) => f.error);
    for (const f of refused) console.error(`${f.fileName}：${f.error}`);
    return refused.length > 0 ? 2 : 0;
  },
};
