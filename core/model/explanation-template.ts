// The 起草说明 a plan gets before the drafter has written one, following the real one section by
// section (the seed in test/fixtures/seed-explanation.txt): the 附件 label and title are set by
// the exporter; then the opening citing the basis documents, 一、起草背景及过程 (the previous
// year's results as the seed states them, how the plan was compiled and consulted, the overall
// arrangement and the "同时增加了……" changes), 二、<year>年污染防治措施 (total sentence, then per
// part its count sentence, 主要目标, 主要内容), 三、任务要求 with its standard opening. The prose
// is data (templates/explanation); every number and name the plan knows is a binding, resolved
// only at export; every other passage is text the drafter edits and keeps.
import { z } from 'zod';
import prose from '../../templates/explanation/default.json' with { type: 'json' };
import type { Indicator, Plan } from './plan.ts';
import type { Binding, Block, ExplanationDoc, Segment } from './explanation.ts';
import { resolveBinding } from './resolve-binding.ts';

const Prose = z.object({
  title: z.string(),
  opening: z.string(),
  backgroundHeading: z.string(),
  /** The previous year's results: the lead, then the indicators' baselines as the seed states them. */
  resultsLead: z.string(),
  resultsLeadWithoutYear: z.string(),
  resultsOpen: z.string(),
  /** A level (浓度): "PM2.5年均浓度29微克/立方米". */
  resultLevel: z.string(),
  /** A rate or count: "优良天数比率为79.1%". */
  resultRate: z.string(),
  /** Reductions achieved: "累计完成市级下达的VOCs 220吨、NOx 320吨减排目标要求". */
  reductionsLead: z.string(),
  reductionsEnd: z.string(),
  resultsEnd: z.string(),
  compiled: z.string(),
  /** Only once a round was sent: when, how many units, and how their comments were handled. */
  consultation: z.string(),
  arrangement: z.string(),
  /** "同时增加了……等内容": what is new this year, for the drafter to write. */
  changes: z.string(),
  changesSample: z.string(),
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
    case 'consultationAsked':
    case 'consultationReplies':
    case 'draftingUnit':
    case 'basisDocuments':
    case 'priorAdditions':
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

/** A reduction achieved (减排量 in 吨): stated as "累计完成…减排目标要求", not as a level. */
const isReduction = (i: Indicator) => i.name.endsWith('减排量') || i.unit === '吨';
/** A concentration reads without 为, as the seed writes "年均浓度29微克/立方米". */
const isLevel = (i: Indicator) => i.unit.includes('/');

/**
 * "2023年，以减污降碳…改善显著。其中，PM2.5年均浓度29微克/立方米，优良天数比率为79.1%，累计完成
 * 市级下达的VOCs 220吨、NOx 320吨减排目标要求；断面水质达标率为100%…；生态环境状况稳定向好…。"
 * The previous year's results are the indicators' baselines of the latest baseline year, part by
 * part; older reference values ("较2020年") are not results and are left out.
 */
function resultsParagraph(plan: Plan): Block | null {
  const withBaseline = plan.parts.flatMap((p) => p.indicators).filter((i) => i.baselineYear !== null && i.baselineValue !== null);
  const year = Math.max(...withBaseline.map((i) => i.baselineYear!));
  const latest = withBaseline.filter((i) => i.baselineYear === year);
  // no actuals known (an imported plan): no paragraph of claims without numbers; `check` asks for them (explanation-gaps.ts)
  if (latest.length === 0) return null;
  const segments = parsePlaceholders(PROSE.resultsLead, { indicatorId: latest[0].id }, plan);
  segments.push({ text: PROSE.resultsOpen });
  const parts = plan.parts.map((part) => latest.filter((i) => i.partId === part.id)).filter((list) => list.length > 0);
  parts.forEach((list, p) => {
    if (p > 0) segments.push({ text: '；' });
    const stated = list.filter((i) => !isReduction(i));
    const reductions = list.filter(isReduction);
    stated.forEach((indicator, n) => {
      if (n > 0) segments.push({ text: '，' });
      segments.push(...parsePlaceholders(isLevel(indicator) ? PROSE.resultLevel : PROSE.resultRate, { indicatorId: indicator.id }, plan));
    });
    if (reductions.length > 0) {
      if (stated.length > 0) segments.push({ text: '，' });
      segments.push({ text: PROSE.reductionsLead });
      reductions.forEach((indicator, n) => {
        const name = indicator.name.replace(/减排量$/, '');
        // a Latin name and its number are kept apart by a space: "VOCs 220吨"
        segments.push({ text: `${n > 0 ? '、' : ''}${name}${/[A-Za-z]$/.test(name) ? ' ' : ''}` });
        segments.push({ bind: { type: 'indicatorBaseline', indicatorId: indicator.id } });
      });
      segments.push({ text: PROSE.reductionsEnd });
    }
  });
  segments.push({ text: PROSE.resultsEnd });
  return { style: 'body', segments: mergeText(segments) };
}

/** Neighbouring text segments as one, as the editor stores them. */
function mergeText(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if ('text' in s && last && 'text' in last) out[out.length - 1] = { text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

/** The plan's own kind, for "（以下简称《行动方案》）": 行动计划, 行动方案, 实施方案, 工作方案, 工作要点, 工作计划. */
export function planShortName(title: string): string {
  const bare = title
    .replace(/[（(][^（）()]*[）)]\s*$/u, '')
    .replace(/[（(][^（）()]*[）)]\s*$/u, '')
    .trim();
  const kind = /(行动计划|行动方案|实施方案|工作方案|工作要点|工作计划)$/u.exec(bare);
  return kind ? kind[1] : '行动计划';
}

export function buildExplanationTemplate(plan: Plan): ExplanationDoc {
  // the template's "《行动计划》" follows the plan's own kind
  const short = `《${planShortName(plan.title)}》`;
  const block = (style: Block['style'], template: string, scope: Scope = {}): Block => ({
    style,
    segments: mergeText(parsePlaceholders(template.replaceAll('《行动计划》', short), scope, plan)),
  });
  // The title is plain text in the model; it is filled from the plan when the template is made.
  const title = parsePlaceholders(PROSE.title, {}, plan)
    .map((s) => ('text' in s ? s.text : resolveBinding(plan, s.bind)))
    .join('');
  const consulted = plan.consultation?.sentDate && plan.consultation.asked !== undefined;
  // One paragraph, as in the seed: compiled, consulted, arranged, and what is new this year.
  // "同时增加了……等内容" is the drafter's to write: left out (ending the arrangement with 。) until then
  const background = [
    PROSE.compiled,
    consulted ? PROSE.consultation : '',
    plan.isSample
      ? PROSE.arrangement + PROSE.changesSample
      : plan.priorAdditions?.length // a next-year plan knows what it added since last year's: bound, it follows the plan
        ? PROSE.arrangement + PROSE.changes.replace('……', '{priorAdditions}')
        : PROSE.arrangement.replace(/；$/, '。'),
  ].join('');
  const results = resultsParagraph(plan);
  const blocks: Block[] = [
    block('body', PROSE.opening),
    block('heading1', PROSE.backgroundHeading),
    ...(results ? [results] : []),
    block('body', background),
    block('heading1', PROSE.measuresHeading),
    block('body', PROSE.measuresSummary),
    ...plan.parts.flatMap((part) => [
      block('heading2', PROSE.partHeading, { partId: part.id }),
      // an empty 主要目标 or 主要内容 is left out, not printed as a bare label
      ...(part.goals.trim() !== '' ? [block('body', PROSE.partGoals, { partId: part.id })] : []),
      ...(part.content.trim() !== '' ? [block('body', PROSE.partContent, { partId: part.id })] : []),
    ]),
    block('heading1', PROSE.requirementsHeading),
    ...PROSE.requirements.map((text) => block('body', text)),
  ];
  return { title, blocks };
}
