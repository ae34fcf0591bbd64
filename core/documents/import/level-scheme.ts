// Which numbering levels a plan uses and what each one is. Four levels 一、→（一）→1.→（1） are
// 部分/方面/重点任务/具体措施 (the sample). Very many published plans stop at 1.: then the 1. items
// are the 具体措施 when they read as measures — they carry a responsibility phrase, or a 责任单位
// line follows them, or they are sentences rather than names — and （一） is the 重点任务.
import type { Level, LevelMapping, LevelRole } from './reading.ts';
import { LEVELS } from './reading.ts';

export interface LevelItem {
  level: Level;
  /** text after the number, phrase included */
  rest: string;
  /** it carries a responsibility phrase, or a phrase line follows it */
  phrase: boolean;
}

export interface LevelEvidence {
  items: LevelItem[];
  /** unnumbered body paragraphs that carry a phrase (measures written without a number) */
  unnumberedWithPhrase: number;
  /** unnumbered body paragraphs after an item of each level */
  unnumberedUnder?: Partial<Record<Level, number>>;
}

export interface DetectedLevels {
  mapping: LevelMapping;
  /** Why, in one sentence for the preview and the notes. */
  reason: string;
}

/** Reads as a measure: a sentence ("。" inside or a long text), not a short name. */
const sentenceLike = (rest: string) => rest.length > 36 || rest.slice(0, -1).includes('。');

export function detectLevels(e: LevelEvidence): DetectedLevels {
  const present = LEVELS.filter((l) => e.items.some((i) => i.level === l));
  const mapping: LevelMapping = { L1: 'text', L2: 'text', L3: 'text', L4: 'text' };
  if (present.length === 0) return { mapping: { L1: 'part', L2: 'aspect', L3: 'keyTask', L4: 'measure' }, reason: '文档中没有“一、（一）1.（1）”编号。' };
  const deepest = present[present.length - 1];
  const at = e.items.filter((i) => i.level === deepest);
  const withPhrase = at.filter((i) => i.phrase).length;
  const sentences = deepest === 'L4' ? 0 : at.filter((i) => sentenceLike(i.rest)).length;
  let reason: string;
  let upper: Level[];
  if (present.length === 1 && (deepest === 'L1' || deepest === 'L2')) {
    mapping[deepest] = 'part';
    return { mapping, reason: `只有“${label(deepest)}”一级编号，读作部分。` };
  }
  if (deepest === 'L4' || present.length === 1) {
    mapping[deepest] = 'measure';
    upper = present.slice(0, -1);
    reason = `最末一级“${label(deepest)}”为具体措施`;
  } else if (withPhrase > 0 && withPhrase >= e.unnumberedWithPhrase) {
    mapping[deepest] = 'measure';
    upper = present.slice(0, -1);
    reason = `“${label(deepest)}”各项带有牵头、配合等责任单位（${withPhrase}/${at.length}项），读作具体措施`;
  } else if (withPhrase === 0 && e.unnumberedWithPhrase === 0 && sentences * 2 > at.length && (e.unnumberedUnder?.[deepest] ?? 0) * 2 < at.length) {
    mapping[deepest] = 'measure';
    upper = present.slice(0, -1);
    reason = `“${label(deepest)}”各项是成段的措施文字而不是任务名称，读作具体措施`;
  } else {
    upper = present;
    reason = e.unnumberedWithPhrase > 0 ? '不带编号、带有责任单位的段落读作具体措施' : `“${label(deepest)}”各项是任务名称，其下不带编号的段落读作具体措施`;
  }
  const roles: LevelRole[] = upper.length >= 3 ? ['part', 'aspect', 'keyTask'] : upper.length === 2 ? ['part', 'keyTask'] : ['part'];
  upper.slice(0, 3).forEach((l, k) => (mapping[l] = roles[k]));
  const scheme = Object.values(mapping).includes('aspect') ? '四级（部分、方面、重点任务、具体措施）' : '三级（部分、重点任务、具体措施）';
  return { mapping, reason: `按${scheme}读取：${reason}。` };
}

const label = (l: Level) => ({ L1: '一、', L2: '（一）', L3: '1.', L4: '（1）' })[l];
