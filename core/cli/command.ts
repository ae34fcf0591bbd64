// A CLI command: its usage line, its options (node:util parseArgs), and what it does.
// Each command lives in commands/<name>.ts and is listed in commands/index.ts.
import { QicaoError } from '../errors.ts';
import { IsoDate } from '../model/consultation.ts';
import { splitUnitNames } from '../model/unit-names.ts';

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

/** `--due 2024-04-10`: a date that exists, written the one way every command takes it. */
export function dateOption(ctx: CommandContext, name: string): string | undefined {
  const v = stringOption(ctx, name)?.trim();
  if (v === undefined) return undefined;
  if (!IsoDate.safeParse(v).success) usageError(`--${name} 的日期须写成 2024-02-20 的形式（须是存在的日期），收到“${v}”。`);
  return v;
}

/** `--units 区水务局,各镇乡人民政府、街道办事处` through the app's one unit splitter: a collective stays one unit. */
export const unitsOption = (ctx: CommandContext, name = 'units'): string[] => splitUnitNames(stringOption(ctx, name) ?? '');
