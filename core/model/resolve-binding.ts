// Turns a bound segment into the text it stands for, from the plan as it is now. Export calls
// this for every bound segment, so the exported 起草说明 always agrees with the plan.
import { chineseCount, chineseNumber, partSentence, totalSentence } from './count-sentences.ts';
import { tallyPart, tallyPlan } from './tally.ts';
import { QicaoError } from '../errors.ts';
import type { Indicator, Part, Plan } from './plan.ts';
import { formatNumber, formatQuantity } from './indicator-text.ts';
import type { Binding, ExplanationDoc, Segment } from './explanation.ts';

/** A binding whose target is gone or empty; the message tells the drafter what to do. */
export class UnresolvedBindingError extends QicaoError {
  constructor(
    readonly binding: Binding,
    message: string,
  ) {
    super('bad-input', message);
    this.name = 'UnresolvedBindingError';
  }
}

function findPart(plan: Plan, binding: Binding & { partId: number }): { part: Part; index: number } {
  const index = plan.parts.findIndex((p) => p.id === binding.partId);
  if (index < 0) {
    throw new UnresolvedBindingError(binding, '起草说明引用的部分已从计划中删除，请删除或重新选择该处引用。');
  }
  return { part: plan.parts[index], index };
}

function findIndicator(plan: Plan, binding: Binding & { indicatorId: number }): Indicator {
  for (const part of plan.parts) {
    const found = part.indicators.find((i) => i.id === binding.indicatorId);
    if (found) return found;
  }
  throw new UnresolvedBindingError(binding, '起草说明引用的指标已从计划中删除，请删除或重新选择该处引用。');
}

export function resolveBinding(plan: Plan, binding: Binding): string {
  switch (binding.type) {
    case 'planTitle':
      return plan.title;
    case 'planYear':
      if (plan.year === null) throw new UnresolvedBindingError(binding, '计划尚未填写年度，请先在计划信息中填写年度。');
      return String(plan.year);
    case 'partsCount':
      return chineseCount(plan.parts.length);
    case 'partNames':
      return plan.parts.map((p) => p.title).join('、');
    case 'totalSentence':
      return totalSentence(tallyPlan(plan), plan.levels); // worded in the plan's level names
    case 'partOrdinal':
      return chineseNumber(findPart(plan, binding).index + 1);
    case 'partTitle':
      return findPart(plan, binding).part.title;
    case 'partSentence':
      return partSentence(tallyPart(findPart(plan, binding).part), plan.levels);
    case 'partCount': {
      const tally = tallyPart(findPart(plan, binding).part);
      return binding.field === 'aspects' ? chineseCount(tally.aspects) : String(tally[binding.field]);
    }
    case 'partGoals':
      return findPart(plan, binding).part.goals;
    case 'partContent':
      return findPart(plan, binding).part.content;
    case 'indicatorName':
      return findIndicator(plan, binding).name;
    case 'indicatorTarget': {
      const indicator = findIndicator(plan, binding);
      return formatQuantity(indicator.target, indicator.unit);
    }
    case 'indicatorBaseline': {
      const indicator = findIndicator(plan, binding);
      if (indicator.baselineValue === null) {
        throw new UnresolvedBindingError(binding, `指标“${indicator.name}”没有基准值，请先填写基准值或删除该处引用。`);
      }
      return formatQuantity(indicator.baselineValue, indicator.unit);
    }
    case 'consultationDate':
      if (!plan.consultation?.sentDate) throw new UnresolvedBindingError(binding, '尚未发出征求意见，请在“征求意见”中发出后再引用征求意见日期，或删除该处引用。');
      return plan.consultation.sentDate;
    case 'consultationSentence':
      if (!plan.consultation) throw new UnresolvedBindingError(binding, '尚未开展征求意见，请在“征求意见”中发出后再引用意见采纳情况，或删除该处引用。');
      return plan.consultation.sentence;
    case 'consultationAsked':
      if (plan.consultation?.asked === undefined) throw new UnresolvedBindingError(binding, '尚未开展征求意见，请在“征求意见”中发出后再引用征求意见的单位数，或删除该处引用。');
      return String(plan.consultation.asked);
    case 'consultationReplies':
      if (plan.consultation?.replies === undefined) throw new UnresolvedBindingError(binding, '尚未开展征求意见，请在“征求意见”中发出后再引用意见采纳情况，或删除该处引用。');
      return plan.consultation.replies;
    case 'draftingUnit':
      return plan.draftingUnit?.trim() || '我单位';
    case 'basisDocuments':
      return basisDocumentsText(plan.basis);
    case 'priorAdditions':
      return plan.priorAdditions?.length ? plan.priorAdditions.join('、') : '……';
    case 'indicatorBaselineYear': {
      const indicator = findIndicator(plan, binding);
      if (indicator.baselineYear === null) {
        throw new UnresolvedBindingError(binding, `指标“${indicator.name}”没有基准年，请先填写基准年或删除该处引用。`);
      }
      return formatNumber(indicator.baselineYear);
    }
  }
}

/** The basis list as cited in running text: one document per stored line, joined with 、. */
export function basisDocumentsText(basis: string | undefined): string {
  return (basis ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('、');
}

export function segmentText(plan: Plan, segment: Segment): string {
  return 'text' in segment ? segment.text : resolveBinding(plan, segment.bind);
}

/** Every binding that would fail at export, with its message: for a check before exporting. */
export function unresolvedBindings(plan: Plan, doc: ExplanationDoc): UnresolvedBindingError[] {
  const errors: UnresolvedBindingError[] = [];
  for (const block of doc.blocks) {
    for (const segment of block.segments) {
      if ('text' in segment) continue;
      try {
        resolveBinding(plan, segment.bind);
      } catch (error) {
        if (error instanceof UnresolvedBindingError) errors.push(error);
        else throw error;
      }
    }
  }
  return errors;
}
