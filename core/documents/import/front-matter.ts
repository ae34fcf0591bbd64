// The paper around a plan: a published plan usually arrives inside its covering notice
// ("关于印发…的通知", 文号, 主送机关, "现将…印发给你们", 署名, 成文日期, 附件 list) and ends with a
// 版记 (抄送, 印发). None of that is the plan: it is recognised, kept aside with the reason, and the
// plan's title is taken from the attachment's own title line.
import { attachmentListLines } from '../../model/attachment-list.ts';

export interface FrontMatter {
  /** Paragraph index of the plan's title line (its continuation lines are in `skipped`), or -1. */
  title: number;
  /** The title as read (two lines joined when the title wraps). */
  titleText: string | null;
  /** Paragraphs recognised as notice or front matter, with the reason shown to the drafter. */
  skipped: Map<number, string>;
  /** The notice's own title, when there is one (a fallback for the plan title). */
  noticeTitle: string | null;
}

// "关于印发…的通知", also with the issuing office before it ("潮州市人民政府办公室关于印发…").
const NOTICE_TITLE = /^(?:[\u4e00-\u9fa5]{2,30}?)?关于(?:印发|下发|转发|印送)/;
const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,14}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*号$/;
const ATTACHMENT_MARK = /^附\s*件\s*\d*\s*[：:]?$/;
export const DATE_LINE = /^(?:(?:19|20)\d{2}|[〇○零一二]\s*[〇○零一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;
const ANNOTATION = /^[（(](?:此件|本件|联系人|联系电话|注)[^）)]*[）)]$/;
const SIGNATURE = /(?:人民政府|办公室|办公厅|委员会|领导小组|指挥部|管委会|生态环境局|局|委|厅|中心)$/;
const DRAFT_STAGE = /^[（(](?:征求意见稿|送审稿|报审稿|草案|代拟稿|讨论稿|修订稿|试行)[)）]$/;
const TITLE_TAIL = /(?:计划|方案|清单|要点|意见|办法|规划|任务分工表|分工表|分解表|实施方案|工作方案|行动方案)(?:[（(][^）)]{0,20}[)）])?$/;
/** A sentence, not a title: "为……，制定本方案。" is a preamble even when no title stands above it. */
const PREAMBLE_SENTENCE = /^(?:为|根据|按照|依据|围绕|结合|现将|经区政府同意|经市政府同意)[^。]{0,300}[，,]/;
export const looksLikeSentence = (t: string) => /[。.]$/.test(t) || t.length > 60 || PREAMBLE_SENTENCE.test(t);

/** The 版记 at the very end of a 公文: 抄送, "XX办公室 2024年3月5日印发", 公开方式. */
export function documentTailReason(text: string): string | null {
  const t = text.trim();
  if (/^抄\s*送[：:]/.test(t)) return '版记（抄送）';
  if (/印\s*发$/.test(t) && /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$/.test(t.slice(-40))) return '版记（印发机关和日期）';
  if (/^公开方式[：:]/.test(t)) return '版记（公开方式）';
  if (t.length <= 24 && DATE_LINE.test(t)) return '成文日期';
  if (t.length <= 80 && ANNOTATION.test(t)) return '附注';
  return null;
}

/** A short line that names an office only: a signature when a date follows it. */
export function looksLikeSignature(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 30 && !/[。，,；;：:、]/.test(t) && SIGNATURE.test(t);
}

/**
 * Reads the paragraphs before the first heading (`end`): the covering notice, the attachment
 * mark, the plan's title, and the preamble after it (left to the caller).
 */
export function readFrontMatter(paragraphs: string[], end: number): FrontMatter {
  const skipped = new Map<number, string>();
  let title = -1;
  let lastTitleLine = -1;
  let titleText: string | null = null;
  let noticeTitle: string | null = null;
  let notice = false;
  let noticeTitleOpen = false;
  let dated = false;
  let attachment = false;
  const listLines = attachmentListLines(paragraphs);
  for (let i = 0; i < end; i++) {
    const t = paragraphs[i].trim();
    if (t === '') continue;
    if (title >= 0) {
      // After the title: the stage in brackets, a wrapped title line; the preamble is the caller's.
      if (DRAFT_STAGE.test(t) && i === nextNonEmpty(paragraphs, lastTitleLine)) {
        titleText += t;
        skipped.set(i, '计划标题（续行）');
        lastTitleLine = i;
      } else if (DRAFT_STAGE.test(t)) skipped.set(i, '稿件说明');
      else if (i === nextNonEmpty(paragraphs, title) && titleText && !TITLE_TAIL.test(titleText) && TITLE_TAIL.test(t) && t.length <= 30 && !/[。，；]/.test(t)) {
        titleText += t;
        skipped.set(i, '计划标题（续行）');
        lastTitleLine = i;
      } else {
        const tail = documentTailReason(t);
        if (tail) skipped.set(i, tail);
      }
      continue;
    }
    if (noticeTitleOpen) {
      noticeTitle += t;
      skipped.set(i, '通知标题（续行）');
      if (/通知$/.test(t)) noticeTitleOpen = false;
      continue;
    }
    // The issuing organ's masthead ("XX人民政府办公室文件") above the notice title.
    if (!notice && (/^[\u4e00-\u9fa5]{4,30}文件$/.test(t) || (looksLikeSignature(t) && NOTICE_TITLE.test(paragraphs[nextNonEmpty(paragraphs, i)]?.trim() ?? '')))) {
      skipped.set(i, '发文机关标志');
      continue;
    }
    if (NOTICE_TITLE.test(t) && !notice) {
      notice = true;
      noticeTitle = t;
      noticeTitleOpen = !/通知$/.test(t);
      skipped.set(i, '通知标题');
      continue;
    }
    if (DOC_NUMBER.test(t)) {
      skipped.set(i, '文号');
      continue;
    }
    if (ATTACHMENT_MARK.test(t)) {
      skipped.set(i, '附件标记');
      attachment = true;
      continue;
    }
    if (listLines.has(i)) {
      skipped.set(i, '附件清单');
      continue;
    }
    const tail = documentTailReason(t);
    if (tail) {
      skipped.set(i, tail);
      if (tail === '成文日期') dated = true;
      continue;
    }
    if (notice && !attachment && !dated) {
      if (/[：:]$/.test(t) && t.length <= 120) skipped.set(i, '主送机关');
      else if (looksLikeSignature(t)) skipped.set(i, '发文机关署名');
      else skipped.set(i, '通知正文');
      continue;
    }
    if (!notice && /^各.*[：:]$/.test(t)) {
      skipped.set(i, '主送机关');
      continue;
    }
    if (notice && looksLikeSignature(t) && DATE_LINE.test(paragraphs[nextNonEmpty(paragraphs, i)]?.trim() ?? '')) {
      skipped.set(i, '发文机关署名');
      continue;
    }
    // "为……，制定本方案。" with no title line above it: the preamble, not the title.
    if (looksLikeSentence(t)) break;
    title = i;
    lastTitleLine = i;
    titleText = t;
  }
  if (titleText === null && noticeTitle) {
    const quoted = outerQuoted(noticeTitle);
    const m = quoted === null ? /关于(?:印发|下发|转发|印送)(.+?)的?通知$/.exec(noticeTitle) : null;
    if (quoted !== null || m) titleText = quoted ?? m![1];
  }
  return { title, titleText, skipped, noticeTitle };
}

function nextNonEmpty(paragraphs: string[], after: number): number {
  for (let k = after + 1; k < paragraphs.length; k++) if (paragraphs[k].trim() !== '') return k;
  return -1;
}

export const isDraftStage = (t: string) => DRAFT_STAGE.test(t.trim());

/**
 * The covering notice around an attached plan ends at the 附件 mark above the plan ("附件1"),
 * after the notice's title, body, signature and date: headings before it ("一、提高思想认识。")
 * are the notice's own points, not the plan's parts. -1 when there is no notice.
 */
export function noticeEnd(paragraphs: string[]): number {
  const limit = Math.min(paragraphs.length, 400);
  let notice = -1;
  for (let i = 0; i < limit; i++) {
    const t = paragraphs[i].trim();
    if (t === '') continue;
    if (notice < 0) {
      if (NOTICE_TITLE.test(t)) notice = i;
      else if (i > 12) return -1;
      continue;
    }
    if (ATTACHMENT_MARK.test(t)) return i;
  }
  return -1;
}

export { attachmentListLines };

/**
 * The text inside the first 《…》, with the 《》 it holds kept whole: "关于印发《贯彻落实《北京市
 * 空气质量持续改善行动计划》2024年工作方案》的通知" → "贯彻落实《北京市空气质量持续改善行动计划》2024年工作方案".
 */
export function outerQuoted(text: string): string | null {
  const open = text.indexOf('《');
  if (open < 0) return null;
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === '《') depth++;
    else if (text[k] === '》' && --depth === 0) return text.slice(open + 1, k);
  }
  // unclosed (a title broken over lines): up to the last 》 there is
  const last = text.lastIndexOf('》');
  return last > open ? text.slice(open + 1, last) : null;
}
