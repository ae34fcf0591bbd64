// Channels of the plan itself: files, outline, counts, structural edits, measure fields.
// Pure (see ../contract.ts).
import { z } from 'zod';
import { NodeId, NodeKind, type Plan, type Tally, type Unit } from '../../model/plan.ts';
import { LevelNames, type LevelScheme } from '../../model/levels.ts';
import { channel, empty } from './define.ts';
import type { NodeDetail, OutlineNode } from '../../model/views.ts';

export type { NodeDetail, OutlineNode } from '../../model/views.ts';

export interface CountsView {
  parts: (Tally & { id: number; name: string; sentence: string })[];
  totals: Tally & { sentence: string };
  /** read with the counts, so the window names levels the plan's way from the first paint */
  levels: LevelScheme;
}
export interface PlanView {
  path: string;
  title: string;
  year: number | null;
  isSample: boolean;
}

const Title = z.string().max(5000, '标题或措施内容最多 5000 字，请精简，或拆成几项');
const FilePath = z.string().min(1).max(4096);
export const planChannels = {
  'plan.current': channel<PlanView | null>()(empty),
  'plan.open': channel<PlanView>()(z.object({ path: FilePath }).strict()),
  'plan.create': channel<PlanView>()(z.object({ path: FilePath, sample: z.boolean().default(false) }).strict()),
  'plan.openSample': channel<PlanView>()(empty),
  'plan.read': channel<Plan>()(empty),
  'plan.outline': channel<OutlineNode[]>()(z.object({ measures: z.boolean().optional() }).strict()),
  'plan.counts': channel<CountsView>()(empty),
  'node.get': channel<NodeDetail>()(z.object({ id: NodeId }).strict()),
  'node.add': channel<{ id: number }>()(
    z
      .object({
        parentId: NodeId.nullable(),
        kind: NodeKind,
        title: Title,
        index: z.number().int().min(0).optional(),
      })
      .strict(),
  ),
  'node.rename': channel<{ ok: true }>()(z.object({ id: NodeId, title: Title }).strict()),
  'node.delete': channel<{ ok: true }>()(z.object({ id: NodeId }).strict()),
  'node.move': channel<{ ok: true }>()(z.object({ id: NodeId, parentId: NodeId.nullable(), index: z.number().int().min(0) }).strict()),
  'measure.update': channel<{ ok: true }>()(
    z
      .object({
        id: NodeId,
        leadUnits: z.array(z.string().min(1).max(200)).max(100).optional(),
        supportUnits: z.array(z.string().min(1).max(200)).max(100).optional(),
        deadline: z.string().max(100).optional(),
        indicatorIds: z.array(NodeId).max(100).optional(),
      })
      .strict(),
  ),
  'units.list': channel<Unit[]>()(empty),
  /** Renames the plan's levels; whether it has the 方面 level can change only while it has no 方面 or 重点任务. */
  'plan.setLevels': channel<LevelScheme>()(z.object({ names: LevelNames.partial().strict().optional(), aspects: z.boolean().optional() }).strict()),
} as const;
