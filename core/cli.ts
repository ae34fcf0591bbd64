// `qicao` from a terminal: the same core as the UI. Exit 0 on success; exit 2 with one Chinese
// line on stderr for bad input — never a stack trace, never a half-written file.
import { parseArgs } from 'node:util';
import { COMMAND_LOADERS, loadAllCommands } from './cli/commands/index.ts';
import { usageError } from './cli/command.ts';
import { isQicaoError } from './errors.ts';

async function run(argv: string[]): Promise<number | 'running'> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    console.log(`用法：\n${(await loadAllCommands()).map((c) => `  ${c.usage}`).join('\n')}`);
    return 0;
  }
  const load = Object.hasOwn(COMMAND_LOADERS, name) ? COMMAND_LOADERS[name] : undefined;
  if (!load) usageError(`未知命令“${name}”，可用命令：${Object.keys(COMMAND_LOADERS).join('、')}。`);
  const command = await load();
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: command.options });
  return command.run({ values, positionals });
}

function explain(e: unknown): { message: string; code: number } {
  if (isQicaoError(e)) return { message: e.message, code: e.exitCode ?? 2 };
  const code = (e as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return { message: `参数有误：${(e as Error).message}`, code: 2 };
  return { message: `内部错误：${(e as Error).message ?? String(e)}。操作未完成，文件未被修改。`, code: 2 };
}

// `qicao outline … | head` closes the pipe early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2)).then(
  (code) => {
    if (code !== 'running') process.exitCode = code;
  },
  (e) => {
    const { message, code } = explain(e);
    process.stderr.write(message.split('\n')[0] + '\n');
    process.exitCode = code;
  },
);
