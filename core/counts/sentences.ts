// House style of the count sentences (DOMAIN.md): aspects in Chinese numerals,
// key tasks and measures in Arabic numerals. The words are the plan's own level names, and a
// plan without the 方面 level says nothing of aspects.
import { chineseNumber } from '../model/numbering.ts';
import { DEFAULT_LEVEL_SCHEME, type LevelScheme } from '../model/levels.ts';
import type { Tally } from '../model/plan.ts';

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

/** What the CLI prints before the total sentence: "24个方面，" (nothing in a three-level plan). */
export function totalAspectsLead(t: Tally, levels: LevelScheme = DEFAULT_LEVEL_SCHEME): string {
  return levels.aspects ? `${t.aspects}个${levels.names.aspect}，` : '';
}
