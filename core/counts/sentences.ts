// House style of the count sentences (DOMAIN.md): aspects in Chinese numerals,
// key tasks and measures in Arabic numerals.
import { chineseNumber } from '../model/numbering.ts';
import type { Tally } from '../model/plan.ts';

export { chineseNumber };

/** Before a measure word a lone 2 is read 两: "两个方面", never "二个方面". */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumber(n);
}

/** "本部分内容包括六个方面，27项重点任务，66项具体措施。" */
export function partSentence(t: Tally): string {
  return `本部分内容包括${chineseCount(t.aspects)}个方面，${t.keyTasks}项重点任务，${t.measures}项具体措施。`;
}

/** "共计92项重点任务、205项具体措施。" */
export function totalSentence(t: Tally): string {
  return `共计${t.keyTasks}项重点任务、${t.measures}项具体措施。`;
}
