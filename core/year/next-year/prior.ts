// A next-year plan's view of the year before: last year's plan and results as copied in, the
// lineage of each node, and the comparison with last year's issued plan — paired by lineage,
// the way two drafts of one plan are paired by id — that gives "同时增加了……等内容".
import { comparePlans } from '../../compare/index.ts';
import type { Comparison } from '../../model/comparison.ts';
import { buildExplanationTemplate } from '../../model/explanation-template.ts';
import { resolveBinding } from '../../model/resolve-binding.ts';
import { formatQuantity } from '../../model/indicator-text.ts';
import { withLevels } from '../../model/level-rules.ts';
import type { Plan, PlanNode } from '../../model/plan.ts';
import { QicaoError } from '../../errors.ts';
import type { Db } from '../../store/open.ts';
import { readPlan } from '../../store/read-plan.ts';
import { sql } from '../../store/statements.ts';
import type { PriorYearView, ProgressStatus } from '../../model/year.ts';
import { aggregateOf } from '../indicator-track.ts';

/** Ids of nodes without lineage are moved out of last year's id range for the comparison. */
const NEW_NODE_OFFSET = 1_000_000_000;

interface PriorRow {
  title: string;
  year: number | null;
  docNumber: string;
  path: string;
  planJson: string;
}

function priorRow(db: Db): PriorRow | null {
  return (sql(db, 'SELECT title, year, doc_number AS docNumber, path, plan_json AS planJson FROM prior_plan WHERE id = 1').get() as PriorRow | undefined) ?? null;
}

function lineageMap(db: Db): Map<number, { priorNodeId: number; carryOver: boolean; priorStatus: ProgressStatus | null }> {
  const rows = sql(db, 'SELECT node_id AS nodeId, prior_node_id AS priorNodeId, carry_over AS carryOver, prior_status AS priorStatus FROM node_lineage').all() as {
    nodeId: number;
    priorNodeId: number;
    carryOver: number;
    priorStatus: ProgressStatus | null;
  }[];
  return new Map(rows.map((r) => [r.nodeId, { priorNodeId: r.priorNodeId, carryOver: r.carryOver === 1, priorStatus: r.priorStatus }]));
}

/** The plan with each node's id replaced by its lineage (last year's id), new nodes moved aside. */
function byLineage(plan: Plan, lineage: Map<number, { priorNodeId: number }>): Plan {
  const remap = (id: number) => lineage.get(id)?.priorNodeId ?? id + NEW_NODE_OFFSET;
  const walk = <T extends PlanNode>(n: T): T => {
    const children = 'children' in n ? (n.children as PlanNode[]).map(walk) : undefined;
    return { ...n, id: remap(n.id), ...(children ? { children } : {}) } as T;
  };
  return { ...plan, parts: plan.parts.map(walk), sections: plan.sections.map(walk) };
}

/** This plan compared with last year's issued plan, nodes paired by lineage. */
export function compareWithPriorYear(db: Db): Comparison {
  const prior = priorRow(db);
  if (!prior) throw new QicaoError('not-found', '这个计划不是由上一年度计划新建的，没有可比较的上一年度计划。');
  const before = withLevels(JSON.parse(prior.planJson) as Plan);
  const after = byLineage(readPlan(db), lineageMap(db));
  return comparePlans(before, after, { from: { name: `${prior.year ?? ''}年印发稿`, source: 'snapshot' }, to: { name: '当前稿', source: 'current' } });
}

/** What was added compared with last year: the titles of the topmost new parts, aspects and key tasks. */
export function additionTitles(c: Comparison): string[] {
  return c.added.filter((e) => e.kind !== 'measure').map((e) => e.text.replace(/[。；;，,]$/, ''));
}

export function additionsSentence(titles: string[]): string {
  return titles.length === 0 ? '' : `同时增加了${titles.join('、')}等内容`;
}

/** The new 起草说明's background paragraph (as the template writes it, bound to the baselines) and the additions. */
export function priorYearSentences(db: Db): { background: string; additions: string } {
  const plan = readPlan(db);
  const doc = buildExplanationTemplate(plan);
  const heading = doc.blocks.findIndex((b) => b.style === 'heading1');
  const block = doc.blocks[heading + 1];
  const background = block ? block.segments.map((s) => ('text' in s ? s.text : resolveBinding(plan, s.bind))).join('') : '';
  return { background, additions: additionsSentence(priorRow(db) ? additionTitles(compareWithPriorYear(db)) : []) };
}

export function readPriorYear(db: Db): PriorYearView | null {
  const prior = priorRow(db);
  if (!prior) return null;
  const actuals = sql(db, 'SELECT indicator_id AS indicatorId, name, unit, value, text FROM prior_actual ORDER BY indicator_id').all() as PriorYearView['actuals'];
  const lineage = [...lineageMap(db)].map(([nodeId, l]) => ({ nodeId, ...l }));
  const sentences = priorYearSentences(db);
  return { title: prior.title, year: prior.year, docNumber: prior.docNumber, path: prior.path, actuals, lineage, ...sentences };
}

/** Corrects last year's actual: the indicator's baseline follows, and with it the bound sentence. */
export function setPriorActual(db: Db, indicatorId: number, value: number | null): PriorYearView {
  db.transaction(() => {
    const prior = priorRow(db);
    if (!prior) throw new QicaoError('not-found', '这个计划不是由上一年度计划新建的，没有上一年度的实际值可改。');
    const row = sql(db, 'SELECT name, unit FROM prior_actual WHERE indicator_id = ?').get(indicatorId) as { name: string; unit: string } | undefined;
    if (!row) throw new QicaoError('not-found', `指标编号 ${indicatorId} 没有上一年度的实际值记录，请在指标表中直接修改基准值。`);
    const ind = sql(db, 'SELECT comparator FROM indicator WHERE id = ?').get(indicatorId) as { comparator: string } | undefined;
    const aggregate = aggregateOf({ name: row.name, unit: row.unit, comparator: (ind?.comparator ?? '<=') as '<=' });
    const text = value === null ? '' : formatQuantity(value, aggregate === 'goodDaysRatio' ? '%' : row.unit);
    sql(db, 'UPDATE prior_actual SET value = ?, text = ? WHERE indicator_id = ?').run(value, text, indicatorId);
    if (value !== null) sql(db, 'UPDATE indicator SET baseline_year = ?, baseline_value = ? WHERE id = ?').run(prior.year, value, indicatorId);
  })();
  return readPriorYear(db)!;
}
