// The words the import preview shows for levels, roles and column meanings.
import type { ColumnMeaning, Level, LevelRole, RowRole } from '../../../core/api/contract.ts';

export const LEVEL_TEXT: Record<Level, string> = { L1: '“一、”级', L2: '“（一）”级', L3: '“1.”级', L4: '“（1）”级' };

export const ROLE_OPTIONS: [LevelRole, string][] = [
  ['part', '部分'],
  ['aspect', '方面'],
  ['keyTask', '重点任务'],
  ['measure', '具体措施'],
  ['text', '正文（不作为条目）'],
];

export const MEANING_OPTIONS: [ColumnMeaning, string][] = [
  ['index', '序号'],
  ['part', '部分'],
  ['aspect', '方面'],
  ['keyTask', '重点任务'],
  ['measure', '具体措施'],
  ['leadUnits', '牵头单位'],
  ['supportUnits', '配合单位'],
  ['deadline', '完成时限'],
  ['indicators', '量化指标'],
  ['other', '不导入'],
];

export const ROW_TEXT: Record<RowRole, string> = {
  title: '标题',
  part: '部分',
  section: '正文章节',
  aspect: '方面',
  keyTask: '重点任务',
  measure: '具体措施',
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
