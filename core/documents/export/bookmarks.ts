// Names of the bookmarks a 征求意见稿 carries around each node's text. A unit returns the
// Word copy with comments; the bookmark a comment falls in names the plan node it targets.
// Pure (no docx): the returned-Word parser reads these names too.
import type { NodeId } from '../../model/plan.ts';

export const BOOKMARK_PREFIX = {
  part: 'qc_p_',
  goals: 'qc_g_',
  content: 'qc_c_',
  aspect: 'qc_a_',
  keyTask: 'qc_t_',
  measure: 'qc_m_',
} as const;

export type BookmarkTarget = keyof typeof BOOKMARK_PREFIX;

export function bookmarkName(target: BookmarkTarget, id: NodeId): string {
  return `${BOOKMARK_PREFIX[target]}${id}`;
}

/** The node a bookmark name points at, or null for names Word or a unit added. */
export function parseBookmarkName(name: string): { target: BookmarkTarget; id: NodeId } | null {
  for (const [target, prefix] of Object.entries(BOOKMARK_PREFIX) as [BookmarkTarget, string][]) {
    if (!name.startsWith(prefix)) continue;
    const digits = name.slice(prefix.length);
    if (!/^[1-9][0-9]*$/.test(digits)) return null;
    const id = Number(digits);
    return Number.isSafeInteger(id) ? { target, id } : null;
  }
  return null;
}
