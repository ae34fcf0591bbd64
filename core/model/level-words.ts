// The one home of the words a plan's levels are called by: the names in its scheme ("主要任务"
// where the drafter renamed 重点任务), the measure word each count takes (六个方面, 27项重点任务),
// which counts a scheme has (no 方面 in a three-level plan), and the words drafters write for a
// level in a count sentence ("任务27项", "分解任务66项", "27项重点工作任务"). Review, export, import,
// the CLI and the renderer read level words from here, never from a list of their own.
// Pure: the renderer imports it.
import { DEFAULT_LEVEL_SCHEME, type LevelNames, type LevelScheme } from './levels.ts';

export type CountField = 'aspects' | 'keyTasks' | 'measures';
export const COUNT_FIELDS: readonly CountField[] = ['aspects', 'keyTasks', 'measures'];
export type LevelKind = keyof LevelNames;

/** The level each count counts. */
export const FIELD_KIND: Record<CountField, 'aspect' | 'keyTask' | 'measure'> = { aspects: 'aspect', keyTasks: 'keyTask', measures: 'measure' };

/** Words drafters use for a level in a count sentence besides its name, whatever the plan calls it. */
const USUAL_VARIANTS: Record<CountField, string[]> = {
  aspects: ['方面'],
  keyTasks: ['重点任务', '主要任务', '重点工作任务', '重点工作', '工作任务', '任务'],
  measures: ['具体措施', '工作措施', '主要措施', '分解任务', '具体任务', '细化措施', '措施'],
};

export interface LevelWords {
  scheme: LevelScheme;
  /** What the plan calls each level. */
  names: LevelNames;
  /** The counts this scheme has: aspects only where the 方面 level exists. */
  countFields: CountField[];
  /** The plan's name of the level a count counts ("方面", "主要任务"). */
  field: Record<CountField, string>;
  /** 个 for aspects, 项 for the others: "六个方面", "27项重点任务". */
  measureWord: Record<CountField, '个' | '项'>;
  /**
   * Every word a count sentence may use for each count, longest first: the plan's own name, the
   * default name, then the usual variants. "分解任务" (measures) is listed, so it is never read as
   * "任务" (key tasks).
   */
  statedWords: Record<CountField, string[]>;
}

export function levelWords(scheme: LevelScheme = DEFAULT_LEVEL_SCHEME): LevelWords {
  const names = scheme.names;
  const field: Record<CountField, string> = { aspects: names.aspect, keyTasks: names.keyTask, measures: names.measure };
  const taken = new Set<string>();
  const statedWords = {} as Record<CountField, string[]>;
  for (const f of COUNT_FIELDS) {
    // the plan's own names claim their words first: a plan calling measures "任务" reads "任务N项" as measures
    const own = [field[f], DEFAULT_LEVEL_SCHEME.names[FIELD_KIND[f]]].filter((w) => !taken.has(w));
    own.forEach((w) => taken.add(w));
    statedWords[f] = own;
  }
  for (const f of COUNT_FIELDS) for (const w of USUAL_VARIANTS[f]) if (!taken.has(w)) (taken.add(w), statedWords[f].push(w));
  for (const f of COUNT_FIELDS) statedWords[f].sort((a, b) => b.length - a.length);
  return {
    scheme,
    names,
    countFields: scheme.aspects ? [...COUNT_FIELDS] : ['keyTasks', 'measures'],
    field,
    measureWord: { aspects: '个', keyTasks: '项', measures: '项' },
    statedWords,
  };
}

/** A level's name as the drafter writes it in a mapping ("方面", or the plan's "工作措施") → the level. */
export function kindNamed(word: string, words: LevelWords = levelWords()): LevelKind | undefined {
  const w = word.trim();
  for (const k of ['part', 'aspect', 'keyTask', 'measure'] as const) if (w === words.names[k] || w === DEFAULT_LEVEL_SCHEME.names[k]) return k;
  return undefined;
}

/**
 * The counts of a tally to show: the scheme's, and 方面 only when some draft has any (a
 * three-level plan, or a document read without a scheme, has none to show).
 */
export function shownCountFields(words: LevelWords, ...tallies: (Partial<Record<CountField, number>> | undefined)[]): CountField[] {
  return words.countFields.filter((f) => f !== 'aspects' || tallies.some((t) => (t?.aspects ?? 0) > 0));
}
