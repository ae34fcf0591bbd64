import { dateOption, onePositional, stringOption, unitsOption, usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const progressCommand: Command = {
  name: 'progress',
  usage: 'qicao progress FILE.qicao --period 2024年第一季度 --out 文件夹 [--units 单位1,单位2] [--due 2024-04-10] [--start 2024-01-01 --end 2024-03-31] [--json]',
  options: {
    period: { type: 'string' },
    out: { type: 'string' },
    units: { type: 'string' },
    due: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(ctx) {
    const file = onePositional(ctx, '计划文件');
    const period = stringOption(ctx, 'period')?.trim();
    if (!period) usageError('请用 --period 给出调度期名称，如 --period 2024年第一季度。');
    const outDir = stringOption(ctx, 'out')?.trim();
    if (!outDir) usageError('请用 --out 给出存放调度表的文件夹。');
    const units = unitsOption(ctx);
    const written = await withPlan(file, (call) =>
      call('year.writeForms', {
        period,
        outDir,
        units: units.length ? units : undefined,
        dueDate: dateOption(ctx, 'due'),
        startDate: dateOption(ctx, 'start'),
        endDate: dateOption(ctx, 'end'),
      }),
    );
    if (ctx.values.json) console.log(JSON.stringify(written, null, 2));
    else {
      console.log(`已生成“${written.period.name}”（${written.period.startDate} 至 ${written.period.endDate}）的调度表，共 ${written.files.length / 2} 个牵头单位：`);
      for (const f of written.files) console.log(f);
    }
    return 0;
  },
};
