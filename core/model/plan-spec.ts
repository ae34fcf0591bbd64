// A whole plan written out as data (no ids): the embedded sample, generated bench plans, and
// the result of importing a document all come in this shape and are filled in one transaction.
import { z } from 'zod';
import { LevelScheme } from './levels.ts';
import { Comparator, UnitKind } from './plan.ts';

export const MeasureSpec = z.object({
  text: z.string(),
  leadUnits: z.array(z.string()).default([]),
  supportUnits: z.array(z.string()).default([]),
  deadline: z.string().default(''),
  /** names of indicators of the same part */
  indicators: z.array(z.string()).default([]),
});
export const KeyTaskSpec = z.object({ title: z.string(), measures: z.array(MeasureSpec) });
export const AspectSpec = z.object({ title: z.string(), keyTasks: z.array(KeyTaskSpec) });
export const IndicatorSpec = z.object({
  name: z.string().min(1),
  unit: z.string().default(''),
  baselineYear: z.number().int().nullable().default(null),
  baselineValue: z.number().nullable().default(null),
  comparator: Comparator,
  target: z.number(),
});
export const PartSpec = z.object({
  /** 'section': a text section of the plan (总体目标, 工作要求, 保障措施…): title and content only,
   *  numbered in the same 一、 sequence as the parts, never counted */
  kind: z.enum(['part', 'section']).default('part'),
  title: z.string(),
  goals: z.string().default(''),
  content: z.string().default(''),
  indicators: z.array(IndicatorSpec).default([]),
  /** used when the plan's scheme has the 方面 level */
  aspects: z.array(AspectSpec).default([]),
  /** used when it has not (key tasks directly under the part) */
  keyTasks: z.array(KeyTaskSpec).default([]),
});
export const UnitSpec = z.object({
  name: z.string().min(1),
  kind: UnitKind.default('其他'),
  contact: z.string().default(''),
  phone: z.string().default(''),
});
export const PlanSpec = z.object({
  title: z.string().min(1),
  year: z.number().int().nullable().default(null),
  isSample: z.boolean().default(false),
  levels: LevelScheme.default(() => LevelScheme.parse({})),
  units: z.array(UnitSpec).default([]),
  /** "为……，制定本方案。": the paragraphs between the title and the first heading, one per line */
  preamble: z.string().default(''),
  parts: z.array(PartSpec),
});
export type PlanSpec = z.infer<typeof PlanSpec>;
export type PlanSpecInput = z.input<typeof PlanSpec>;
