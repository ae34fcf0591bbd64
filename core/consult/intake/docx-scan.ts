// One pass over word/document.xml, in document order: paragraph and table-cell text, the
// node anchors (qc_*_<id> bookmarks), Word comment ranges and tracked changes, with where each
// sits in the draft's original text (insertions left out, deletions kept), so a change can be
// applied later by the text around it.
import { parseBookmarkName } from '../../documents/export/bookmarks.ts';
import type { BookmarkHit } from './raw-item.ts';
import { walkXml, type Attrs } from './xml.ts';

export interface ScannedRange {
  commentId: string;
  /** Visible text from commentRangeStart to commentRangeEnd, paragraphs joined by "\n". */
  text: string;
  bookmark: BookmarkHit | null;
  paragraph: number;
}

export interface ScannedChange {
  key: string;
  kind: 'insertion' | 'deletion';
  author: string;
  date: string | null;
  /** Inserted or deleted text. */
  text: string;
  paragraph: number;
  /** Offset in the paragraph's original text: the insertion point, or the deletion's start. */
  offset: number;
  bookmark: BookmarkHit | null;
  /** The stretch of the paragraph's original text the context may be drawn from (the bookmark's). */
  span: [number, number];
}

export interface DocxScan {
  /** Visible text of every paragraph, in order (table cells included). */
  paragraphs: string[];
  /** Original text of every paragraph (for change contexts). */
  originals: string[];
  /** Body paragraphs and table cells, each one chunk: where 反馈单位：… and 无意见 are looked for. */
  chunks: string[];
  tables: string[][][];
  ranges: ScannedRange[];
  /** Comments whose reference mark sits in a paragraph (for comments without a range). */
  referenceParagraph: Map<string, number>;
  changes: ScannedChange[];
  /** The first node anchor touching each paragraph. */
  paragraphBookmark: Map<number, BookmarkHit>;
}

interface OpenBookmark {
  hit: BookmarkHit;
  paragraph: number;
  /** Offsets in the paragraph's original text where the bookmark starts and (once closed) ends. */
  start: number;
  endParagraph: number | null;
  end: number;
}

interface OpenChange {
  kind: 'insertion' | 'deletion';
  key: string;
  author: string;
  date: string | null;
  bookmark: OpenBookmark | null;
  text: string;
  offset: number;
  paragraph: number;
}

interface ParagraphState {
  index: number;
  visible: string;
  original: string;
}

const CHANGE_ELEMENTS: Record<string, 'insertion' | 'deletion'> = { ins: 'insertion', moveTo: 'insertion', del: 'deletion', moveFrom: 'deletion' };
const CHANGE_PREFIX: Record<string, string> = { ins: 'ins', del: 'del', moveTo: 'moveTo', moveFrom: 'moveFrom' };

export function scanDocument(xml: string, fileName: string): DocxScan {
  const scan: DocxScan = { paragraphs: [], originals: [], chunks: [], tables: [], ranges: [], referenceParagraph: new Map(), changes: [], paragraphBookmark: new Map() };
  const bookmarks = new Map<string, OpenBookmark>(); // by w:id, only qc_* ones
  const ranges = new Map<string, ScannedRange & { firstInside: BookmarkHit | null }>();
  const changeBookmark = new Map<ScannedChange, OpenBookmark | null>();
  // paragraphs nest (text boxes inside a paragraph), so their state is a stack
  const paragraphs: ParagraphState[] = [];
  let count = 0;
  let skip = 0; // inside formatting-only changes, mc:Fallback, rPr/pPr
  let textTarget: 't' | 'delText' | null = null;
  let change: OpenChange | null = null;
  let changeDepth = 0;
  let ordinal = 0;
  const tableStack: { rows: string[][]; cell: string[] | null }[] = [];

  const current = (): ParagraphState | undefined => paragraphs[paragraphs.length - 1];
  const innermost = (): OpenBookmark | null => {
    let last: OpenBookmark | null = null;
    for (const b of bookmarks.values()) last = b;
    return last;
  };
  const noteParagraphBookmark = (index: number, hit: BookmarkHit) => {
    if (!scan.paragraphBookmark.has(index)) scan.paragraphBookmark.set(index, hit);
  };

  const addText = (p: ParagraphState, t: string, isDeleted: boolean) => {
    if (!isDeleted) {
      p.visible += t;
      for (const r of ranges.values()) r.text += t;
    }
    if (change?.kind !== 'insertion') {
      p.original += t;
      for (const b of bookmarks.values()) b.hit.text += t;
    }
    if (change) change.text += t;
  };

  const finishChange = (c: OpenChange) => {
    if (c.text === '') return;
    const prev = scan.changes[scan.changes.length - 1];
    const prevEnd = prev ? prev.offset + (prev.kind === 'deletion' ? prev.text.length : 0) : -1;
    // Word splits one edit into several w:ins/w:del where the formatting changes inside it
    if (prev && prev.kind === c.kind && prev.paragraph === c.paragraph && prev.author === c.author && prevEnd === c.offset) {
      prev.text += c.text;
      return;
    }
    const scanned: ScannedChange = {
      key: c.key,
      kind: c.kind,
      author: c.author,
      date: c.date,
      text: c.text,
      paragraph: c.paragraph,
      offset: c.offset,
      bookmark: c.bookmark?.hit ?? null,
      span: [0, -1], // known when the paragraph ends
    };
    scan.changes.push(scanned);
    changeBookmark.set(scanned, c.bookmark);
  };

  const endParagraph = (p: ParagraphState) => {
    for (const r of ranges.values()) r.text += '\n';
    scan.paragraphs[p.index] = p.visible;
    scan.originals[p.index] = p.original;
    // a change's context is drawn only from its bookmark's stretch of the paragraph
    for (const c of scan.changes) {
      if (c.paragraph !== p.index || c.span[1] !== -1) continue;
      const b = changeBookmark.get(c) ?? null;
      c.span = [b && b.paragraph === p.index ? b.start : 0, b && b.endParagraph === p.index ? b.end : p.original.length];
    }
    for (const b of bookmarks.values()) noteParagraphBookmark(p.index, b.hit);
    const table = tableStack[tableStack.length - 1];
    if (table?.cell) table.cell.push(p.visible);
    else scan.chunks.push(p.visible);
  };

  const open = (name: string, a: Attrs) => {
    if (skip > 0 || name === 'Fallback' || name === 'rPr' || name === 'pPr' || name.endsWith('Change')) {
      skip += 1;
      return;
    }
    const p = current();
    switch (name) {
      case 'p':
        paragraphs.push({ index: count++, visible: '', original: '' });
        return;
      case 'tbl':
        tableStack.push({ rows: [], cell: null });
        return;
      case 'tr':
        tableStack[tableStack.length - 1]?.rows.push([]);
        return;
      case 'tc':
        if (tableStack.length) tableStack[tableStack.length - 1].cell = [];
        return;
      case 't':
      case 'delText':
        textTarget = name;
        return;
      case 'tab':
        if (p) addText(p, ' ', change?.kind === 'deletion');
        return;
      case 'bookmarkStart': {
        const parsed = parseBookmarkName(a.name ?? '');
        if (!parsed || a.id === undefined) return;
        const hit: BookmarkHit = { target: parsed.target, id: parsed.id, text: '' };
        const index = p?.index ?? count;
        bookmarks.set(a.id, { hit, paragraph: index, start: p?.original.length ?? 0, endParagraph: null, end: 0 });
        if (p) noteParagraphBookmark(p.index, hit);
        for (const r of ranges.values()) r.firstInside ??= hit;
        return;
      }
      case 'bookmarkEnd': {
        const b = a.id === undefined ? undefined : bookmarks.get(a.id);
        if (!b) return;
        bookmarks.delete(a.id!);
        b.endParagraph = p?.index ?? null;
        b.end = p?.original.length ?? 0;
        return;
      }
      case 'commentRangeStart': {
        if (a.id === undefined) return;
        const inside = innermost();
        ranges.set(a.id, { commentId: a.id, text: '', bookmark: inside?.hit ?? null, paragraph: p?.index ?? count, firstInside: null });
        return;
      }
      case 'commentRangeEnd': {
        const r = a.id === undefined ? undefined : ranges.get(a.id);
        if (!r) return;
        ranges.delete(a.id!);
        scan.ranges.push({ commentId: r.commentId, text: r.text.trim(), bookmark: r.bookmark ?? r.firstInside, paragraph: r.paragraph });
        return;
      }
      case 'commentReference':
        if (a.id !== undefined && p && !scan.referenceParagraph.has(a.id)) scan.referenceParagraph.set(a.id, p.index);
        return;
    }
    const kind = CHANGE_ELEMENTS[name];
    if (kind && p) {
      if (changeDepth === 0) {
        ordinal += 1;
        change = {
          kind,
          key: `${CHANGE_PREFIX[name]}:${a.id ?? `#${ordinal}`}`,
          author: a.author ?? '',
          date: a.date ?? null,
          bookmark: innermost(),
          text: '',
          offset: p.original.length,
          paragraph: p.index,
        };
      }
      changeDepth += 1;
    }
  };

  const close = (name: string) => {
    if (skip > 0) {
      skip -= 1;
      return;
    }
    switch (name) {
      case 't':
      case 'delText':
        textTarget = null;
        return;
      case 'p': {
        const p = paragraphs.pop();
        if (p) endParagraph(p);
        return;
      }
      case 'tc': {
        const table = tableStack[tableStack.length - 1];
        if (!table?.cell) return;
        const text = table.cell.join('\n').trim();
        table.rows[table.rows.length - 1]?.push(text);
        scan.chunks.push(text);
        table.cell = null;
        return;
      }
      case 'tbl': {
        const table = tableStack.pop();
        if (table) scan.tables.push(table.rows);
        return;
      }
    }
    if (CHANGE_ELEMENTS[name] && changeDepth > 0) {
      changeDepth -= 1;
      if (changeDepth === 0 && change) {
        finishChange(change);
        change = null;
      }
    }
  };

  walkXml(
    xml,
    { fileName, part: 'word/document.xml' },
    {
      open,
      close,
      text(t) {
        const p = current();
        if (skip > 0 || textTarget === null || !p) return;
        // w:t inside a deletion (moveFrom) is deleted text as well
        addText(p, t, textTarget === 'delText' || change?.kind === 'deletion');
      },
    },
  );
  return scan;
}
