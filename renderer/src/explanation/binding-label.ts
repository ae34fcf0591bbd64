// What a binding refers to, in words: shown on the token's tooltip, in 插入引用 and 绑定到….
import type { Binding } from '../../../core/model/explanation.ts';
import type { Plan } from '../../../core/model/plan.ts';

const COUNT_LABEL = { aspects: '方面数', keyTasks: '重点任务数', measures: '具体措施数' } as const;

export function bindingLabel(plan: Plan | null, b: Binding): string {
  const part = 'partId' in b ? plan?.parts.find((p) => p.id === b.partId) : undefined;
  const partName = part ? `“${part.title}”` : '（已删除的部分）';
  const indicator = 'indicatorId' in b ? plan?.parts.flatMap((p) => p.indicators).find((i) => i.id === b.indicatorId) : undefined;
  const indicatorName = indicator ? `指标“${indicator.name}”` : '（已删除的指标）';
  switch (b.type) {
    case 'planTitle':
      return '计划名称';
    case 'planYear':
      return '计划年度';
    case 'partsCount':
      return '部分个数';
    case 'partNames':
      return '各部分名称';
    case 'totalSentence':
      return '全计划计数句';
    case 'partOrdinal':
      return `${partName}的序号`;
    case 'partTitle':
      return `${partName}的名称`;
    case 'partSentence':
      return `${partName}的计数句`;
    case 'partCount':
      return `${partName}的${COUNT_LABEL[b.field]}`;
    case 'partGoals':
      return `${partName}的主要目标`;
    case 'partContent':
      return `${partName}的主要内容`;
    case 'indicatorName':
      return `${indicatorName}的名称`;
    case 'indicatorTarget':
      return `${indicatorName}的目标值`;
    case 'indicatorBaseline':
      return `${indicatorName}的基准值`;
    case 'indicatorBaselineYear':
      return `${indicatorName}的基准年`;
    case 'consultationDate':
      return '征求意见日期';
    case 'consultationSentence':
      return '意见采纳情况句';
    case 'consultationAsked':
      return '征求意见的单位数';
    case 'consultationReplies':
      return '反馈和采纳情况句';
    case 'draftingUnit':
      return '起草单位';
    case 'basisDocuments':
      return '依据文件';
    case 'priorAdditions':
      return '比上年度计划新增的内容';
  }
}

/** Every binding the plan offers, grouped for the 插入引用 list. */
export function allBindings(plan: Plan): { group: string; bindings: Binding[] }[] {
  const groups: { group: string; bindings: Binding[] }[] = [
    {
      group: '全计划',
      bindings: [
        { type: 'planTitle' },
        { type: 'planYear' },
        { type: 'partsCount' },
        { type: 'partNames' },
        { type: 'totalSentence' },
        { type: 'draftingUnit' },
        { type: 'basisDocuments' },
      ],
    },
  ];
  if (plan.consultation) {
    groups.push({
      group: '征求意见',
      bindings: [
        ...(plan.consultation.sentDate ? [{ type: 'consultationDate' } as const] : []),
        { type: 'consultationSentence' },
        ...(plan.consultation.asked !== undefined ? [{ type: 'consultationAsked' } as const, { type: 'consultationReplies' } as const] : []),
      ],
    });
  }
  for (const part of plan.parts) {
    const partId = part.id;
    groups.push({
      group: part.title,
      bindings: [
        { type: 'partTitle', partId },
        { type: 'partSentence', partId },
        { type: 'partCount', partId, field: 'aspects' },
        { type: 'partCount', partId, field: 'keyTasks' },
        { type: 'partCount', partId, field: 'measures' },
        { type: 'partGoals', partId },
        { type: 'partContent', partId },
        ...part.indicators.flatMap((i): Binding[] => [
          { type: 'indicatorTarget', indicatorId: i.id },
          ...(i.baselineValue !== null ? [{ type: 'indicatorBaseline', indicatorId: i.id } as const] : []),
          ...(i.baselineYear !== null ? [{ type: 'indicatorBaselineYear', indicatorId: i.id } as const] : []),
          { type: 'indicatorName', indicatorId: i.id },
        ]),
      ],
    });
  }
  return groups;
}
