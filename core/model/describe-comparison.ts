// The words a drafter reads about a change: the 修改说明 column of the 修改对照表, the compare
// view's notes and the command line's summary say the same thing. Pure: the renderer uses it.
import { levelWords, shownCountFields, type LevelWords } from './level-words.ts';
import { KIND_LABEL } from './plan.ts';
import type { Tally } from './plan.ts';
import { FIELD_LABEL, type ChangedEntry, type Comparison, type FieldChange, type InlineOp, type LinkedComment } from './comparison.ts';

/** "2024年2月20日 14:05" in the drafter's time zone (dates without zero padding, as 公文 write them). */
export function draftTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${hm}`;
}

const STATUS_VERB: Record<LinkedComment['status'], string> = {
  adopted: '采纳',
  partlyAdopted: '部分采纳',
  rejected: '不采纳',
  pending: '依据',
};

/** "采纳区水务局意见；部分采纳雁栖镇意见" — one unit once per verb. */
export function commentSource(comments: LinkedComment[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const c of comments) {
    const text = `${STATUS_VERB[c.status]}${c.unit}意见`;
    if (!seen.has(text)) parts.push(text);
    seen.add(text);
  }
  return parts.join('；');
}

const fieldValue = (v: string | string[]) => {
  const text = Array.isArray(v) ? v.join('、') : v;
  return text === '' ? '（无）' : text;
};

/** "调整牵头单位：区水务局 → 区生态环境局"; long texts (goals, content) only name the field. */
export function fieldNote(f: FieldChange): string {
  if (f.field === 'goals' || f.field === 'content') return `修改${FIELD_LABEL[f.field]}`;
  return `调整${FIELD_LABEL[f.field]}：${fieldValue(f.before)} → ${fieldValue(f.after)}`;
}

/** "修改措施内容", "修改重点任务名称" … */
export function textNote(kind: ChangedEntry['kind']): string {
  return kind === 'measure' ? '修改措施内容' : `修改${KIND_LABEL[kind]}名称`;
}

/** The last title of a path, quoted: where a moved node was or went. */
export function moveNote(from: string[], to: string[]): string {
  const parent = (p: string[]) => p[p.length - 2] ?? '';
  return `由“${parent(from)}”移至“${parent(to)}”`;
}

/** Every note of one changed entry, in the order the table lists them. */
export function changedNotes(entry: Pick<ChangedEntry, 'kind' | 'inline' | 'fields'>): string[] {
  return [...(entry.inline.length > 0 ? [textNote(entry.kind)] : []), ...entry.fields.map(fieldNote)];
}

/** git's word-diff form, for a terminal: "新增新能源公交车[-50-]{+80+}辆". */
export function inlineForTerminal(ops: InlineOp[]): string {
  return ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'insert' ? `{+${o.text}+}` : `[-${o.text}-]`)).join('');
}

/**
 * "重点任务 90 → 92，具体措施 205 → 207"; unchanged counts as "方面 24". In the plan's level words;
 * no 方面 where neither draft has any (a three-level plan).
 */
export function tallyDelta(before: Tally | undefined, after: Tally | undefined, words: LevelWords = levelWords()): string {
  return shownCountFields(words, before, after)
    .map((key) => {
      const label = words.field[key];
      const b = before?.[key] ?? 0;
      const a = after?.[key] ?? 0;
      return b === a ? `${label} ${a}` : `${label} ${b} → ${a}`;
    })
    .join('，');
}

/** The readable Chinese summary the command line prints without --json. */
export function summaryLines(c: Comparison): string[] {
  const lines: string[] = [];
  lines.push(`比较：${c.from.name} → ${c.to.name}（${c.matchedBy === 'id' ? '按节点编号对应' : '按内容相似度对应'}）`);
  const where = (path: string[]) => path.slice(0, -1).join(' › ');
  const total = c.added.length + c.removed.length + c.moved.length + c.changed.length;
  if (total === 0) lines.push('两稿内容相同，没有修改。');
  lines.push(`合计：${tallyDelta(c.counts.before.totals, c.counts.after.totals)}`);
  const beforeParts = new Map(c.counts.before.parts.map((p) => [p.key, p]));
  const afterKeys = new Set(c.counts.after.parts.map((p) => p.key));
  for (const p of c.counts.after.parts) lines.push(`  ${p.title}：${tallyDelta(beforeParts.get(p.key), p)}`);
  for (const p of c.counts.before.parts) if (!afterKeys.has(p.key)) lines.push(`  ${p.title}（已删除）：${tallyDelta(p, undefined)}`);
  const section = (title: string, entries: unknown[], line: (i: number) => string) => {
    if (entries.length === 0) return;
    lines.push(`${title} ${entries.length} 处：`);
    entries.forEach((_, i) => lines.push(`  ${line(i)}`));
  };
  section('新增', c.added, (i) => {
    const e = c.added[i];
    const more = e.subtree.length > 0 ? `（含下级 ${e.subtree.length} 项）` : '';
    return `+ ${KIND_LABEL[e.kind]}“${e.text}”${more}，位于 ${where(e.path) || '计划'}`;
  });
  section('删除', c.removed, (i) => {
    const e = c.removed[i];
    const more = e.subtree.length > 0 ? `（含下级 ${e.subtree.length} 项）` : '';
    return `- ${KIND_LABEL[e.kind]}“${e.text}”${more}，原在 ${where(e.path) || '计划'}`;
  });
  section('移动', c.moved, (i) => {
    const e = c.moved[i];
    return `> ${KIND_LABEL[e.kind]}“${e.text}”：${moveNote(e.from, e.to)}（${where(e.from)} → ${where(e.to)}）`;
  });
  section('修改', c.changed, (i) => {
    const e = c.changed[i];
    const source = e.comments.length > 0 ? `（${commentSource(e.comments)}）` : '';
    const text = e.inline.length > 0 ? `：${inlineForTerminal(e.inline)}` : `“${e.text}”`;
    return `~ ${KIND_LABEL[e.kind]}${text}；${changedNotes(e).join('；')}${source}`;
  });
  return lines;
}
