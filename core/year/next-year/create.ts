// 新建下一年度计划: the issued plan's structure copied into a new plan file, every node keeping its
// id and recording its lineage to last year's node, unfinished measures flagged to carry over,
// and last year's indicator actuals (from the 台账) made the new indicators' baselines — which is
// what the new 起草说明's background paragraph binds to ("2024年……PM2.5年均浓度X微克/立方米"),
// so a corrected actual changes the sentence.
import { QicaoError } from '../../errors.ts';
import { formatQuantity } from '../../model/indicator-text.ts';
import { createPlanFile, type Db } from '../../store/open.ts';
import { readPlan } from '../../store/read-plan.ts';
import { readSnapshot } from '../../store/snapshots.ts';
import { sql } from '../../store/statements.ts';
import { readIssue } from '../issue.ts';
import { readLedger } from '../ledger.ts';
import type { IndicatorTrack, NextYearResult, ProgressStatus } from '../../model/year.ts';
import { priorYearSentences } from './prior.ts';

interface NodeRow {
  id: number;
  kind: string;
  section: number;
  parent_id: number | null;
  part_id: number | null;
  position: number;
  title: string;
  goals: string | null;
  content: string | null;
  deadline: string | null;
}

/** The value that becomes next year's baseline, and how the sentence states it. */
export function actualText(track: Pick<IndicatorTrack, 'aggregate' | 'unit'>, value: number): string {
  return formatQuantity(value, track.aggregate === 'goodDaysRatio' ? '%' : track.unit);
}

const shiftYear = (text: string | null, from: number, to: number) => (text === null ? null : text.replaceAll(`${from}年`, `${to}年`));

export function createNextYearPlan(db: Db, target: string, options: { year?: number; sourcePath: string }): NextYearResult {
  const issue = readIssue(db);
  if (!issue) throw new QicaoError('bad-input', '计划还没有印发。请先印发本年度计划并开展调度，再由它新建下一年度计划。');
  const plan = readPlan(db);
  const priorYear = plan.year ?? Number(issue.issueDate.slice(0, 4));
  const year = options.year ?? priorYear + 1;
  if (year <= priorYear) throw new QicaoError('bad-input', `下一年度须晚于本计划的${priorYear}年，收到${year}年。`);
  const ledger = readLedger(db, { asOf: `${priorYear}-12-31` });
  const statusOf = new Map<number, ProgressStatus | null>(ledger.measures.map((m) => [m.id, m.status]));
  const tracks = new Map(ledger.indicators.map((t) => [t.indicatorId, t]));
  const issuedPlan = readSnapshot(db, issue.snapshotId).plan;

  const nodes = sql(
    db,
    `WITH RECURSIVE tree(id, depth) AS (SELECT id, 0 FROM node WHERE parent_id IS NULL UNION ALL SELECT n.id, t.depth + 1 FROM node n JOIN tree t ON n.parent_id = t.id)
     SELECT n.id, n.kind, n.section, n.parent_id, n.part_id, n.position, n.title, n.goals, n.content, n.deadline FROM node n JOIN tree t ON t.id = n.id ORDER BY t.depth, n.id`,
  ).all() as NodeRow[];
  const copy = (table: string) => sql(db, `SELECT * FROM ${table}`).all() as Record<string, unknown>[];
  const units = copy('unit');
  const measureUnits = copy('measure_unit');
  const indicators = copy('indicator');
  const measureIndicators = copy('measure_indicator');
  const levelScheme = copy('level_scheme');
  const settings = copy('document_setting');
  const insertAll = (d: Db, table: string, rows: Record<string, unknown>[]) => {
    for (const row of rows) {
      const cols = Object.keys(row);
      sql(d, `INSERT OR REPLACE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
    }
  };

  let carriedOver = 0;
  const newDb = createPlanFile(target, (d) => {
    const title = plan.title.replaceAll(`${priorYear}年`, `${year}年`).replace(/（示例）$/, '');
    sql(d, 'INSERT OR REPLACE INTO plan (id, title, year, is_sample, created_at) VALUES (1, ?, ?, 0, ?)').run(title, year, new Date().toISOString());
    insertAll(d, 'level_scheme', levelScheme);
    insertAll(d, 'document_setting', settings);
    insertAll(d, 'unit', units);
    const putNode = sql(d, 'INSERT INTO node (id, kind, section, parent_id, part_id, position, title, goals, content, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const putLineage = sql(d, 'INSERT INTO node_lineage (node_id, prior_node_id, carry_over, prior_status) VALUES (?, ?, ?, ?)');
    for (const n of nodes) {
      putNode.run(
        n.id,
        n.kind,
        n.section,
        n.parent_id,
        n.part_id,
        n.position,
        n.title,
        n.goals,
        n.content,
        n.kind === 'measure' ? shiftYear(n.deadline, priorYear, year) : n.deadline,
      );
      const status = n.kind === 'measure' ? (statusOf.get(n.id) ?? null) : null;
      const carry = n.kind === 'measure' && status !== 'done';
      if (carry) carriedOver++;
      putLineage.run(n.id, n.id, carry ? 1 : 0, status);
    }
    insertAll(d, 'measure_unit', measureUnits);
    // last year's actual becomes the baseline; without one, the old baseline stays as it was
    for (const ind of indicators) {
      const track = tracks.get(ind.id as number);
      const value = track?.yearToDate ?? null;
      insertAll(d, 'indicator', [value === null ? ind : { ...ind, baseline_year: priorYear, baseline_value: value }]);
      sql(d, 'INSERT INTO prior_actual (indicator_id, name, unit, value, text) VALUES (?, ?, ?, ?, ?)').run(
        ind.id,
        ind.name,
        ind.unit,
        value,
        value === null || !track ? '' : actualText(track, value),
      );
    }
    insertAll(d, 'measure_indicator', measureIndicators);
    sql(d, 'INSERT INTO prior_plan (id, title, year, doc_number, path, plan_json, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)').run(
      plan.title,
      priorYear,
      issue.docNumber,
      options.sourcePath,
      JSON.stringify(issuedPlan),
      new Date().toISOString(),
    );
  });
  try {
    const sentences = priorYearSentences(newDb);
    return { path: newDb.name, year, measures: ledger.counts.total, carriedOver, background: sentences.background, additions: sentences.additions };
  } finally {
    newDb.close();
  }
}
