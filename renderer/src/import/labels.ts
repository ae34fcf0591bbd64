// The words the import preview shows for levels, roles and column meanings.
import type { ColumnMeaning, Level, LevelRole, RowRole } from '../../../core/api/contract.ts';
import { levelWords } from '../../../core/model/level-words.ts';

/** The default level names (model/level-words.ts): a new plan is made with them. */
const NAMES = levelWords().names;

export const LEVEL_TEXT: Record<Level, string> = { L1: '“一、”级', L2: '“（一）”级', L3: '“1.”级', L4: '“（1）”级' };

export const ROLE_OPTIONS: [LevelRole, string][] = [
  ['part', NAMES.part],
  ['aspect', NAMES.aspect],
  ['keyTask', NAMES.keyTask],
  ['measure', NAMES.measure],
  ['text', '正文（不作为条目）'],
];

export const MEANING_OPTIONS: [ColumnMeaning, string][] = [
  ['index', '序号'],
  ['part', NAMES.part],
  ['aspect', NAMES.aspect],
  ['keyTask', NAMES.keyTask],
  ['measure', NAMES.measure],
  ['leadUnits', '牵头单位'],
  ['supportUnits', '配合单位'],
  ['deadline', '完成时限'],
  ['indicators', '量化指标'],
  ['other', '不导入'],
];

export const ROW_TEXT: Record<RowRole, string> = {
  title: '标题',
  preamble: '前言',
  part: NAMES.part,
  section: '正文章节',
  aspect: NAMES.aspect,
  keyTask: NAMES.keyTask,
  measure: NAMES.measure,
  goals: '主要目标',
  content: '正文',
  units: '责任单位',
  header: '表头',
  skipped: '略去',
  leftover: '未归入',
};

export const KIND_TEXT = {
  plan: '按层次书写的行动计划',
  table: '任务分工表',
  explanation: '起草说明',
  unknown: '未识别结构的文档',
} as const;
