// The plan's year after issue, as data: statuses, periods, returns, the ledger. Pure (zod and
// types only): the contract and the renderer import it.
import { z } from 'zod';
import { IsoDate } from './consultation.ts';

/** 完成状态, in the order the forms' drop-down and the 通报 list them. */
export const PROGRESS_STATUSES = ['done', 'onTrack', 'behind', 'notStarted'] as const;
export const ProgressStatus = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.infer<typeof ProgressStatus>;

export const STATUS_LABEL: Record<ProgressStatus, string> = {
  done: '已完成',
  onTrack: '按计划推进',
  behind: '滞后',
  notStarted: '未启动',
};

/** '已完成' → 'done'; also the short forms units type ("完成", "推进中"). */
export function statusOf(text: string): ProgressStatus | null {
  const t = text.replace(/\s/g, '');
  if (t === '') return null;
  for (const s of PROGRESS_STATUSES) if (t === STATUS_LABEL[s]) return s;
  if (/未启动|未开始|尚未开展/.test(t)) return 'notStarted';
  if (/滞后|延期|推迟|未按期/.test(t)) return 'behind';
  if (/未完成|推进|进行中|正在|持续/.test(t)) return 'onTrack';
  if (/已?完成|办结|已落实/.test(t)) return 'done';
  return null;
}

// one date rule for the app: the form and that the day exists (2024-02-30 is refused)
export { IsoDate };

export interface IssueInfo {
  snapshotId: number;
  snapshotName: string;
  docNumber: string;
  issueDate: string;
  issuedAt: string;
}

export type AdjustmentAction = 'add' | 'delete' | 'move' | 'text' | 'deadline' | 'units';

export interface AdjustmentChange {
  nodeId: number;
  action: AdjustmentAction;
  /** "新增：…", "措施内容由“…”改为“…”", in Chinese, for the list */
  description: string;
  before: string | null;
  after: string | null;
}

export interface AdjustmentView {
  id: number;
  reason: string;
  madeBy: string;
  openedAt: string;
  closedAt: string | null;
  changes: AdjustmentChange[];
}

export interface YearState {
  issue: IssueInfo | null;
  /** the adjustment being made now, if any: structural edits are allowed while it is open */
  openAdjustment: AdjustmentView | null;
  adjustments: AdjustmentView[];
  periods: PeriodView[];
}

export interface PeriodView {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  dueDate: string | null;
  /** units asked (牵头单位 of the issued measures) and how many have returned a form */
  units: number;
  reported: number;
}

export interface FormsWritten {
  period: PeriodView;
  files: string[];
}

export type MatchedBy = 'id' | 'text' | 'manual' | 'none' | 'carried';

export interface IntakeRow {
  rowId: number;
  sourceKey: string;
  measureId: number | null;
  measureText: string | null;
  quote: string;
  status: ProgressStatus | null;
  matchedBy: MatchedBy;
  confirmed: boolean;
}

export interface IntakeFileResult {
  fileName: string;
  /** the unit the file came from, or null when it could not be told (then nothing is stored) */
  unit: string | null;
  unitSource: string | null;
  period: string;
  duplicate: boolean;
  noChange: boolean;
  /** id of the earlier return this one replaced */
  replaced: number | null;
  rows: IntakeRow[];
  indicators: { indicatorId: number; name: string; month: string; value: number }[];
  /** rows the drafter must confirm (matched by text) or place (not matched) */
  toConfirm: number;
  error: string | null;
}

export interface IntakeResult {
  files: IntakeFileResult[];
}

export interface LedgerStatus {
  status: ProgressStatus | null;
  progress: string;
  completedOn: string;
  problems: string;
  rowId: number | null;
  matchedBy: MatchedBy | null;
  confirmed: boolean;
  /** true when the unit replied 无变化 and the status was carried from an earlier period */
  carried: boolean;
}

/** An issued plan's measure with its place, 牵头单位 and deadline (core/year/plan-measures.ts). */
export interface MeasurePlace {
  id: number;
  /** "一、（一）1.（1）"-style number path in the current plan */
  number: string;
  partId: number;
  partTitle: string;
  keyTask: string;
  text: string;
  leadUnits: string[];
  deadline: string;
  /** the deadline as a date ("2024-06-30"), null for 长期坚持 or unreadable */
  dueDate: string | null;
}

export interface LedgerMeasure extends MeasurePlace {
  /** per period id */
  byPeriod: Record<string, LedgerStatus>;
  /** the status in the selected period (null: not reported) */
  status: ProgressStatus | null;
  reported: boolean;
  /** working days past the deadline at `asOf` (0 when not overdue) */
  overdueWorkdays: number;
  overdue: boolean;
  /** due within DUE_SOON_WORKDAYS working days and not done */
  dueSoon: boolean;
  /** 红/黄/绿 warning: red = 滞后 or overdue, yellow = due soon or not reported, green otherwise */
  light: 'red' | 'yellow' | 'green';
}

export interface StatusCounts {
  done: number;
  onTrack: number;
  behind: number;
  notStarted: number;
  notReported: number;
  overdue: number;
  total: number;
}

export interface IndicatorMonth {
  month: string;
  value: number | null;
}

export interface IndicatorTrack {
  indicatorId: number;
  name: string;
  unit: string;
  partTitle: string;
  comparator: string;
  target: number;
  /** how monthly values add up to the year: mean (day-weighted), count/sum, a ratio of days, or the latest value */
  aggregate: 'mean' | 'sum' | 'goodDaysRatio' | 'latest';
  months: IndicatorMonth[];
  /** the year so far (mean, sum, ratio or latest), null without any value */
  yearToDate: number | null;
  /** "剩余月份PM2.5平均浓度需不高于X微克/立方米", "全年重污染天数余量Y天", … ; null without data */
  outlook: string | null;
  /** what the remaining months may average / the budget left, for a chart's guide line */
  remainingLimit: number | null;
  onTrack: boolean | null;
}

export interface Ledger {
  planTitle: string;
  year: number | null;
  asOf: string;
  period: PeriodView | null;
  periods: PeriodView[];
  measures: LedgerMeasure[];
  counts: StatusCounts;
  byPart: ({ partId: number; partTitle: string } & StatusCounts)[];
  byUnit: ({ unit: string } & StatusCounts)[];
  /** 牵头单位 with measures in the period that sent nothing */
  unitsNotReported: string[];
  /** rows matched by text (or not at all) waiting for the drafter */
  toConfirm: (IntakeRow & { unit: string; fileName: string; period: string })[];
  indicators: IndicatorTrack[];
  /** "205项具体措施中，已完成X项，按计划推进Y项，滞后Z项，未报送W项" */
  sentence: string;
}

export const LedgerFilter = z
  .object({
    periodId: z.number().int().positive().optional(),
    unit: z.string().trim().min(1).max(200).optional(),
    partId: z.number().int().positive().optional(),
    status: z.enum([...PROGRESS_STATUSES, 'notReported', 'overdue']).optional(),
    /** the day overdue is counted at; default: the period's end, or today */
    asOf: IsoDate.optional(),
  })
  .strict();
export type LedgerFilter = z.infer<typeof LedgerFilter>;

export interface NextYearResult {
  path: string;
  year: number;
  measures: number;
  carriedOver: number;
  /** the new 起草说明's background paragraph as it reads now */
  background: string;
  /** "同时增加了……等内容。" or '' when nothing was added yet */
  additions: string;
}

export interface PriorYearView {
  title: string;
  year: number | null;
  docNumber: string;
  path: string;
  actuals: { indicatorId: number; name: string; unit: string; value: number | null; text: string }[];
  /** nodes of this plan → last year's node, with the carry-over flag */
  lineage: { nodeId: number; priorNodeId: number; carryOver: boolean; priorStatus: ProgressStatus | null }[];
  background: string;
  additions: string;
}
