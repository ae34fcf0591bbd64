// THE contract between the UI and core: channel name → zod input schema → output type.
// Pure: imported by the renderer and the Electron preload, so it imports nothing from Node.
import { z } from 'zod';
import { NodeId, NodeKind, type Plan, type Tally, type Unit } from '../model/plan.ts';

export interface OutlineNode {
  id: number;
  kind: NodeKind;
  title: string;
  children: OutlineNode[];
}
export interface CountsView {
  parts: (Tally & { id: number; name: string; sentence: string })[];
  totals: Tally & { sentence: string };
}
export interface PlanView {
  path: string;
  title: string;
  year: number | null;
  isSample: boolean;
}
export interface NodeDetail {
  id: number;
  kind: NodeKind;
  title: string;
  parentId: number | null;
  goals?: string;
  content?: string;
  leadUnits?: string[];
  supportUnits?: string[];
  deadline?: string;
  indicatorIds?: number[];
}

const Title = z.string().max(5000);
const FilePath = z.string().min(1).max(4096);
const empty = z.object({}).strict();

function channel<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });
}

export const contract = {
  'plan.current': channel<PlanView | null>()(empty),
  'plan.open': channel<PlanView>()(z.object({ path: FilePath }).strict()),
  'plan.create': channel<PlanView>()(z.object({ path: FilePath, sample: z.boolean().default(false) }).strict()),
  'plan.openSample': channel<PlanView>()(empty),
  'plan.read': channel<Plan>()(empty),
  'plan.outline': channel<OutlineNode[]>()(empty),
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
  'node.move': channel<{ ok: true }>()(
    z.object({ id: NodeId, parentId: NodeId.nullable(), index: z.number().int().min(0) }).strict(),
  ),
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
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

/** What every host returns for a call: a value, or an error a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The one interface the renderer talks to, whichever host serves it. */
export interface Api {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
