// `qicao` from a terminal: the same contract as the UI (each command is dispatch + formatting,
// cli/host.ts). Exit 0 on success; exit 2 with one Chinese line on stderr for bad input — never a
// stack trace, never a half-written file. The entry point is a host's (http-host/qicao-cli.ts),
// which adds the commands that start a host (`serve`): core never starts one itself.
import { parseArgs } from 'node:util';
import { COMMAND_LOADERS } from './cli/commands/index.ts';
import { usageError, type Command } from './cli/command.ts';
import { isQicaoError } from './errors.ts';

export type CommandLoaders = Record<string, () => Promise<Command>>;

async function run(argv: string[], loaders: CommandLoaders): Promise<number | 'running'> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    const all = await Promise.all(Object.values(loaders).map((load) => load()));
    console.log(`用法：\n${all.map((c) => `  ${c.usage}`).join('\n')}`);
    return 0;
  }
  const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
  if (!load) usageError(`未知命令“${name}”，可用命令：${Object.keys(loaders).join('、')}。`);
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

/** Runs one command line: core's commands, and the host's own (`serve`), listed after `add`. */
export function runCli(argv: string[], hostCommands: CommandLoaders = {}): void {
  // the usage list keeps its order: new, outline, counts, add, then the host's, then the rest
  const ordered: CommandLoaders = {};
  for (const [k, v] of Object.entries(COMMAND_LOADERS)) {
    ordered[k] = v;
    if (k === 'add') Object.assign(ordered, hostCommands);
  }

  // `qicao outline … | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });

  run(argv, ordered).then(
    (code) => {
      if (code !== 'running') process.exitCode = code;
    },
    (e) => {
      const { message, code } = explain(e);
      process.stderr.write(message.split('\n')[0] + '\n');
      process.exitCode = code;
    },
  );
}
