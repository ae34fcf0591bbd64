// A whole plan written out as data (no ids): the embedded sample, generated bench plans, and
// the result of importing a document all come in this shape and are filled in one transaction.
import { z } from 'zod';
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
  title: z.string(),
  goals: z.string().default(''),
  content: z.string().default(''),
  indicators: z.array(IndicatorSpec).default([]),
  aspects: z.array(AspectSpec),
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
  units: z.array(UnitSpec).default([]),
  parts: z.array(PartSpec),
});
export type PlanSpec = z.infer<typeof PlanSpec>;
export type PlanSpecInput = z.input<typeof PlanSpec>;
