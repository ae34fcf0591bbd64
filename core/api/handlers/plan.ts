import { countsReport } from '../../counts/report.ts';
import { updateMeasure } from '../../store/measures.ts';
import { addNode, deleteNode, getNodeRow, moveNode, renameNode } from '../../store/nodes.ts';
import { readNodeDetail } from '../../store/node-detail.ts';
import { readOutline } from '../../store/outline.ts';
import { readPlan } from '../../store/read-plan.ts';
import { listUnits } from '../../store/units.ts';
import type { planChannels } from '../channels/plan.ts';
import type { HandlersOf } from './types.ts';

const ok = { ok: true } as const;

export const planHandlers: HandlersOf<typeof planChannels> = {
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

