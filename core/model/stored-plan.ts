// A plan as a snapshot (稿件) stores it: JSON inside the plan file, which may come from someone
// else, and which a restore writes back into the live plan. It is parsed with this schema, never
// cast: a draft that does not have this shape is refused with a message instead of being shown,
// compared or restored half-made. Drafts written before levels and sections existed (formats
// before 7) have neither: the defaults apply. Pure zod: nothing here touches Node.
import { z } from 'zod';
import { LevelScheme } from './levels.ts';
import { Indicator, NodeId, Unit, type Plan } from './plan.ts';

const Text = z.string();

const StoredMeasure = z.looseObject({
  kind: z.literal('measure'),
  id: NodeId,
  title: Text,
  leadUnits: z.array(Text),
  supportUnits: z.array(Text),
  deadline: Text,
  indicatorIds: z.array(NodeId),
});
const StoredKeyTask = z.looseObject({ kind: z.literal('keyTask'), id: NodeId, title: Text, children: z.array(StoredMeasure) });
const StoredAspect = z.looseObject({ kind: z.literal('aspect'), id: NodeId, title: Text, children: z.array(StoredKeyTask) });
const StoredPart = z.looseObject({
  kind: z.literal('part'),
  id: NodeId,
  title: Text,
  goals: Text,
  content: Text,
  indicators: z.array(Indicator),
  children: z.union([z.array(StoredAspect), z.array(StoredKeyTask)]),
});
const StoredSection = z.looseObject({ kind: z.literal('section'), id: NodeId, title: Text, content: Text, order: z.number().int().min(0) });

export const StoredPlan = z
  .looseObject({
    title: Text,
    year: z.number().int().nullable(),
    isSample: z.boolean(),
    levels: LevelScheme.optional(),
    units: z.array(Unit),
    parts: z.array(StoredPart),
    sections: z.array(StoredSection).optional(),
    titleBreak: Text.optional(),
    draftingUnit: Text.optional(),
    basis: Text.optional(),
    attachmentLabel: Text.optional(),
  })
  .superRefine((plan, ctx) => {
    // a node id names one node: a restore places each id once
    const seen = new Set<number>();
    const visit = (n: { id: number; children?: unknown }) => {
      if (seen.has(n.id)) ctx.addIssue({ code: 'custom', message: `节点编号 ${n.id} 出现了两次` });
      seen.add(n.id);
      if (Array.isArray(n.children)) for (const c of n.children as { id: number }[]) visit(c);
    };
    for (const p of plan.parts) visit(p);
    for (const s of plan.sections ?? []) visit(s);
  });

/** The plan a snapshot holds, with the level scheme and sections defaulted for older drafts. */
export function toPlan(stored: z.infer<typeof StoredPlan>): Plan {
  return { ...stored, levels: stored.levels ?? LevelScheme.parse({}), sections: stored.sections ?? [] } as Plan;
}
