// Chinese names of the review rules and of where a finding sits, for the 审校 panel.
import type { RuleId } from '../../../core/model/findings.ts';
import type { ReviewFinding } from '../../../core/api/contract.ts';

export const RULE_LABEL: Record<RuleId, string> = {
  'word-artifact': 'Word 残留',
  typo: '错别字',
  'numbering-sequence': '序号不连续',
  'numbering-format': '序号格式',
  'repeated-punctuation': '标点重复',
  'halfwidth-punctuation': '半角标点',
  'stray-space': '多余空格',
  'parallel-separator': '并列项标点',
  'abbreviation-inconsistent': '简称不统一',
  'count-mismatch': '数量不符',
  'number-mismatch': '数字不一致',
  'target-below-baseline': '目标低于上年',
  'unbalanced-bracket': '括号引号不成对',
  'date-format': '日期格式',
  'plan-incomplete': '计划不完整',
  'explanation-incomplete': '起草说明待补写',
  'consultation-open': '征求意见未办结',
  'stale-year': '年份未更新',
};

const FIELD_LABEL = { title: '标题', goals: '主要目标', content: '主要内容', explanation: '起草说明', deadline: '完成时限' } as const;

export function whereLabel(f: ReviewFinding): string {
  if (f.field === 'explanation' || (f.nodeId === null && f.block !== undefined)) return '起草说明';
  if (f.nodeId === null) return f.field === 'title' ? '计划标题' : '起草说明';
  return f.field ? `计划正文 · ${FIELD_LABEL[f.field]}` : '计划正文';
}

/** Whether 修正 can apply the suggestion: it must sit inside one editable field. */
export function canFix(f: ReviewFinding): boolean {
  return f.suggestion !== undefined && f.field !== null && f.fieldOffset !== null;
}

/** The excerpt split around the flagged text, for highlighting. */
export function splitExcerpt(f: ReviewFinding): [string, string, string] {
  const at = f.flagged ? f.excerpt.indexOf(f.flagged) : -1;
  if (at < 0) return [f.excerpt, '', ''];
  return [f.excerpt.slice(0, at), f.flagged, f.excerpt.slice(at + f.flagged.length)];
}
