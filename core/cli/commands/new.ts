import path from 'node:path';
import { createPlanFile } from '../../store/open.ts';
import { createSamplePlan } from '../../../seeds/sample.ts';
import { onePositional, type Command } from '../command.ts';

export const newCommand: Command = {
  name: 'new',
  usage: 'qicao new FILE.qicao [--sample]',
  options: { sample: { type: 'boolean', default: false } },
  run(ctx) {
    const file = onePositional(ctx, '要新建的计划文件');
    const db = ctx.values.sample ? createSamplePlan(file) : createPlanFile(file);
    db.close();
    console.log(path.resolve(file));
    return 0;
  },
};
