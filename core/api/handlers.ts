// Channel → handler. Hosts call `dispatch`; every input is parsed by its schema first.
import { z } from 'zod';
import { countsReport } from '../counts/report.ts';
import { isQicaoError, QicaoError } from '../errors.ts';
import { updateMeasure } from '../store/measures.ts';
import { addNode, deleteNode, getNodeRow, moveNode, renameNode } from '../store/nodes.ts';
import { readOutline } from '../store/outline.ts';
import { readNodeDetail } from '../store/node-detail.ts';
import { readPlan } from '../store/read-plan.ts';
import { listUnits } from '../store/units.ts';
import { contract, isChannel, type Channel, type Output, type ParsedInput, type Reply } from './contract.ts';
import type { Session } from './session.ts';

type Handlers = { [C in Channel]: (s: Session, input: ParsedInput<C>) => Output<C> };

const ok = { ok: true } as const;

export const handlers: Handlers = {
  'plan.current': (s) => s.view(),
  'plan.open': (s, i) => s.open(i.path),
  'plan.create': (s, i) => s.create(i.path, i.sample),
  'plan.openSample': (s) => s.openSample(),
  'plan.read': (s) => readPlan(s.plan),
  'plan.outline': (s) => readOutline(s.plan),
  'plan.counts': (s) => countsReport(s.plan),
  'node.get': (s, i) => readNodeDetail(s.plan, i.id),
  'node.add': (s, i) => ({ id: addNode(s.plan, i) }),
  'node.rename': (s, i) => (renameNode(s.plan, i.id, i.title), ok),
  'node.delete': (s, i) => (deleteNode(s.plan, i.id), ok),
  'node.move': (s, i) => {
    getNodeRow(s.plan, i.id);
    moveNode(s.plan, i.id, i.parentId, i.index);
    return ok;
  },
  'measure.update': (s, { id, ...fields }) => (updateMeasure(s.plan, id, fields), ok),
  'units.list': (s) => listUnits(s.plan),
};

/** Turns a zod failure into one Chinese line naming the field. */
function describeInvalid(e: z.ZodError): string {
  const first = e.issues[0];
  const where = first?.path.length ? `字段“${first.path.join('.')}”` : '输入';
  return `${where}无效：${first?.message ?? '格式不对'}。`;
}

export function dispatch(session: Session, channel: unknown, rawInput: unknown): Reply<unknown> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'bad-input', message: `未知的操作“${String(channel)}”。` } };
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: describeInvalid(parsed.error) } };
  try {
    const handler = handlers[channel] as (s: Session, input: unknown) => unknown;
    return { ok: true, value: handler(session, parsed.data) };
  } catch (e) {
    if (isQicaoError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    console.error(e);
    return { ok: false, error: { code: 'internal', message: `内部错误：${(e as Error).message}。操作未完成，文件未被修改。` } };
  }
}

export { QicaoError };
