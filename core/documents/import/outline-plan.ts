// A plan written as a 公文 outline → PlanSpec. The covering notice and 版记 are set aside
// (front-matter.ts); the numbering levels are mapped to 部分/方面/重点任务/具体措施 by what the
// document shows (level-scheme.ts) or as the drafter chose in the preview; sections without
// tasks (总体要求, 保障措施…) become text sections; responsibility phrases in all their shapes
// (responsibility.ts) give units and deadlines, a "以下……不再列出" rule or a heading's phrase
// applies to the measures under it, and a 责任单位 line of its own belongs to the item above.
// Every paragraph gets a ReadRow saying how it was read; what fits nowhere is a leftover.
import { levelWords } from '../../model/level-words.ts';
import type { PlanSpec } from '../../model/plan-spec.ts';
import { kindOfLevel, readMarker } from '../../model/markers.ts';
import { detectLevels, type LevelItem } from './level-scheme.ts';
import { attachmentListLines, documentTailReason, looksLikeSignature, noticeEnd, readFrontMatter, DATE_LINE, isDraftStage } from './front-matter.ts';
import { LEVEL_LABEL, row, type ColumnReading, type ImportOverrides, type Level, type LevelMapping, type LevelRole, type ReadRow } from './reading.ts';
import { describeResponsibility, documentConvention, readPhraseLine as readLine, splitTrailingPhrase as splitPhrase, type Responsibility } from './responsibility.ts';
import type { SourceDocument, SourceParagraph } from './source.ts';

export interface Leftover {
  paragraph: number;
  text: string;
  /** Why it is not in the plan. */
  reason?: string;
}

export interface ImportDraft {
  title: string | null;
  parts: PlanSpec['parts'];
  leftovers: Leftover[];
  /** What the importer decided for the drafter to review. */
  notes: string[];
  /** How many measures were read (for choosing between readings). */
  measures: number;
  /** false: key tasks directly under their parts (a three-level plan). */
  aspects: boolean;
  /** How each paragraph (or table row) was read. */
  rows: ReadRow[];
  mapping?: LevelMapping;
  mappingReason?: string;
  columns?: ColumnReading[];
  /** The preamble ("为……，制定本方案。"): paragraphs between the title and the first heading. */
  preamble?: string[];
  /** The measure each row index became, for the drafter's corrections in the preview. */
  measureAt?: Map<number, MeasureSpec>;
}

type PartSpec = PlanSpec['parts'][number];
type AspectSpec = PartSpec['aspects'][number];
type KeyTaskSpec = AspectSpec['keyTasks'][number];
type MeasureSpec = KeyTaskSpec['measures'][number];

const GOALS = /^(?:主要目标|工作目标|总体目标)(?:为|是)?[：:]\s*/;
const CONTENT = /^(?:主要内容)(?:为|是)?[：:]\s*/;
const GOALS_HEADING = /^(?:主要目标|工作目标|总体目标)[：:。]?$/;
const CONTENT_HEADING = /^主要内容[：:。]?$/;
/** Headings of text sections: no tasks under them, never counted. */
export const SECTION_TITLE =
  /^(?:总体要求|指导思想|总体目标|主要目标|工作目标|目标任务|基本原则|工作原则|总体思路|编制依据|工作背景|现状|基本情况|工作要求|保障措施|组织保障|保障机制|组织实施|实施保障|工作保障|工作安排|进度安排|实施步骤|时间安排|监督考核|考核评估|督导考核|其他事项|有关要求|工作机制|附则|组织领导)[。：:]?$/;

export const UNTITLED_PART = '未分部分';
export const UNTITLED_ASPECT = '未分方面';
export const UNTITLED_TASK = '未分重点任务';

const LEVEL_OF_KIND: Record<string, Level> = { part: 'L1', aspect: 'L2', keyTask: 'L3', measure: 'L4' };
const ROLE_TEXT: Record<LevelRole, string> = { ...levelWords().names, text: '正文' };

/** The numbering level of a paragraph: by its number, or by its Word heading style. */
function levelOf(p: SourceParagraph): { level: Level; rest: string } | null {
  const m = readMarker(p.text);
  if (m) return { level: LEVEL_OF_KIND[m.kind], rest: m.rest };
  const kind = kindOfLevel(p.outlineLevel);
  return kind ? { level: LEVEL_OF_KIND[kind], rest: p.text.trim() } : null;
}

const short = (t: string) => (t.length > 24 ? `${t.slice(0, 24)}…` : t);

/** A heading or rule whose units pass down to the measures under it. */
interface Context {
  at: number;
  title: string;
  resp: Responsibility;
  applied: number;
}

export function planFromOutline(doc: SourceDocument, overrides: ImportOverrides = {}): ImportDraft {
  // "各项任务中，责任单位排名第一的为牵头单位": stated once, it applies to every item.
  const convention = documentConvention(doc.paragraphs);
  // Each paragraph's phrase is asked for several times (evidence, then reading): read it once.
  const phrases = new Map<string, ReturnType<typeof splitPhrase>>();
  const splitTrailingPhrase = (t: string): ReturnType<typeof splitPhrase> => phrases.get(t) ?? (phrases.set(t, splitPhrase(t, convention)), phrases.get(t)!);
  const lines = new Map<string, Responsibility | null>();
  const readPhraseLine = (t: string) => (lines.has(t) ? lines.get(t)! : (lines.set(t, readLine(t, convention)), lines.get(t)!));
  const paragraphs = doc.blocks.filter((b): b is SourceParagraph => b.type === 'paragraph');
  // The covering notice's own "一、提高认识" points and its 附件 list ("2. ……分解表") are no plan levels.
  const noticeAt = noticeEnd(doc.paragraphs);
  const listLines = attachmentListLines(doc.paragraphs);
  const levels = new Map<number, { level: Level; rest: string }>();
  for (const p of paragraphs) {
    const l = p.index > noticeAt && !listLines.has(p.index) ? levelOf(p) : null;
    if (l && p.text.trim() !== '') levels.set(p.index, l);
  }
  // The plan starts at its first top-level heading; what comes before is notice, title, preamble.
  const top = (['L1', 'L2', 'L3', 'L4'] as Level[]).find((l) => [...levels.values()].some((x) => x.level === l));
  const firstHeading = paragraphs.find((p) => top && levels.get(p.index)?.level === top)?.index ?? doc.paragraphs.length;
  const front = readFrontMatter(doc.paragraphs, firstHeading);

  // Sections (总体要求, 保障措施…) are found by their top-level titles before the levels are judged,
  // so their own （一）1. do not count as plan structure.
  const inSection = new Set<number>();
  let section = false;
  for (const p of paragraphs) {
    const l = levels.get(p.index);
    if (l && l.level === top) section = SECTION_TITLE.test(splitTrailingPhrase(l.rest).text.trim());
    if (section && p.index >= firstHeading) inSection.add(p.index);
  }

  // Evidence for the level mapping: numbered items and whether a phrase goes with each.
  const items: LevelItem[] = [];
  let unnumberedWithPhrase = 0;
  const unnumberedUnder: Partial<Record<Level, number>> = {};
  let lastLevel: Level | null = null;
  const body = paragraphs.filter((p) => p.index >= firstHeading && !inSection.has(p.index) && p.text.trim() !== '');
  body.forEach((p, k) => {
    const l = levels.get(p.index);
    const next = body[k + 1];
    const phraseLineAfter = next && !levels.has(next.index) && readPhraseLine(next.text) !== null;
    if (l) {
      items.push({ level: l.level, rest: l.rest, phrase: splitTrailingPhrase(l.rest).phrase !== null || !!phraseLineAfter });
      lastLevel = l.level;
    } else if (readPhraseLine(p.text) === null) {
      if (splitTrailingPhrase(p.text).phrase) unnumberedWithPhrase++;
      // body text under a numbered item: its measures, when the items are task names
      if (lastLevel && !GOALS.test(p.text.trim()) && !CONTENT.test(p.text.trim())) unnumberedUnder[lastLevel] = (unnumberedUnder[lastLevel] ?? 0) + 1;
    }
  });
  const detected = detectLevels({ items, unnumberedWithPhrase, unnumberedUnder });
  const mapping: LevelMapping = { ...detected.mapping, ...overrides.levels };
  const chosen = overrides.levels && Object.keys(overrides.levels).length > 0;
  const aspects = Object.values(mapping).includes('aspect');
  const numberedMeasures = items.some((i) => mapping[i.level] === 'measure');

  const draft: ImportDraft = {
    title: front.titleText,
    parts: [],
    leftovers: [],
    notes: [],
    measures: 0,
    aspects,
    rows: [],
    preamble: [],
    measureAt: new Map(),
    mapping,
    mappingReason: chosen
      ? `按起草人指定的层级读取：${(Object.keys(mapping) as Level[])
          .filter((l) => items.some((i) => i.level === l))
          .map((l) => `“${LEVEL_LABEL[l]}”为${ROLE_TEXT[mapping[l]]}`)
          .join('，')}。`
      : detected.reason,
  };
  // The sample's own four levels need no word; anything else the drafter should know about.
  const plainFour = mapping.L1 === 'part' && mapping.L2 === 'aspect' && mapping.L3 === 'keyTask' && mapping.L4 === 'measure';
  if (items.length > 0 && (!plainFour || chosen)) draft.notes.push(draft.mappingReason!);

  let part: PartSpec | null = null;
  let aspect: AspectSpec | null = null;
  let task: KeyTaskSpec | null = null;
  let field: 'goals' | 'content' | null = null;
  let sectionPart: PartSpec | null = null;
  const text = new Map<PartSpec, { goals: string[]; content: string[] }>();
  const append = (p: PartSpec, f: 'goals' | 'content', t: string) => {
    if (!text.has(p)) text.set(p, { goals: [], content: [] });
    text.get(p)![f].push(t);
  };
  const contexts: { part: Context | null; aspect: Context | null; task: Context | null } = { part: null, aspect: null, task: null };
  const allContexts: Context[] = [];
  /** The last thing a 责任单位 line could belong to. */
  type Last = { kind: 'measure'; measure: MeasureSpec; row: ReadRow } | { kind: 'heading'; level: 'part' | 'aspect' | 'task'; row: ReadRow };
  const lastRef: { item: Last | null } = { item: null };

  const newPart = (title: string): PartSpec => {
    const p: PartSpec = { title, kind: 'part', goals: '', content: '', indicators: [], aspects: [], keyTasks: [] };
    draft.parts.push(p);
    part = p;
    aspect = task = null;
    contexts.part = contexts.aspect = contexts.task = null;
    return p;
  };
  const currentPart = (): PartSpec | null => part;
  const hasChildren = (p: PartSpec) => p.aspects.length > 0 || p.keyTasks.length > 0;
  const ensurePart = (at: number): PartSpec => {
    if (part) return part;
    draft.notes.push(`第${at + 1}段之前没有部分标题，已新建部分“${UNTITLED_PART}”，请改为实际的部分名称。`);
    return newPart(UNTITLED_PART);
  };
  const ensureAspect = (at: number): AspectSpec => {
    if (aspect) return aspect;
    const p = ensurePart(at);
    draft.notes.push(`第${at + 1}段的重点任务前没有方面标题，已放入方面“${UNTITLED_ASPECT}”，请改为实际的方面名称。`);
    aspect = { title: UNTITLED_ASPECT, keyTasks: [] };
    p.aspects.push(aspect);
    return aspect;
  };
  const newTask = (title: string, at: number): KeyTaskSpec => {
    const t: KeyTaskSpec = { title, measures: [] };
    if (aspects) ensureAspect(at).keyTasks.push(t);
    else ensurePart(at).keyTasks.push(t);
    task = t;
    contexts.task = null;
    return t;
  };
  const ensureTask = (at: number): KeyTaskSpec => {
    if (task) return task;
    draft.notes.push(`第${at + 1}段的具体措施前没有重点任务标题，已放入重点任务“${UNTITLED_TASK}”，请改为实际的任务名称。`);
    return newTask(UNTITLED_TASK, at);
  };
  const setContext = (level: 'part' | 'aspect' | 'task', at: number, title: string, resp: Responsibility) => {
    const existing = contexts[level];
    if (existing && existing.at === at) {
      mergeInto(existing.resp, resp);
      return;
    }
    // A copy: later lines merge into it, and the phrase itself is shared by the memo above.
    const own: Responsibility = { ...resp, leadUnits: [...resp.leadUnits], supportUnits: [...resp.supportUnits], implementers: [...resp.implementers], unread: [...resp.unread] };
    const c: Context = { at, title, resp: own, applied: 0 };
    contexts[level] = c;
    allContexts.push(c);
  };

  const addMeasure = (textWithPhrase: string, at: number, r: ReadRow) => {
    const { text: body, phrase } = splitTrailingPhrase(textWithPhrase);
    // What the phrase said besides units ("责任领导：…", "按季度报送") stays in the measure's text.
    const kept = [...(phrase?.leaders ?? []), ...(phrase?.unread ?? [])];
    const unread = kept.length ? `（${kept.join('；')}）` : '';
    const m: MeasureSpec = {
      text: body + unread,
      leadUnits: [...(phrase?.leadUnits ?? [])],
      supportUnits: [...(phrase?.supportUnits ?? []), ...(phrase?.implementers ?? []).filter((u) => !phrase!.supportUnits.includes(u))],
      deadline: phrase?.deadline ?? '',
      indicators: [],
    };
    if (phrase?.rule) {
      // A rule written on a measure itself ("……，以下……不再列出") applies from here on in its task —
      // only the rule's own units, never this measure's lead, support or deadline.
      setContext(task ? 'task' : aspect ? 'aspect' : 'part', at, body, { ...phrase, leadUnits: [], supportUnits: [], deadline: '', implementers: phrase.implementers });
    }
    if (phrase) notePhrase(phrase, at);
    const rules = inherit(m, [contexts.task, contexts.aspect, contexts.part]);
    ensureTask(at).measures.push(m);
    draft.measureAt!.set(at, m);
    draft.measures++;
    Object.assign(r, {
      as: 'measure',
      title: m.text,
      leadUnits: m.leadUnits,
      supportUnits: m.supportUnits,
      deadline: m.deadline,
      rule: rules || (phrase ? describeResponsibility(phrase) || null : null),
    });
    lastRef.item = { kind: 'measure', measure: m, row: r };
  };

  let sawPreamble = false;
  const doubtful = new Map<string, number>();
  const leaders: string[] = [];
  const lineAfter = new Set<MeasureSpec>();
  const noUnits = (m: MeasureSpec) => m.leadUnits.length === 0 && m.supportUnits.length === 0;
  const notePhrase = (p: Responsibility, at: number) => {
    for (const u of p.doubtful) if (!doubtful.has(u)) doubtful.set(u, at);
    leaders.push(...p.leaders);
  };
  /** A 责任单位 line merged into a measure: 责任单位 after a named lead are its supporting units. */
  const mergeLine = (m: MeasureSpec, line: Responsibility) => {
    const asSupport = !line.leadNamed && line.responsible.length > 0 && m.leadUnits.length > 0;
    const leads = asSupport ? [] : line.leadUnits;
    const supports = asSupport ? [...line.responsible, ...line.supportUnits] : line.supportUnits;
    for (const u of leads) if (!m.leadUnits.includes(u)) m.leadUnits.push(u);
    for (const u of [...supports, ...line.implementers]) if (!m.supportUnits.includes(u) && !m.leadUnits.includes(u)) m.supportUnits.push(u);
    if (line.deadline && !m.deadline) m.deadline = line.deadline;
  };
  for (const p of paragraphs) {
    const raw = p.text.trim();
    if (raw === '') continue;
    const at = p.index;
    const r = row(at, raw, 'leftover');
    draft.rows.push(r);
    const lv = levels.get(at);
    if (lv) r.level = lv.level;

    const frontReason = front.skipped.get(at);
    if (frontReason) {
      Object.assign(r, frontReason === '计划标题（续行）' ? { as: 'title', title: front.titleText } : { as: 'skipped', skipped: frontReason });
      continue;
    }
    if (at === front.title) {
      Object.assign(r, { as: 'title', title: front.titleText ?? raw });
      continue;
    }
    if (at < firstHeading) {
      if (listLines.has(at) || at <= noticeAt) {
        Object.assign(r, { as: 'skipped', skipped: listLines.has(at) ? '附件清单' : '通知正文' });
        continue;
      }
      if (firstHeading >= doc.paragraphs.length) {
        // no structure at all: nothing here is a plan's preamble
        r.skipped = '没有任何编号标题的文档中的文字';
        draft.leftovers.push({ paragraph: at, text: raw, reason: r.skipped });
        continue;
      }
      // The preamble ("为……，制定本方案。") is the plan's own opening: kept and exported.
      sawPreamble = true;
      draft.preamble!.push(raw);
      Object.assign(r, { as: 'preamble', title: raw, rule: '标题之后、第一个标题之前的引言，作为计划的前言保留' });
      continue;
    }
    const tail = documentTailReason(raw) ?? (looksLikeSignature(raw) && DATE_LINE.test(nextText(doc.paragraphs, at)) ? '落款（发文机关署名）' : null);
    if (tail && !lv) {
      Object.assign(r, { as: 'skipped', skipped: tail });
      continue;
    }
    if (isDraftStage(raw)) {
      Object.assign(r, { as: 'skipped', skipped: '稿件说明' });
      continue;
    }

    const role: LevelRole | null = lv ? mapping[lv.level] : null;
    // Text sections: the heading and everything under it, verbatim.
    if (role === 'part') {
      const { text: title } = splitTrailingPhrase(lv!.rest);
      if (SECTION_TITLE.test(title.trim())) {
        sectionPart = newPart(title.trim().replace(/[。：:]$/, ''));
        sectionPart.kind = 'section';
        Object.assign(r, { as: 'section', title: sectionPart.title });
        lastRef.item = null;
        continue;
      }
      sectionPart = null;
    }
    const openSection = sectionPart as PartSpec | null;
    if (openSection && currentPart() === openSection) {
      append(openSection, 'content', raw);
      Object.assign(r, { as: 'content', title: openSection.title });
      continue;
    }

    // A 责任单位 line of its own: it belongs to the item above (or, as a rule, to what follows).
    const phraseLine = !lv || role === 'text' ? readPhraseLine(raw) : null;
    if (phraseLine) {
      r.as = 'units';
      Object.assign(r, { leadUnits: phraseLine.leadUnits, supportUnits: [...phraseLine.supportUnits, ...phraseLine.implementers], deadline: phraseLine.deadline });
      const lastItem = lastRef.item;
      if (phraseLine.rule) {
        const level = task ? 'task' : aspect ? 'aspect' : 'part';
        setContext(level, at, raw, phraseLine);
        r.rule = `说明适用于其后的各项措施：${phraseLine.rule}`;
      } else if (lastItem?.kind === 'measure') {
        notePhrase(phraseLine, at);
        // After the last （n） of a task, a line covers every （n） above it that names no unit.
        const siblings = task ? (task as KeyTaskSpec).measures : [lastItem.measure];
        const k = siblings.indexOf(lastItem.measure);
        let first = k;
        while (first > 0 && noUnits(siblings[first - 1]) && !lineAfter.has(siblings[first - 1])) first--;
        const covered = siblings.slice(Math.max(0, first), k + 1);
        for (const m of covered) mergeLine(m, phraseLine);
        lineAfter.add(lastItem.measure);
        for (const [index, m] of draft.measureAt!) {
          if (!covered.includes(m)) continue;
          const mr = draft.rows.find((x) => x.index === index && x.as === 'measure');
          if (mr) Object.assign(mr, { leadUnits: m.leadUnits, supportUnits: m.supportUnits, deadline: m.deadline });
        }
        if (covered.length > 1) {
          const from = [...draft.measureAt!].find(([, m]) => m === covered[0])![0];
          r.rule = `并入其上同一任务的${covered.length}项措施（第${from + 1}—${lastItem.row.index + 1}段，它们都没有写单位）；如只属于最后一项，请在预览中更正`;
          draft.notes.push(
            `第${at + 1}段的责任单位写在第${from + 1}—${lastItem.row.index + 1}段${covered.length}项措施之后，已用于这${covered.length}项措施；如只属于最后一项，请在预览中更正。`,
          );
        } else r.rule = `并入第${lastItem.row.index + 1}段的措施`;
      } else if (lastItem?.kind === 'heading') {
        setContext(lastItem.level, lastItem.row.index, lastItem.row.title, phraseLine);
        r.rule = `第${lastItem.row.index + 1}段“${short(lastItem.row.title)}”的责任单位，用于其下未写明单位的措施`;
      } else {
        r.skipped = '责任单位说明之前没有可归属的条目';
        draft.leftovers.push({ paragraph: at, text: raw, reason: r.skipped });
      }
      continue;
    }

    // Numbered lines inside 主要目标/主要内容 ("1.全区水生态…") belong to that text.
    if (lv && field && part && !hasChildren(part) && role !== 'part' && role !== 'aspect' && !(role === 'keyTask' && !aspects)) {
      append(part, field, raw);
      Object.assign(r, { as: field, title: (part as PartSpec).title });
      continue;
    }

    // "（一）主要目标" / "（二）主要内容" before the part's first task name its text, at any level.
    if (lv && part && !hasChildren(part) && role !== 'part' && role !== 'text') {
      const t = splitTrailingPhrase(lv.rest).text.trim();
      const f = GOALS_HEADING.test(t) ? 'goals' : CONTENT_HEADING.test(t) ? 'content' : null;
      if (f) {
        field = f;
        Object.assign(r, { as: f, title: (part as PartSpec).title });
        continue;
      }
    }
    switch (role) {
      case 'part': {
        const { text: title, phrase } = splitTrailingPhrase(lv!.rest);
        newPart(title.trim());
        field = null;
        Object.assign(r, { as: 'part', title: title.trim() });
        if (phrase) headingPhrase('part', at, title, phrase, r);
        lastRef.item = { kind: 'heading', level: 'part', row: r };
        continue;
      }
      case 'aspect': {
        const title = splitTrailingPhrase(lv!.rest);
        aspect = { title: title.text.trim(), keyTasks: [] };
        ensurePart(at).aspects.push(aspect);
        task = null;
        contexts.aspect = contexts.task = null;
        field = null;
        Object.assign(r, { as: 'aspect', title: aspect.title });
        if (title.phrase) headingPhrase('aspect', at, aspect.title, title.phrase, r);
        lastRef.item = { kind: 'heading', level: 'aspect', row: r };
        continue;
      }
      case 'keyTask': {
        const { text: title, phrase } = splitTrailingPhrase(lv!.rest);
        field = null;
        // "1.推广新能源汽车。新增新能源公交车50辆。（牵头单位：…）": the task's name, then its one measure.
        const stop = title.indexOf('。');
        if (phrase && !phrase.rule && stop > 0 && stop < title.trimEnd().length - 1) {
          newTask(title.slice(0, stop), at);
          const mr = row(at, raw, 'measure', { level: lv!.level });
          addMeasure(lv!.rest.slice(stop + 1), at, mr);
          Object.assign(r, { ...mr, as: 'keyTask', rule: `${mr.rule ? `${mr.rule}；` : ''}句号之后的文字读作该任务的一项措施：${short(mr.title)}` });
          r.title = title.slice(0, stop);
          continue;
        }
        newTask(title.trim(), at);
        Object.assign(r, { as: 'keyTask', title: title.trim() });
        if (phrase) headingPhrase('task', at, title, phrase, r);
        lastRef.item = { kind: 'heading', level: 'task', row: r };
        continue;
      }
      case 'measure':
        addMeasure(lv!.rest, at, r);
        continue;
    }
    // A body paragraph (or a level read as body text).
    if (!part) {
      r.skipped = '第一个部分标题之前的文字';
      draft.leftovers.push({ paragraph: at, text: raw, reason: r.skipped });
      continue;
    }
    const current = part as PartSpec;
    if (GOALS.test(raw) && !hasChildren(current)) {
      append(current, 'goals', raw.replace(GOALS, ''));
      field = 'goals';
      Object.assign(r, { as: 'goals', title: current.title });
    } else if (CONTENT.test(raw) && !hasChildren(current)) {
      append(current, 'content', raw.replace(CONTENT, ''));
      field = 'content';
      Object.assign(r, { as: 'content', title: current.title });
    } else if (!hasChildren(current)) {
      append(current, field ?? 'content', raw);
      Object.assign(r, { as: field ?? 'content', title: current.title });
    } else if (task && (!numberedMeasures || splitTrailingPhrase(raw).phrase)) {
      addMeasure(raw, at, r);
    } else {
      r.skipped = numberedMeasures ? '编号的措施之间不带编号、也不带责任单位的段落' : '没有可归属的重点任务';
      draft.leftovers.push({ paragraph: at, text: raw, reason: r.skipped });
    }
  }

  function headingPhrase(level: 'part' | 'aspect' | 'task', at: number, title: string, phrase: Responsibility, r: ReadRow) {
    setContext(level, at, title, phrase);
    Object.assign(r, { leadUnits: phrase.leadUnits, supportUnits: [...phrase.supportUnits, ...phrase.implementers], deadline: phrase.deadline });
    r.rule = phrase.rule ? `说明适用于其下各项措施：${phrase.rule}` : `责任单位用于其下未写明单位的措施`;
  }

  for (const p of draft.parts) {
    const t = text.get(p);
    p.goals = (t?.goals ?? []).join('\n');
    p.content = (t?.content ?? []).join('\n');
  }
  // A part that got no tasks at all is a text section, not a part with "零个方面，0项重点任务".
  for (const p of draft.parts) {
    if (p.kind === 'part' && !hasChildren(p) && p.indicators.length === 0 && draft.parts.some(hasChildren)) {
      p.kind = 'section';
      p.content = [p.goals, p.content].filter((s) => s !== '').join('\n');
      p.goals = '';
      draft.notes.push(`“${p.title}”之下没有任务，作为正文章节导入（不计数）。`);
      for (const r of draft.rows) if (r.as === 'part' && r.title === p.title) r.as = 'section';
    }
  }
  const sections = draft.parts.filter((p) => p.kind === 'section');
  if (sections.length) draft.notes.push(`${sections.map((s) => `“${s.title}”`).join('')}是没有任务的正文章节，已作为计划的文字章节导入，不计入部分、重点任务和措施的数量。`);
  for (const c of allContexts) {
    if (c.resp.rule) {
      draft.notes.push(
        `第${c.at + 1}段的说明“${c.resp.rule}”适用于其后的${c.applied}项措施：${describeResponsibility(c.resp) || '未写明单位'}，已逐项记入（此说明只记录一次，不作为单位）。`,
      );
    } else if (c.applied > 0) {
      draft.notes.push(`第${c.at + 1}段“${short(c.title)}”的责任单位（${describeResponsibility(c.resp)}）已用于其下${c.applied}项未写明单位的措施。`);
    }
  }
  const skipped = draft.rows.filter((r) => r.as === 'skipped' && r.skipped !== '计划标题（续行）');
  if (skipped.length) {
    const reasons = [...new Set(skipped.map((r) => r.skipped!.replace(/（.*$/, '')))];
    draft.notes.push(
      `已略去${reasons.join('、')}共${skipped.length}段（不属于计划正文）${front.noticeTitle ? `；计划标题取自附件的标题“${draft.title ?? ''}”，而不是通知标题` : ''}。`,
    );
  }
  if (sawPreamble) draft.notes.push(`标题之后的${draft.preamble!.length}段引言作为计划的前言保留（导出时印在标题之后）；如其中有不属于前言的文字，请导入后删改。`);
  if (convention) draft.notes.push(`第${convention.paragraph + 1}段约定“${convention.text}”：已用于全文各项措施的责任单位（第一个为牵头单位，其余为配合单位）。`);
  for (const [u, at] of doubtful) draft.notes.push(`第${at + 1}段责任单位中的“${u}”不像机构名称（不以局、委、办、科、专班、工作组等结尾），已作为单位保留，请核对。`);
  if (leaders.length)
    draft.notes.push(
      `${leaders.length}项措施写有责任领导（${[...new Set(leaders)].slice(0, 3).join('，')}${leaders.length > 3 ? '……' : ''}），领导职务不是单位，已保留在措施文字中。`,
    );
  for (const b of doc.blocks) {
    if (b.type !== 'table') continue;
    for (const row_ of b.rows)
      for (const c of row_.cells) c.lines.forEach((line, k) => draft.leftovers.push({ paragraph: c.first + k, text: line, reason: '表格（按层次读取时表格不读入）' }));
  }
  draft.leftovers.sort((a, b) => a.paragraph - b.paragraph);
  return draft;
}

/** Fills a measure's missing units and deadline from the headings and rules above it. */
function inherit(m: MeasureSpec, chain: (Context | null)[]): string {
  const notes: string[] = [];
  const used = new Set<Context>();
  const ctxs = chain.filter((c): c is Context => c !== null);
  if (m.leadUnits.length === 0) {
    const c = ctxs.find((x) => x.resp.leadUnits.length > 0);
    if (c) {
      m.leadUnits.push(...c.resp.leadUnits);
      if (m.supportUnits.length === 0) m.supportUnits.push(...c.resp.supportUnits.filter((u) => !m.leadUnits.includes(u)));
      used.add(c);
      notes.push(`牵头单位承接第${c.at + 1}段“${short(c.title)}”`);
    }
  }
  for (const c of ctxs) {
    if (!c.resp.rule && !(c.resp.implementers.length && m.supportUnits.length === 0)) continue;
    const added = c.resp.implementers.filter((u) => !m.supportUnits.includes(u) && !m.leadUnits.includes(u));
    if (added.length) {
      m.supportUnits.push(...added);
      used.add(c);
      notes.push(`按第${c.at + 1}段的说明加入实施单位${added.join('、')}`);
    }
  }
  if (!m.deadline) {
    const c = ctxs.find((x) => x.resp.deadline);
    if (c) {
      m.deadline = c.resp.deadline;
      used.add(c);
      notes.push(`完成时限承接第${c.at + 1}段`);
    }
  }
  for (const c of used) c.applied++;
  return notes.join('；');
}

function mergeInto(into: Responsibility, from: Responsibility) {
  for (const u of from.leadUnits) if (!into.leadUnits.includes(u)) into.leadUnits.push(u);
  for (const u of from.supportUnits) if (!into.supportUnits.includes(u)) into.supportUnits.push(u);
  for (const u of from.implementers) if (!into.implementers.includes(u)) into.implementers.push(u);
  if (!into.deadline) into.deadline = from.deadline;
  if (from.rule) into.rule = into.rule ? `${into.rule}，${from.rule}` : from.rule;
}

function nextText(paragraphs: string[], after: number): string {
  for (let k = after + 1; k < paragraphs.length; k++) if (paragraphs[k].trim() !== '') return paragraphs[k].trim();
  return '';
}
