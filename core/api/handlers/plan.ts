import { countsReport } from '../../counts/report.ts';
import { updateMeasure } from '../../store/measures.ts';
import { addNode, deleteNode, getNodeRow, moveNode, renameNode } from '../../store/nodes.ts';
import { readNodeDetail } from '../../store/node-detail.ts';
import { readOutline } from '../../store/outline.ts';
import { readPlanWithFacts } from '../../consult/facts.ts';
import { listUnits } from '../../store/units.ts';
import type { planChannels } from '../channels/plan.ts';
import { levelName } from '../../model/level-rules.ts';
import type { NodeKind } from '../../model/plan.ts';
import { changeLevelScheme, readLevelScheme } from '../../store/level-scheme.ts';
import type { Db } from '../../store/open.ts';
import { asStep } from './editor.ts';
import type { HandlersOf } from './types.ts';

const ok = { ok: true } as const;

/** The step's name in the plan's own words ("添加主要任务"). */
const kindName = (db: Db, kind: NodeKind) => levelName(kind, readLevelScheme(db));

export const planHandlers: HandlersOf<typeof planChannels> = {
  'plan.current': (s) => s.view(),
  'plan.open': (s, i) => s.open(i.path),
  'plan.create': (s, i) => s.create(i.path, i.sample),
  'plan.openSample': (s) => s.openSample(),
  'plan.read': (s) => readPlanWithFacts(s.plan),
  'plan.outline': (s, i) => readOutline(s.plan, i),
  'plan.counts': (s) => countsReport(s.plan),
  'node.get': (s, i) => readNodeDetail(s.plan, i.id),
  'node.add': (s, i) => asStep(s.plan, `添加${kindName(s.plan, i.kind)}`, i.parentId === null ? null : { nodeId: i.parentId }, () => ({ id: addNode(s.plan, i) })),
  'node.rename': (s, i) =>
    asStep(s.plan, `修改${kindName(s.plan, getNodeRow(s.plan, i.id).kind)}`, { nodeId: i.id }, () => (renameNode(s.plan, i.id, i.title), ok), `title:${i.id}`),
  'node.delete': (s, i) => asStep(s.plan, `删除${kindName(s.plan, getNodeRow(s.plan, i.id).kind)}`, { nodeId: i.id }, () => (deleteNode(s.plan, i.id), ok)),
  'node.move': (s, i) => asStep(s.plan, `移动${kindName(s.plan, getNodeRow(s.plan, i.id).kind)}`, { nodeId: i.id }, () => (moveNode(s.plan, i.id, i.parentId, i.index), ok)),
  'measure.update': (s, { id, ...fields }) =>
    asStep(
      s.plan,
      fields.deadline !== undefined ? '修改完成时限' : fields.indicatorIds !== undefined ? '修改关联指标' : '修改责任单位',
      { nodeId: id },
      () => (updateMeasure(s.plan, id, fields), ok),
    ),
  'units.list': (s) => listUnits(s.plan),
  'plan.setLevels': (s, i) => asStep(s.plan, '修改层级设置', null, () => changeLevelScheme(s.plan, i)),
};
