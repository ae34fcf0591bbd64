// The 附件 list at the end of a covering notice: "附件：1.某区2025年……实施方案" and the lines under
// it ("2. 2022年……分解表"). They are titles of attachments, never plan items or headings: the
// importer sets them aside and the checker does not read their numbers as an outline. Pure.

// "附件：1.……" or "附件：某方案" (one attachment, no number)
const ATTACHMENT_LIST_START = /^附\s{0,2}件\s{0,2}\d{0,2}\s{0,2}[：:]\s{0,4}\S/;
const LIST_ITEM = /^\d{1,2}[.．、]\s{0,4}\S/;

/** Indices of the paragraphs that are lines of a 附件 list. */
export function attachmentListLines(paragraphs: readonly string[]): Set<number> {
  const lines = new Set<number>();
  let inList = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const t = paragraphs[i].trim();
    if (t === '') continue;
    if (ATTACHMENT_LIST_START.test(t)) {
      lines.add(i);
      inList = true;
    } else if (inList && LIST_ITEM.test(t) && t.length <= 80 && !/[。；]$/.test(t)) lines.add(i);
    else inList = false;
  }
  return lines;
}
