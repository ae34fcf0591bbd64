import { applyRollForward, rollForwardList } from '../../store/roll-forward.ts';
import { findReplaceList } from '../../store/find-replace.ts';
import { QicaoError } from '../../errors.ts';
import { writeTextEdits } from '../../store/text-fields.ts';
import type { bulkEditChannels } from '../channels/bulk-edits.ts';
import { asStep } from './editor.ts';
import type { HandlersOf } from './types.ts';

export const bulkEditHandlers: HandlersOf<typeof bulkEditChannels> = {
  'plan.rollForwardList': (s, i) => rollForwardList(s.plan, i.to),
  'plan.rollForwardApply': (s, i) => asStep(s.plan, '改为下一年度', null, () => (applyRollForward(s.plan, i.edits), { applied: i.edits.length })),
  'text.findReplaceList': (s, i) => findReplaceList(s.plan, i.find, i.replace),
  'text.replaceApply': (s, i) =>
    asStep(s.plan, i.label ?? '查找替换', null, () => {
      if (i.edits.length === 0) throw new QicaoError('bad-input', '没有勾选任何一处，计划未作改动。请勾选要替换的位置后再应用。');
      writeTextEdits(s.plan, i.edits);
      return { applied: i.edits.length };
    }),
};
