// The open plan's level scheme as the window knows it: read with the counts (first paint), the
// default scheme until then.
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from '../../../core/model/levels.ts';
import type { ShellContext } from '../shell/context.ts';

export function planLevels(ctx: Pick<ShellContext, 'counts'>): LevelScheme {
  return ctx.counts?.levels ?? DEFAULT_LEVEL_SCHEME;
}
