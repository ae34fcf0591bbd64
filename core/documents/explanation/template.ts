// The 起草说明 a plan gets before the drafter has written one, in the seed's shape:
// opening, 一、起草背景及过程, 二、<year>年污染防治措施 (total sentence, then per part its count
// sentence, 主要目标, 主要内容), 三、任务要求. The prose is data (templates/explanation); every
// number and name the plan knows is a binding, resolved only at export.
import { z } from 'zod';
import prose from '../../../templates/explanation/default.json' with { type: 'json' };
import type { Indicator, Plan } from '../../model/plan.ts';
import type { Binding, Block, ExplanationDoc, Segment } from './model.ts';
import { resolveBinding } from './resolve.ts';

const Prose = z.object({
  title: z.string(),
  opening: z.string(),
  backgroundHeading: z.string(),
  baselineLead: z.string(),
  baselineItem: z.string(),
  baselineSeparator: z.string(),
  baselineEnd: z.string(),
  background: z.array(z.string()),
  /** Only once a round was sent: the consultation and how its comments were handled. */
  consultation: z.string(),
  measuresHeading: z.string(),
  measuresSummary: z.string(),
  partHeading: z.string(),
  partGoals: z.string(),
  partContent: z.string(),
  requirementsHeading: z.string(),
  requirements: z.array(z.string()),
});
type Prose = z.infer<typeof Prose>;

/** Parsed once: a broken template file fails loudly at start, not halfway through an export. */
const PROSE: Prose = Prose.parse(prose);

/** What a placeholder may refer to besides the plan as a whole. */
interface Scope {
  partId?: number;
  indicatorId?: number;
}

function placeholderBinding(name: string, scope: Scope): Binding {
  switch (name) {
    case 'planTitle':
    case 'planYear':
    case 'partsCount':
    case 'partNames':
    case 'totalSentence':
    case 'consultationDate':
    case 'consultationSentence':
      return { type: name };
    case 'partOrdinal':
    case 'partTitle':
    case 'partSentence':
    case 'partGoals':
    case 'partContent':
      if (scope.partId === undefined) break;
      return { type: name, partId: scope.partId };
    case 'indicatorName':
    case 'indicatorBaseline':
    case 'indicatorTarget':
    case 'indicatorBaselineYear':
      if (scope.indicatorId === undefined) break;
      return { type: name, indicatorId: scope.indicatorId };
  }
  throw new Error(`起草说明模板中的“{${name}}”无法在此处使用，请检查 templates/explanation 中的模板。`);
}

/** "主要目标：{partGoals}" → [{text: "主要目标："}, {bind: partGoals}]. */
export function parsePlaceholders(template: string, scope: Scope, plan: Plan): Segment[] {
  // A plan without a year reads "污染防治措施", not "年污染防治措施".
  const source = plan.year === null ? template.replaceAll('{planYear}年', '') : template;
  const segments: Segment[] = [];
  for (const [index, piece] of source.split(/\{(\w+)\}/).entries()) {
    if (index % 2 === 1) segments.push({ bind: placeholderBinding(piece, scope) });
    else if (piece !== '') segments.push({ text: piece });
  }
  return segments;
}

function baselineParagraphs(plan: Plan): Block[] {
  // One sentence per baseline year, in plan order: "2023年，PM2.5年均浓度为29微克/立方米，…。"
  const byYear = new Map<number, Indicator[]>();
  for (const indicator of plan.parts.flatMap((p) => p.indicators)) {
    if (indicator.baselineYear === null || indicator.baselineValue === null) continue;
    byYear.set(indicator.baselineYear, [...(byYear.get(indicator.baselineYear) ?? []), indicator]);
  }
  return [...byYear.values()].map((indicators) => {
    const segments = parsePlaceholders(PROSE.baselineLead, { indicatorId: indicators[0].id }, plan);
    indicators.forEach((indicator, i) => {
      if (i > 0) segments.push({ text: PROSE.baselineSeparator });
      segments.push(...parsePlaceholders(PROSE.baselineItem, { indicatorId: indicator.id }, plan));
    });
    segments.push({ text: PROSE.baselineEnd });
    return { style: 'body', segments };
  });
}

export function buildExplanationTemplate(plan: Plan): ExplanationDoc {
  const block = (style: Block['style'], template: string, scope: Scope = {}): Block => ({
    style,
    segments: parsePlaceholders(template, scope, plan),
  });
  // The title is plain text in the model; it is filled from the plan when the template is made.
  const title = parsePlaceholders(PROSE.title, {}, plan)
    .map((s) => ('text' in s ? s.text : resolveBinding(plan, s.bind)))
    .join('');
  const blocks: Block[] = [
    block('body', PROSE.opening),
    block('heading1', PROSE.backgroundHeading),
    ...baselineParagraphs(plan),
    ...PROSE.background.map((text) => block('body', text)),
    ...(plan.consultation?.sentDate ? [block('body', PROSE.consultation)] : []),
    block('heading1', PROSE.measuresHeading),
    block('body', PROSE.measuresSummary),
    ...plan.parts.flatMap((part) => [
      block('heading2', PROSE.partHeading, { partId: part.id }),
      block('body', PROSE.partGoals, { partId: part.id }),
      block('body', PROSE.partContent, { partId: part.id }),
    ]),
    block('heading1', PROSE.requirementsHeading),
    ...PROSE.requirements.map((text) => block('body', text)),
  ];
  return { title, blocks };
}
