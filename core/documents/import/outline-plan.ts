// A plan written as a 公文 outline → PlanSpec: "一、" parts, "（一）" aspects, "1." key tasks,
// "（1）" measures with their （牵头单位：…） note; 主要目标/主要内容 and any other text between a
// part heading and its first aspect go to the part's goals and content. Headings may carry the
// number in the text or come from a Word heading style. Whatever fits nowhere is a leftover.
import type { NodeKind } from '../../model/plan.ts';
import type { PlanSpec } from '../../model/plan-spec.ts';
import { kindOfLevel, readMarker } from './heading-marker.ts';
import { splitMeasureNote } from './measure-note.ts';
import type { SourceDocument, SourceParagraph } from './source.ts';

export interface Leftover {
  paragraph: number;
  text: string;
}

export interface ImportDraft {
  title: string | null;
  parts: PlanSpec['parts'];
  leftovers: Leftover[];
  /** What the importer decided for the drafter to review ("放入了无标题的方面"). */
  notes: string[];
  /** How many paragraphs were read as structure (for choosing between readings). */
  measures: number;
}

type PartSpec = PlanSpec['parts'][number];
type AspectSpec = PartSpec['aspects'][number];
type KeyTaskSpec = AspectSpec['keyTasks'][number];

const GOALS = /^(?:主要目标|工作目标|总体目标)(?:为|是)?[：:]\s*/;
const CONTENT = /^(?:主要内容)(?:为|是)?[：:]\s*/;
const GOALS_HEADING = /^(?:主要目标|工作目标|总体目标)[：:。]?$/;
const CONTENT_HEADING = /^主要内容[：:。]?$/;
const ATTACHMENT = /^附件\s*\d*[：:]?$/;

export const UNTITLED_PART = '未分部分';
export const UNTITLED_ASPECT = '未分方面';
export const UNTITLED_TASK = '未分重点任务';

/** A heading: its kind by number marker, or by Word heading style when the text has none. */
function headingOf(p: SourceParagraph): { kind: NodeKind; rest: string } | null {
  const m = readMarker(p.text);
  if (m) return { kind: m.kind, rest: m.rest };
  const kind = kindOfLevel(p.outlineLevel);
  return kind ? { kind, rest: p.text.trim() } : null;
}

export function planFromOutline(doc: SourceDocument): ImportDraft {
  const draft: ImportDraft = { title: null, parts: [], leftovers: [], notes: [], measures: 0 };
  const paragraphs = doc.blocks.filter((b): b is SourceParagraph => b.type === 'paragraph');
  // Measures are numbered "（1）" in this document: then an unnumbered paragraph under a key task
  // is not a measure of its own unless it carries a （牵头单位：…） note.
  const numberedMeasures = paragraphs.some((p) => readMarker(p.text)?.kind === 'measure');

  let part: PartSpec | null = null;
  let aspect: AspectSpec | null = null;
  let task: KeyTaskSpec | null = null;
  let field: 'goals' | 'content' | null = null;
  const goals = new Map<PartSpec, string[]>();
  const content = new Map<PartSpec, string[]>();
  const append = (p: PartSpec, f: 'goals' | 'content', text: string) => {
    const map = f === 'goals' ? goals : content;
    map.set(p, [...(map.get(p) ?? []), text]);
  };

  const ensurePart = (at: number): PartSpec => {
    if (part) return part;
    draft.notes.push(`第${at + 1}段之前没有“一、”一级标题，已新建部分“${UNTITLED_PART}”，请改为实际的部分名称。`);
    part = { title: UNTITLED_PART, kind: 'part', goals: '', content: '', indicators: [], aspects: [], keyTasks: [] };
    draft.parts.push(part);
    return part;
  };
  const ensureAspect = (at: number): AspectSpec => {
    if (aspect) return aspect;
    const p = ensurePart(at);
    draft.notes.push(`第${at + 1}段的重点任务前没有“（一）”方面标题，已放入方面“${UNTITLED_ASPECT}”，请改为实际的方面名称。`);
    aspect = { title: UNTITLED_ASPECT, keyTasks: [] };
    p.aspects.push(aspect);
    return aspect;
  };
  const ensureTask = (at: number): KeyTaskSpec => {
    if (task) return task;
    const a = ensureAspect(at);
    draft.notes.push(`第${at + 1}段的具体措施前没有“1.”重点任务标题，已放入重点任务“${UNTITLED_TASK}”，请改为实际的任务名称。`);
    task = { title: UNTITLED_TASK, measures: [] };
    a.keyTasks.push(task);
    return task;
  };
  const addMeasure = (text: string, at: number) => {
    const { text: body, note } = splitMeasureNote(text);
    ensureTask(at).measures.push({ text: body, leadUnits: note?.leadUnits ?? [], supportUnits: note?.supportUnits ?? [], deadline: note?.deadline ?? '', indicators: [] });
    draft.measures++;
  };

  for (const p of paragraphs) {
    const text = p.text.trim();
    if (text === '') continue;
    const at = p.index;
    const heading = headingOf(p);

    if (!part && !heading) {
      if (draft.title === null && !ATTACHMENT.test(text)) draft.title = text;
      else draft.leftovers.push({ paragraph: at, text });
      continue;
    }
    // Numbered lines inside 主要目标/主要内容 ("1.全区水生态…") belong to that text, not the outline.
    if (heading && field && part && part.aspects.length === 0 && (heading.kind === 'keyTask' || heading.kind === 'measure')) {
      append(part, field, text);
      continue;
    }
    switch (heading?.kind) {
      case 'part':
        part = { title: heading.rest, kind: 'part', goals: '', content: '', indicators: [], aspects: [], keyTasks: [] };
        draft.parts.push(part);
        aspect = task = null;
        field = null;
        continue;
      case 'aspect':
        if (part && part.aspects.length === 0 && GOALS_HEADING.test(heading.rest)) {
          field = 'goals';
          continue;
        }
        if (part && part.aspects.length === 0 && CONTENT_HEADING.test(heading.rest)) {
          field = 'content';
          continue;
        }
        aspect = { title: heading.rest, keyTasks: [] };
        ensurePart(at).aspects.push(aspect);
        task = null;
        field = null;
        continue;
      case 'keyTask': {
        const { text: title, note } = splitMeasureNote(heading.rest);
        task = { title, measures: [] };
        ensureAspect(at).keyTasks.push(task);
        field = null;
        if (note) {
          // "1.推广新能源汽车。加快推进…（牵头单位：…）": the task's name, then its one measure.
          const stop = title.indexOf('。');
          const named = stop > 0 && stop < title.length - 1;
          if (named) task.title = title.slice(0, stop);
          addMeasure(named ? heading.rest.slice(stop + 1) : heading.rest, at);
        }
        continue;
      }
      case 'measure':
        addMeasure(heading.rest, at);
        continue;
    }
    // A body paragraph.
    const current = part!;
    if (GOALS.test(text) && current.aspects.length === 0) {
      append(current, 'goals', text.replace(GOALS, ''));
      field = 'goals';
    } else if (CONTENT.test(text) && current.aspects.length === 0) {
      append(current, 'content', text.replace(CONTENT, ''));
      field = 'content';
    } else if (current.aspects.length === 0) {
      append(current, field ?? 'content', text);
    } else if (task && (!numberedMeasures || splitMeasureNote(text).note)) {
      addMeasure(text, at);
    } else {
      draft.leftovers.push({ paragraph: at, text });
    }
  }
  for (const p of draft.parts) {
    p.goals = (goals.get(p) ?? []).join('\n');
    p.content = (content.get(p) ?? []).join('\n');
  }
  for (const b of doc.blocks) {
    if (b.type !== 'table') continue;
    for (const row of b.rows) for (const c of row.cells) c.lines.forEach((line, k) => draft.leftovers.push({ paragraph: c.first + k, text: line }));
  }
  draft.leftovers.sort((a, b) => a.paragraph - b.paragraph);
  return draft;
}
