// A plan's level scheme: which levels exist and what the drafter calls each. Real plans are
// 部分 → 方面 → 重点任务 → 具体措施 (the sample) or 部分 → 重点任务 → 具体措施 (一、→（一）→1.,
// no 方面 level). Part, key task and measure always exist: they are what the counts count.
// Pure zod: the renderer imports it.
import { z } from 'zod';

export const LevelNames = z.object({
  part: z.string().min(1).max(8).default('部分'),
  aspect: z.string().min(1).max(8).default('方面'),
  keyTask: z.string().min(1).max(8).default('重点任务'),
  measure: z.string().min(1).max(8).default('具体措施'),
});
export type LevelNames = z.infer<typeof LevelNames>;

export const LevelScheme = z.object({
  /** false: key tasks hang directly under their part (a three-level plan) */
  aspects: z.boolean().default(true),
  names: LevelNames.default(() => LevelNames.parse({})),
});
export type LevelScheme = z.infer<typeof LevelScheme>;

export const DEFAULT_LEVEL_SCHEME: LevelScheme = LevelScheme.parse({});
