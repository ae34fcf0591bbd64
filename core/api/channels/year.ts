// Channels of the plan's year after issue: issuing, 调整, progress forms, returns, the 台账,
// the 调度 documents and next year's plan. Pure (see ../contract.ts).
import { z } from 'zod';
import {
  IsoDate,
  LedgerFilter,
  type AdjustmentView,
  type FormsWritten,
  type IndicatorTrack,
  type IntakeResult,
  type IntakeRow,
  type IssueInfo,
  type Ledger,
  type NextYearResult,
  type PeriodView,
  type PriorYearView,
  type YearState,
} from '../../model/year.ts';
import { channel, empty } from './define.ts';

export type * from '../../model/year.ts';
export { PROGRESS_STATUSES, STATUS_LABEL } from '../../model/year.ts';

const Id = z.number().int().positive();
const Folder = z.string().trim().min(1, '请选择保存的文件夹').max(4096);
/** "2024年第一季度", "2024年3月", "2024年上半年": the dates are read from the name unless given. */
const PeriodName = z.string().trim().min(1, '请填写调度期名称，如“2024年第一季度”').max(100);
const Base64File = z
  .string()
  .min(1, '文件是空的')
  .max(40_000_000, '文件过大（超过 30 MB）')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容须为 base64 编码');
const FileName = z.string().trim().min(1).max(255);
export const YearDocument = z.enum(['bulletin', 'reminders', 'annual']);
export type YearDocument = z.infer<typeof YearDocument>;

const PeriodInput = z.object({
  period: PeriodName,
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  dueDate: IsoDate.optional(),
});

export const yearChannels = {
  /** Issue record, adjustments (with their changes) and periods. */
  'year.state': channel<YearState>()(empty),
  /** Marks the current draft as issued: saves the 印发稿 snapshot; from then on structure changes need an adjustment. */
  'year.issue': channel<IssueInfo>()(
    z
      .object({
        docNumber: z.string().trim().min(1, '请填写文号，如“怀政办发〔2024〕3号”').max(100),
        issueDate: IsoDate,
        snapshotName: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
  ),
  /** Opens an adjustment (调整): structural edits are allowed and recorded until it is ended. */
  'year.beginAdjustment': channel<AdjustmentView>()(
    z.object({ reason: z.string().trim().min(1, '请写明调整原因').max(2000), madeBy: z.string().trim().max(200).optional() }).strict(),
  ),
  'year.endAdjustment': channel<AdjustmentView>()(empty),
  /** Records a reporting period (dates read from the name when not given). */
  'year.addPeriod': channel<PeriodView>()(PeriodInput.strict()),
  /** Writes one .xlsx and one .docx progress form per 牵头单位 into a folder, all or nothing (records the period if new). */
  'year.writeForms': channel<FormsWritten>()(
    PeriodInput.extend({ outDir: Folder, units: z.array(z.string().trim().min(1)).optional(), overwrite: z.boolean().optional() }).strict(),
  ),
  /** Takes returned forms (many at once); unit and period read from each file unless given. */
  'year.intake': channel<IntakeResult>()(
    z
      .object({
        files: z
          .array(z.object({ fileName: FileName, base64: Base64File }).strict())
          .min(1, '请选择要导入的文件')
          .max(200),
        period: PeriodName.optional(),
        unit: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
  ),
  /** Confirms a row matched by text, or attaches it to another measure (measureId), or detaches it (null). */
  'year.confirmRow': channel<IntakeRow>()(z.object({ rowId: Id, measureId: Id.nullable().optional() }).strict()),
  /** Types in an indicator's actual value for a month ("2024-03"). */
  'year.setActual': channel<IndicatorTrack>()(
    z.object({ indicatorId: Id, month: z.string().regex(/^\d{4}-\d{2}$/, '月份须写成 2024-03 的形式'), value: z.number().finite() }).strict(),
  ),
  /** The 台账: every measure's status per period, counts, units not reported, indicator tracks. */
  'year.ledger': channel<Ledger>()(LedgerFilter),
  /** 调度通报 (bulletin), 催办 lists (reminders, one per unit) or 年度完成情况 (annual) as .docx into a folder. */
  'year.saveDocument': channel<{ paths: string[] }>()(
    z.object({ what: YearDocument, periodId: Id.optional(), asOf: IsoDate.optional(), outDir: Folder, overwrite: z.boolean().optional() }).strict(),
  ),
  /** The same document as bytes (催办: all units in one file). */
  'year.exportDocument': channel<{ fileName: string; base64: string }>()(z.object({ what: YearDocument, periodId: Id.optional(), asOf: IsoDate.optional() }).strict()),
  /** 新建下一年度计划: a new plan file with lineage, carry-over flags and the background paragraph. */
  'year.nextYear': channel<NextYearResult>()(z.object({ path: z.string().trim().min(1).max(4096), year: z.number().int().min(2000).max(2100).optional() }).strict()),
  /** In a next-year plan: last year's plan, actuals and lineage (null in a plan not made so). */
  'year.prior': channel<PriorYearView | null>()(empty),
  /** Corrects one of last year's actuals held by this plan (the background sentence follows). */
  'year.setPriorActual': channel<PriorYearView>()(z.object({ indicatorId: Id, value: z.number().finite().nullable() }).strict()),
} as const;
