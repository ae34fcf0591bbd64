import { usageError, type Command } from '../command.ts';
import { withPlan } from '../host.ts';

export const nextYearCommand: Command = {
  name: 'next-year',
  usage: 'qicao next-year FILE.qicao NEW.qicao [--year 2025] [--json]',
  options: { year: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(ctx) {
    const [file, target] = ctx.positionals;
    if (!file || !target || ctx.positionals.length !== 2) usageError('请给出本年度计划文件和新计划文件，如 qicao next-year 2024年计划.qicao 2025年计划.qicao。');
    const yearText = ctx.values.year;
    const year = typeof yearText === 'string' ? Number(yearText) : undefined;
    if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) usageError(`--year 须为年份，如 2025，收到“${String(yearText)}”。`);
    const result = await withPlan(file, (call) => call('year.nextYear', { path: target, year }));
    if (ctx.values.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`已新建${result.year}年度计划：${result.path}`);
      console.log(`沿用上年度结构，${result.measures}项具体措施中${result.carriedOver}项未完成，已标记为延续推进。`);
      console.log(`起草说明背景段：${result.background}`);
    }
    return 0;
  },
};
