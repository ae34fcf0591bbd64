// A CLI command: its usage line, its options (node:util parseArgs), and what it does.
// Each command lives in commands/<name>.ts and is listed in commands/index.ts.
import { QicaoError } from '../errors.ts';

export type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; default?: string | boolean };

export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Exit code, or 'running' for commands that keep serving until stopped. */
  run(ctx: CommandContext): Promise<number | 'running'> | number | 'running';
}

export function usageError(message: string): never {
  throw new QicaoError('bad-input', message);
}

export function onePositional(ctx: CommandContext, what: string): string {
  if (ctx.positionals.length !== 1) usageError(`请给出一个${what}。`);
  return ctx.positionals[0];
}

export function stringOption(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}
