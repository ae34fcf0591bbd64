// House style of the count sentences (DOMAIN.md): aspects in Chinese numerals,
// key tasks and measures in Arabic numerals. The words are the plan's own level names, and a
// plan without the 方面 level says nothing of aspects.
import { chineseNumber } from './numbering.ts';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from './levels.ts';
import type { Tally } from './plan.ts';

export { chineseNumber };

/** Before a measure word a lone 2 is read 两: "两个方面", never "二个方面". */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumber(n);
}

/** "本部分内容包括六个方面，27项重点任务，66项具体措施。" (three levels: "本部分内容包括27项重点任务，66项具体措施。") */
export function partSentence(t: Tally, levels: LevelScheme = DEFAULT_LEVEL_SCHEME): string {
  const { names } = levels;
  const aspects = levels.aspects ? `${chineseCount(t.aspects)}个${names.aspect}，` : '';
  return `本部分内容包括${aspects}${t.keyTasks}项${names.keyTask}，${t.measures}项${names.measure}。`;
}

/** "共计92项重点任务、205项具体措施。" */
export function totalSentence(t: Tally, levels: LevelScheme = DEFAULT_LEVEL_SCHEME): string {
  return `共计${t.keyTasks}项${levels.names.keyTask}、${t.measures}项${levels.names.measure}。`;
}

/**
 * The one totals line (qicao counts, qicao import, the import dialog):
 * "合计：5个部分，24个方面，共计92项重点任务、205项具体措施。". `parts` adds how many parts; 方面 are
 * named when the plan's scheme has them, or — for a document read without a scheme — when there are any.
 */
export function totalsLine(t: Tally & { sentence: string }, opts: { levels?: LevelScheme; parts?: number } = {}): string {
  const levels = opts.levels ?? DEFAULT_LEVEL_SCHEME;
  const parts = opts.parts === undefined ? '' : `${opts.parts}个${levels.names.part}，`;
  const hasAspects = opts.levels ? levels.aspects : t.aspects > 0;
  return `合计：${parts}${hasAspects ? `${t.aspects}个${levels.names.aspect}，` : ''}${t.sentence}`;
}
