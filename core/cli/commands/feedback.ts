import fs from 'node:fs';
import path from 'node:path';
import { FEEDBACK_FILE_MAX_BYTES, KIND_LABEL } from '../../model/consultation.ts';
import { QicaoError } from '../../errors.ts';
import { stringOption, usageError, type Command } from '../command.ts';
import { roundIdByName, withPlan } from '../host.ts';

function readInput(file: string): Buffer {
  try {
    // judged by its size before a byte is read: a 200 MB file is refused, not loaded
    const size = fs.statSync(file).size;
    if (size > FEEDBACK_FILE_MAX_BYTES) {
      throw new QicaoError(
        'bad-input',
        `“${path.basename(file)}”有 ${Math.round(size / 1024 / 1024)} MB，超过反馈文件上限（${FEEDBACK_FILE_MAX_BYTES / 1024 / 1024} MB），未导入。请确认选对了文件。`,
      );
    }
    return fs.readFileSync(file);
  } catch (e) {
    if (e instanceof QicaoError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new QicaoError('not-found', `找不到反馈文件“${file}”，请检查路径。`);
    if (code === 'EISDIR') throw new QicaoError('bad-input', `“${file}”是文件夹，请给出单位返回的 .docx 或 .xlsx 文件。`);
    throw new QicaoError('io', `无法读取“${file}”（${code ?? '未知错误'}），请检查文件权限。`);
  }
}

export const feedbackCommand: Command = {
  name: 'feedback',
  usage: 'qicao feedback FILE.qicao --unit 单位名称 IN.docx|IN.xlsx [--round 轮次名称] [--json]',
  options: { unit: { type: 'string' }, round: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(ctx) {
    if (ctx.positionals.length !== 2) usageError('请依次给出计划文件和单位返回的文件，如：qicao feedback 计划.qicao --unit 区水务局 反馈.docx');
    const [planFile, input] = ctx.positionals;
    const unit = stringOption(ctx, 'unit')?.trim();
    if (!unit) usageError('请用 --unit 给出反馈单位的名称（单位登记表中的名称）。');
    const bytes = readInput(input);
    // the window's channel: read and anchored in the worker thread under its time and memory
    // limits, a backup of the plan from just before, then one transaction
    const result = await withPlan(planFile, async (call) =>
      call('consult.importFeedback', {
        roundId: await roundIdByName(call, stringOption(ctx, 'round')),
        unit,
        fileName: path.basename(input),
        base64: bytes.toString('base64'),
      }),
    );
    if (ctx.values.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    if (result.duplicate) console.log(`该文件已导入过（${result.round}），未重复添加。`);
    if (result.noObjection) console.log(`${result.unit}：无意见（已记入“${result.round}”）。`);
    else console.log(`${result.unit}：${result.items.length} 条意见（${result.round}）。`);
    for (const item of result.items) {
      const where = item.target ? item.target.path.at(-1)?.slice(0, 24) : '未关联节点，请在界面中手工关联';
      console.log(`[${item.id}] ${KIND_LABEL[item.kind]}${item.author ? `（${item.author}）` : ''}：${item.summary} → ${where}`);
    }
    return 0;
  },
};
