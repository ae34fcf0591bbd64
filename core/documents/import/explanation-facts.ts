// What a 起草说明 states about its plan: the counts per part and in total, each part's 主要目标
// and 主要内容, and the consultation (date sent, units asked, replies). Imported as a plan
// skeleton (parts with goals and content, no measures) plus these facts, for the drafter to
// compare with the plan they build.
import type { PlanSpec } from '../../model/plan-spec.ts';
import { statedCountsView } from '../../review/stated-view.ts';
import type { StatedCountsView } from '../../model/check-result.ts';
import { readMarker } from '../../model/markers.ts';
import type { ImportDraft } from './outline-plan.ts';
import { row } from './reading.ts';
import type { SourceDocument } from './source.ts';
import { outerQuoted } from './front-matter.ts';

export interface ConsultationFacts {
  /** "2024-02-20" from "于2024年2月20日征求了各相关单位意见". */
  sentDate: string | null;
  unitsAsked: number | null;
  unitsReplied: number | null;
  comments: number | null;
  adopted: number | null;
  partlyAdopted: number | null;
  rejected: number | null;
  noObjection: number | null;
}

export interface ExplanationFacts {
  stated: StatedCountsView;
  consultation: ConsultationFacts;
}

const num = (text: string, re: RegExp): number | null => {
  const m = re.exec(text);
  return m ? Number(m[1]) : null;
};

export function consultationFacts(paragraphs: string[]): ConsultationFacts {
  const text = paragraphs.join('\n');
  const date = /(\d{4})年(\d{1,2})月(\d{1,2})日[^。\n]{0,20}?征求/.exec(text);
  return {
    sentDate: date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : null,
    unitsAsked: num(text, /共征求(\d+)个单位/),
    unitsReplied: num(text, /收到(\d+)个单位/),
    comments: num(text, /反馈意见(\d+)条/),
    adopted: num(text, /(?<!部分|未|不)采纳(\d+)条/),
    partlyAdopted: num(text, /部分采纳(\d+)条/),
    rejected: num(text, /(?:未|不)采纳(\d+)条/),
    noObjection: num(text, /(\d+)个单位无意见/),
  };
}

const GOALS = /^(?:主要目标|工作目标)(?:为|是)?[：:]\s*/;
const CONTENT = /^主要内容(?:为|是)?[：:]\s*/;

/** The plan title an explanation names: 《…（征求意见稿）》的起草说明 → the title inside 《》. */
export function titleFromExplanation(heading: string): string {
  const quoted = outerQuoted(heading);
  return (quoted ?? heading.replace(/的?(?:起草|编制)说明$/, '')).trim();
}

/** Parts named by the count statements, with the 主要目标/主要内容 paragraphs that follow each. */
export function planFromExplanation(doc: SourceDocument, headingIndex: number, headingText?: string): ImportDraft & { facts: ExplanationFacts } {
  const title = headingIndex >= 0 ? titleFromExplanation(headingText ?? doc.paragraphs[headingIndex]) : null;
  const stated = statedCountsView(doc.paragraphs);
  const parts: PlanSpec['parts'] = [];
  const used = new Set<number>();
  stated.parts.forEach((s, k) => {
    const part: PlanSpec['parts'][number] = { title: s.name, kind: 'part', goals: '', content: '', indicators: [], aspects: [], keyTasks: [] };
    const end = stated.parts[k + 1]?.paragraph ?? doc.paragraphs.length;
    used.add(s.paragraph);
    for (let i = s.paragraph + 1; i < end; i++) {
      const text = doc.paragraphs[i].trim();
      if (readMarker(text)?.kind === 'part') break;
      if (GOALS.test(text)) part.goals = text.replace(GOALS, '');
      else if (CONTENT.test(text)) part.content = text.replace(CONTENT, '');
      else continue;
      used.add(i);
    }
    parts.push(part);
  });
  const leftovers = doc.paragraphs.map((text, paragraph) => ({ paragraph, text: text.trim() })).filter((l) => l.text !== '' && !used.has(l.paragraph));
  return {
    title,
    parts,
    leftovers,
    notes: parts.length ? ['这是起草说明：已按其中的数量说明建立各部分及其主要目标、主要内容，方面、重点任务和具体措施需另行导入或录入。'] : [],
    measures: 0,
    aspects: true,
    rows: doc.paragraphs.flatMap((text, paragraph) =>
      text.trim() === ''
        ? []
        : [row(paragraph, text.trim(), used.has(paragraph) ? 'content' : 'leftover', used.has(paragraph) ? {} : { skipped: '起草说明中数量说明、主要目标和主要内容以外的文字' })],
    ),
    facts: { stated, consultation: consultationFacts(doc.paragraphs) },
  };
}
