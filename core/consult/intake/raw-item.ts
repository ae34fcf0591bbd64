// What a returned file says, before it is matched against the plan: one item per Word comment,
// tracked change or form row. Pure data.
import type { BookmarkTarget } from '../../documents/export/bookmarks.ts';
import type { ChangeContext } from '../../model/consultation.ts';

export type FileItemKind = 'comment' | 'insertion' | 'deletion' | 'form-row';

export interface BookmarkHit {
  target: BookmarkTarget;
  id: number;
  /** The bookmarked text as the draft had it (insertions left out, deletions kept). */
  text: string;
}

export interface RawItem {
  /** Where in its file the item came from ('comment:3', 'ins:12', 'row:4'): re-importing finds it again. */
  sourceKey: string;
  kind: FileItemKind;
  /** The commented text; a deletion's deleted text; a form row's 原文. */
  quote: string;
  text: string;
  reason: string;
  section: string;
  author: string;
  date: string | null;
  context: ChangeContext | null;
  /** The node anchor (qc_*_<id>) the item sits in, when the file still has them. */
  bookmark: BookmarkHit | null;
  /** The paragraph around the item: matched against the plan when the quote is too short. */
  near: string;
}

export interface FormHeader {
  unit: string;
  contact: string;
  phone: string;
  date: string;
}

export interface ParsedFeedback {
  format: 'docx' | 'xlsx';
  items: RawItem[];
  header: FormHeader;
  /** The file says 无意见 (a letter, or a form whose rows say so or are empty) and has no items. */
  noObjection: boolean;
}
