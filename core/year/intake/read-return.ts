// One returned progress form, read and interpreted (in the parse worker): the file parsed, the
// unit that sent it told from the form itself, every row matched to a measure. A row keeps its
// 编号 only when the measure text beside it agrees; otherwise (id column deleted, rows sorted
// without the hidden column, rows merged) it is matched by text and left for the drafter to
// confirm — a report is never attached to a measure silently on a guess.
import { bigrams, dice } from '../../compare/similarity.ts';
import { matchUnit } from '../../consult/unit-names.ts';
import type { MatchedBy, ProgressStatus } from '../../model/year.ts';
import { statusOf } from '../../model/year.ts';
import { parseProgressFile, type ReportedRow, type ReportedValue } from './parse-progress.ts';

export interface MeasureCandidate {
  id: number;
  text: string;
  leadUnits: string[];
}

/**
 * What a job needs of the plan, flat: each file's job gets its own copy, and 40 copies of 10,000
 * measure objects cost more to clone into the workers than reading the files.
 */
export interface ReturnContext {
  measureIds: number[];
  measureTexts: string[];
  /** each measure's 牵头单位 joined with LEAD_SEPARATOR */
  measureLeads: string[];
  indicators: { id: number; name: string }[];
  /** the unit register's names */
  units: string[];
}

const LEAD_SEPARATOR = '\u0001';

export function returnContext(measures: MeasureCandidate[], indicators: ReturnContext['indicators'], units: string[]): ReturnContext {
  return {
    measureIds: measures.map((m) => m.id),
    measureTexts: measures.map((m) => m.text),
    measureLeads: measures.map((m) => m.leadUnits.join(LEAD_SEPARATOR)),
    indicators,
    units,
  };
}

function candidates(ctx: ReturnContext): MeasureCandidate[] {
  return ctx.measureIds.map((id, i) => ({ id, text: ctx.measureTexts[i], leadUnits: ctx.measureLeads[i] === '' ? [] : ctx.measureLeads[i].split(LEAD_SEPARATOR) }));
}

export interface MatchedRow extends ReportedRow {
  measureId: number | null;
  matchedBy: MatchedBy;
  confirmed: boolean;
  status: ProgressStatus | null;
}

export interface ReadReturn {
  format: 'docx' | 'xlsx';
  unit: string | null;
  unitSource: '填报单位' | '署名' | '文件名' | null;
  period: string;
  noChange: boolean;
  rows: MatchedRow[];
  values: (ReportedValue & { indicatorId: number | null })[];
}

/** Agreeing text: the same measure, maybe with a character retyped. */
const SAME_TEXT = 0.9;
/** A text match must be at least this close, and clearly closer than the runner-up. */
const TEXT_MATCH = 0.5;
const MARGIN = 0.1;

const norm = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');

export function readReturn(bytes: Uint8Array, fileName: string, ctx: ReturnContext): ReadReturn {
  const parsed = parseProgressFile(bytes, fileName);
  let unit: string | null = null;
  let unitSource: ReadReturn['unitSource'] = null;
  const tries: [NonNullable<ReadReturn['unitSource']>, string[]][] = [
    ['填报单位', parsed.unit ? [parsed.unit] : []],
    ['署名', parsed.signature],
    ['文件名', [baseName(fileName)]],
  ];
  for (const [source, texts] of tries) {
    for (const t of texts) {
      const m = matchUnit(t, ctx.units);
      if (m.unit) {
        unit = m.unit;
        unitSource = source;
        break;
      }
    }
    if (unit) break;
  }

  const measures = candidates(ctx);
  const byId = new Map(measures.map((m) => [m.id, m]));
  // the texts to match against, made only when a row needs them (most rows keep their id)
  let pool: { m: MeasureCandidate; grams: Set<number> }[] | null = null;
  const bestByText = (text: string): { id: number; score: number } | null => {
    if (pool === null) {
      const own = unit ? measures.filter((m) => m.leadUnits.includes(unit!)) : measures;
      pool = (own.length > 0 ? own : measures).map((m) => ({ m, grams: bigrams(norm(m.text)) }));
    }
    const grams = bigrams(norm(text));
    let best: { id: number; score: number } | null = null;
    let second = 0;
    for (const c of pool) {
      const score = dice(grams, c.grams);
      if (!best || score > best.score) {
        second = best?.score ?? 0;
        best = { id: c.m.id, score };
      } else if (score > second) second = score;
    }
    if (!best || best.score < TEXT_MATCH || (best.score - second < MARGIN && best.score < 0.95)) return null;
    return best;
  };

  const rows: MatchedRow[] = parsed.rows.map((row) => {
    const status = statusOf(row.statusText);
    const known = row.id !== null ? byId.get(row.id) : undefined;
    if (known && row.text !== '' && dice(bigrams(norm(row.text)), bigrams(norm(known.text))) >= SAME_TEXT) {
      return { ...row, status, measureId: known.id, matchedBy: 'id', confirmed: true };
    }
    if (known && row.text === '') return { ...row, status, measureId: known.id, matchedBy: 'id', confirmed: false };
    const found = row.text !== '' ? bestByText(row.text) : null;
    return found ? { ...row, status, measureId: found.id, matchedBy: 'text', confirmed: false } : { ...row, status, measureId: null, matchedBy: 'none', confirmed: false };
  });
  // two rows on one measure: a merge or a duplicate; neither is taken without the drafter
  const seen = new Map<number, number>();
  for (const r of rows) if (r.measureId !== null) seen.set(r.measureId, (seen.get(r.measureId) ?? 0) + 1);
  for (const r of rows) if (r.measureId !== null && seen.get(r.measureId)! > 1) r.confirmed = false;

  const indicatorIds = new Set(ctx.indicators.map((i) => i.id));
  const byName = new Map(ctx.indicators.map((i) => [norm(i.name), i.id]));
  const values = parsed.values.map((v) => ({
    ...v,
    indicatorId: v.id !== null && indicatorIds.has(v.id) ? v.id : (byName.get(norm(v.name)) ?? null),
  }));
  return { format: parsed.format, unit, unitSource, period: parsed.period, noChange: parsed.noChange, rows, values };
}
