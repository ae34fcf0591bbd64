// Which document to export, from an open plan: one entry point for the CLI and the UI.
import { z } from 'zod';
import { QicaoError } from '../../errors.ts';
import type { Db } from '../../store/open.ts';
import { readPlanWithFacts } from '../../consult/facts.ts';
import { ExplanationDoc } from '../../model/explanation.ts';
import { closeNames } from '../../model/text-similarity.ts';
import { exportAssignmentTable } from './assignment-table.ts';
import { exportExplanation } from './explanation.ts';
import { exportPlan } from './plan-document.ts';
import { exportUnitTasks } from './unit-tasks.ts';

export const EXPORT_KINDS = ['plan', 'explanation', 'assignment', 'unit-tasks', 'consultation', 'adoption', 'review'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_LABEL: Record<ExportKind, string> = {
  plan: '行动计划',
  explanation: '起草说明',
  assignment: '任务分工表',
  'unit-tasks': '单位任务清单',
  consultation: '征求意见稿',
  adoption: '意见采纳情况表',
  review: '报审稿',
};

/** The drafter's own 起草说明 when one was written; otherwise the exporter fills the template. */
function storedExplanation(db: Db): ExplanationDoc | undefined {
  const row = db.prepare('SELECT doc_json FROM explanation WHERE id = 1').get() as { doc_json: string } | undefined;
  if (!row) return undefined;
  const parsed = ExplanationDoc.safeParse(JSON.parse(row.doc_json));
  if (!parsed.success) throw new QicaoError('corrupt', '计划文件中保存的起草说明格式不正确，请在起草说明编辑器中重新保存。');
  return parsed.data;
}

export interface ExportedFile {
  fileName: string;
  data: Buffer;
}

export interface ExportOptions {
  /** 单位任务清单: whose. */
  unit?: string;
  /** 起草说明: units that never replied are stated as 逾期未反馈，视为无意见 (the drafter's choice). */
  silentAsNoObjection?: boolean;
  /** 任务分工表: 'pages' cuts it into page-sized pieces for printing as is; one continuous table otherwise. */
  taskLayout?: 'continuous' | 'pages';
  /** 任务分工表, 意见采纳情况表: "附件3" above the title (the 报审 set numbers them after the 起草说明). */
  attachmentLabel?: string;
}

export async function exportDocument(db: Db, what: ExportKind, options: ExportOptions = {}): Promise<ExportedFile> {
  const plan = readPlanWithFacts(db, { silentAsNoObjection: options.silentAsNoObjection });
  const year = plan.year ?? '';
  switch (what) {
    case 'plan':
      return { fileName: `${year}年行动计划.docx`, data: await exportPlan(plan) };
    case 'review':
      return { fileName: `${year}年行动计划（报审稿）.docx`, data: await exportPlan(plan, { review: true }) };
    case 'consultation':
      return { fileName: `${year}年行动计划（征求意见稿）.docx`, data: await exportPlan(plan, { consultation: true }) };
    case 'explanation':
      return { fileName: `${year}年行动计划起草说明.docx`, data: await exportExplanation(plan, storedExplanation(db)) };
    case 'adoption': {
      const { exportAdoptionTableOf } = await import('../../consult/adoption.ts');
      return { fileName: `${year}年行动计划意见采纳情况表.docx`, data: await exportAdoptionTableOf(db, undefined, options.attachmentLabel) };
    }
    case 'assignment':
      return { fileName: `${year}年行动计划任务分工表.docx`, data: await exportAssignmentTable(plan, { layout: options.taskLayout, attachmentLabel: options.attachmentLabel }) };
    case 'unit-tasks': {
      const unit = options.unit?.trim();
      if (!unit) throw new QicaoError('bad-input', '导出单位任务清单时请指定单位（--unit 单位名称）。');
      if (!plan.units.some((u) => u.name === unit)) {
        const close = closeNames(
          unit,
          plan.units.map((u) => u.name),
        );
        throw new QicaoError(
          'bad-input',
          `计划中没有单位“${unit}”，${close.length ? `是否指：${close.join('、')}？请用计划中写的单位名称。` : '请用计划中写的单位名称（可在责任单位一栏查看）。'}`,
        );
      }
      return { fileName: `${unit}承担任务清单.docx`, data: await exportUnitTasks(plan, unit) };
    }
  }
}

export const ExportKindSchema = z.enum(EXPORT_KINDS);
