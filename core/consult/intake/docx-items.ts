// A returned Word file → items: each Word comment (its range's text is the quote) and each
// tracked change (w:ins / w:del, moves as an insertion plus a deletion).
//
// Replies (commentsExtended.xml, w15:paraIdParent) are folded into the comment they answer,
// not kept as items of their own: a reply inside the unit's copy is the unit discussing its own
// point, so it is one opinion to resolve and to count in the 意见采纳情况表; its words are
// kept in the parent's text ("回复（作者）：…"), so nothing the unit wrote is lost.
import type { OoxmlPackage } from './package.ts';
import { scanDocument, type DocxScan, type ScannedChange } from './docx-scan.ts';
import type { BookmarkHit, RawItem } from './raw-item.ts';
import { walkXml } from './xml.ts';

interface WordComment {
  id: string;
  author: string;
  date: string | null;
  text: string;
  /** w14:paraId of the comment's last paragraph: commentsExtended.xml is keyed by it. */
  paraId: string | null;
}

function readComments(pkg: OoxmlPackage): WordComment[] {
  const xml = pkg.part('word/comments.xml');
  if (xml === null) return [];
  const comments: WordComment[] = [];
  let currentComment: WordComment | null = null;
  let paragraphs: string[] = [];
  let inText = false;
  walkXml(
    xml,
    { fileName: pkg.fileName, part: 'word/comments.xml' },
    {
      open(name, a) {
        if (name === 'comment') {
          currentComment = { id: a.id ?? String(comments.length), author: a.author ?? '', date: a.date ?? null, text: '', paraId: null };
          paragraphs = [];
        } else if (name === 'p' && currentComment) {
          paragraphs.push('');
          if (a.paraId) currentComment.paraId = a.paraId;
        } else if (name === 't') inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'comment' && currentComment) {
          currentComment.text = paragraphs.join('\n').trim();
          comments.push(currentComment);
          currentComment = null;
        }
      },
      text(t) {
        if (inText && currentComment && paragraphs.length) paragraphs[paragraphs.length - 1] += t;
      },
    },
  );
  return comments;
}

interface CommentEx {
  parent: string | null;
  done: boolean;
}

function readCommentsExtended(pkg: OoxmlPackage): Map<string, CommentEx> {
  const byParaId = new Map<string, CommentEx>();
  const xml = pkg.part('word/commentsExtended.xml');
  if (xml === null) return byParaId;
  walkXml(
    xml,
    { fileName: pkg.fileName, part: 'word/commentsExtended.xml' },
    {
      open(name, a) {
        if (name === 'commentEx' && a.paraId) byParaId.set(a.paraId, { parent: a.paraIdParent ?? null, done: a.done === '1' || a.done === 'true' });
      },
    },
  );
  return byParaId;
}

/** The shortest excerpt around a change that occurs once in its stretch of text. */
export function changeContext(original: string, span: [number, number], change: ScannedChange): { before: string; after: string } {
  const [start, end] = span;
  const stretch = original.slice(start, end);
  const deleted = change.kind === 'deletion' ? change.text.length : 0;
  const at = change.offset;
  for (let k = 6; ; k = Math.ceil(k * 1.6)) {
    const before = original.slice(Math.max(start, at - k), at);
    const after = original.slice(at + deleted, Math.min(end, at + deleted + k));
    const excerpt = before + original.slice(at, at + deleted) + after;
    const whole = at - k <= start && at + deleted + k >= end;
    if (whole || countOf(stretch, excerpt) === 1) return { before, after };
  }
}

function countOf(text: string, piece: string): number {
  if (piece === '') return 2;
  let n = 0;
  for (let i = text.indexOf(piece); i !== -1 && n < 2; i = text.indexOf(piece, i + 1)) n += 1;
  return n;
}

/**
 * A deletion and an insertion by the same author at the same place (Word writes a replacement
 * so: "渣土运输" struck, "渣土、砂石运输" inserted beside it) are one opinion, not two: the
 * deletion carries the inserted text. Anything else stays as it came.
 */
function replacements(changes: ScannedChange[]): { ch: ScannedChange; inserted: string }[] {
  const out: { ch: ScannedChange; inserted: string }[] = [];
  for (let i = 0; i < changes.length; i++) {
    const a = changes[i];
    const b = changes[i + 1];
    const pair = b && a.kind !== b.kind && a.paragraph === b.paragraph && a.author === b.author;
    const del = pair ? (a.kind === 'deletion' ? a : b) : null;
    const ins = pair ? (a.kind === 'insertion' ? a : b) : null;
    if (del && ins && (ins.offset === del.offset || ins.offset === del.offset + del.text.length) && del.text.trim() !== '' && ins.text.trim() !== '') {
      out.push({ ch: del, inserted: ins.text });
      i++;
    } else {
      out.push({ ch: a, inserted: '' });
    }
  }
  return out;
}

const anchorOf = (scan: DocxScan, own: BookmarkHit | null, paragraph: number | undefined): BookmarkHit | null =>
  own ?? (paragraph === undefined ? null : (scan.paragraphBookmark.get(paragraph) ?? null));

export interface DocxItems {
  scan: DocxScan;
  items: RawItem[];
}

export function readDocxItems(pkg: OoxmlPackage): DocxItems {
  const scan = scanDocument(pkg.part('word/document.xml')!, pkg.fileName);
  const comments = readComments(pkg);
  const extended = readCommentsExtended(pkg);

  // fold replies into the comment they answer
  const byParaId = new Map(comments.filter((c) => c.paraId).map((c) => [c.paraId!, c]));
  const replies = new Set<WordComment>();
  for (const c of comments) {
    const parentParaId = c.paraId ? extended.get(c.paraId)?.parent : null;
    const parent = parentParaId ? byParaId.get(parentParaId) : undefined;
    if (!parent || parent === c) continue;
    replies.add(c);
    const words = c.text === '' ? '' : `\n回复（${c.author || '未署名'}）：${c.text}`;
    parent.text = (parent.text + words).trim();
  }

  const positioned: { paragraph: number; item: RawItem }[] = [];
  const rangeOf = new Map(scan.ranges.map((r) => [r.commentId, r]));
  for (const c of comments) {
    if (replies.has(c)) continue;
    const range = rangeOf.get(c.id);
    const paragraph = range?.paragraph ?? scan.referenceParagraph.get(c.id);
    const quote = range?.text ?? '';
    if (c.text === '' && quote === '') continue;
    const done = c.paraId ? extended.get(c.paraId)?.done : false;
    positioned.push({
      paragraph: paragraph ?? Number.MAX_SAFE_INTEGER,
      item: {
        sourceKey: `comment:${c.id}`,
        kind: 'comment',
        quote,
        text: done ? `${c.text}（返回文件中已标记为“已解决”）` : c.text,
        reason: '',
        section: '',
        author: c.author,
        date: c.date,
        context: null,
        bookmark: anchorOf(scan, range?.bookmark ?? null, paragraph),
        near: paragraph === undefined ? '' : (scan.paragraphs[paragraph] ?? ''),
      },
    });
  }
  for (const { ch, inserted } of replacements(scan.changes)) {
    if (ch.text.trim() === '' && inserted === '') continue;
    positioned.push({
      paragraph: ch.paragraph,
      item: {
        sourceKey: ch.key,
        kind: ch.kind,
        quote: ch.kind === 'deletion' ? ch.text : '',
        // a deletion with text is a replacement: "建议将“X”修改为“Y”"
        text: ch.kind === 'insertion' ? ch.text : inserted,
        reason: '',
        section: '',
        author: ch.author,
        date: ch.date,
        context: changeContext(scan.originals[ch.paragraph] ?? '', ch.span, ch),
        bookmark: anchorOf(scan, ch.bookmark, ch.paragraph),
        near: scan.originals[ch.paragraph] ?? '',
      },
    });
  }
  // document order, so the list reads like the file
  positioned.sort((a, b) => a.paragraph - b.paragraph);
  return { scan, items: positioned.map((p) => p.item) };
}
