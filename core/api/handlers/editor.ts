import { updateIndicator, addIndicator, deleteIndicator, moveIndicator } from '../../store/indicators.ts';
import { readExplanation, resetExplanation, saveExplanation } from '../../store/explanation.ts';
import { getNodeRow, renameNode } from '../../store/nodes.ts';
import { updateMeasure } from '../../store/measures.ts';
import { updatePartText } from '../../store/parts.ts';
import { writePlanInfo } from '../../store/plan-meta.ts';
import { readDocumentSettings, writeDocumentSettings } from '../../store/document-settings.ts';
import { drafterBreaks } from '../../model/title-lines.ts';
import { readPlanInfo } from '../../store/read-plan.ts';
import { nodesWithPendingComments, searchPlan } from '../../store/search.ts';
import { historyState, labelStep, redo, undo, type Focus } from '../../store/undo.ts';
import { QicaoError } from '../../errors.ts';
import { pauseForTest } from '../../test-pause.ts';
import type { editorChannels } from '../channels/editor.ts';
import type { Db } from '../../store/open.ts';
import type { HandlersOf } from './types.ts';

/** Writes document settings; a title break must spell the plan's title, so the drafter hears at once. */
function writeCheckedSettings(db: Db, settings: Parameters<typeof writeDocumentSettings>[1]): void {
  const breaks = settings.titleBreak?.trim() ?? '';
  if (breaks !== '' && drafterBreaks(readPlanInfo(db).title, breaks) === null) {
    throw new QicaoError('bad-input', '标题分行须与计划名称的文字一致，只在换行处加“|”，如“推进美丽怀柔建设|持续深入打好污染防治攻坚战2024年行动计划”。');
  }
  writeDocumentSettings(db, settings);
}

/** One user action = one transaction = one undo step, named for the Edit menu. */
export function asStep<T>(db: Db, label: string, focus: Focus, fn: () => T, mergeKey?: string): T {
  const result = db.transaction(() => {
    labelStep(db, label, { focus, mergeKey });
    const value = fn();
    pauseForTest('before-commit'); // test-only: the kill tests stop at the step's real commit
    return value;
  })();
  pauseForTest('after-commit');
  return result;
}

const ok = { ok: true } as const;

function indicatorPart(db: Db, id: number): number {
  const row = db.prepare('SELECT part_id FROM indicator WHERE id = ?').get(id) as { part_id: number } | undefined;
  if (!row) throw new QicaoError('unknown-node', `找不到编号为 ${id} 的指标，它可能已被删除。`);
  return row.part_id;
}

export const editorHandlers: HandlersOf<typeof editorChannels> = {
  'history.state': (s) => historyState(s.plan),
  'history.undo': (s) => ({ step: undo(s.plan), history: historyState(s.plan) }),
  'history.redo': (s) => ({ step: redo(s.plan), history: historyState(s.plan) }),

  'measure.setText': (s, i) =>
    asStep(
      s.plan,
      '修改措施内容',
      { nodeId: i.id },
      () => {
        if (getNodeRow(s.plan, i.id).kind !== 'measure') throw new QicaoError('wrong-kind', `编号 ${i.id} 不是具体措施。`);
        renameNode(s.plan, i.id, i.text);
        return ok;
      },
      `measure-text:${i.id}`,
    ),
  'measure.setDeadline': (s, i) => asStep(s.plan, '修改完成时限', { nodeId: i.id }, () => (updateMeasure(s.plan, i.id, { deadline: i.deadline }), ok)),
  'part.update': (s, { id, ...text }) =>
    asStep(
      s.plan,
      text.goals !== undefined ? '修改主要目标' : '修改主要内容',
      { nodeId: id },
      () => (updatePartText(s.plan, id, text), ok),
      `part-text:${id}:${Object.keys(text).sort().join(',')}`,
    ),
  'plan.update': (s, { titleBreak, draftingUnit, ...i }) =>
    asStep(s.plan, '修改计划名称或年度', null, () => {
      const info = readPlanInfo(s.plan);
      writePlanInfo(s.plan, { title: i.title ?? info.title, year: i.year === undefined ? info.year : i.year, isSample: info.isSample });
      // the title, its line breaks and the drafting unit are edited together: one step
      if (titleBreak !== undefined || draftingUnit !== undefined) writeCheckedSettings(s.plan, { titleBreak, draftingUnit });
      return ok;
    }),
  'plan.documentSettings': (s) => readDocumentSettings(s.plan),
  'plan.setDocumentSettings': (s, i) => asStep(s.plan, '修改导出文件设置', null, () => (writeCheckedSettings(s.plan, i), ok)),

  'indicator.add': (s, { partId, index, ...fields }) => asStep(s.plan, '添加指标', { nodeId: partId }, () => ({ id: addIndicator(s.plan, partId, fields, index) })),
  'indicator.update': (s, { id, ...fields }) => asStep(s.plan, '修改指标', { nodeId: indicatorPart(s.plan, id) }, () => (updateIndicator(s.plan, id, fields), ok)),
  'indicator.delete': (s, i) => asStep(s.plan, '删除指标', { nodeId: indicatorPart(s.plan, i.id) }, () => (deleteIndicator(s.plan, i.id), ok)),
  'indicator.move': (s, i) => asStep(s.plan, '调整指标顺序', { nodeId: indicatorPart(s.plan, i.id) }, () => (moveIndicator(s.plan, i.id, i.index), ok)),

  'explanation.get': (s) => readExplanation(s.plan),
  'explanation.save': (s, i) => asStep(s.plan, '修改起草说明', { explanation: true }, () => (saveExplanation(s.plan, i.doc), ok), 'explanation'),
  'explanation.reset': (s) => asStep(s.plan, '起草说明恢复为模板', { explanation: true }, () => (resetExplanation(s.plan), ok)),

  'search.run': (s, i) => searchPlan(s.plan, i.query, i.limit),
  'comments.pendingNodes': (s) => nodesWithPendingComments(s.plan),

  'file.recent': (s) => s.recent(),
  'file.forgetRecent': (s, i) => (s.forgetRecent(i.path), ok),
  'file.saveCopy': async (s, i) => ({ path: await s.saveCopy(i.path) }),
  'file.chooseOpen': () => ({ native: false, path: null }),
  'file.chooseSave': () => ({ native: false, path: null }),
};
