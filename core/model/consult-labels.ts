// The words of the consultation, shared by core (documents, command line) and the renderer
// (lists, buttons): one place, so the screen and the 意见采纳情况表 never disagree. Pure: no
// zod, no Node, no SQLite — anything may import it.

export const COMMENT_KINDS = ['comment', 'insertion', 'deletion', 'form-row', 'typed'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export const COMMENT_STATUSES = ['pending', 'adopted', 'partlyAdopted', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** One term everywhere, screen and documents alike: 不采纳 (never 未采纳). */
export const STATUS_LABEL: Record<CommentStatus, string> = {
  pending: '待处理',
  adopted: '采纳',
  partlyAdopted: '部分采纳',
  rejected: '不采纳',
};

export const KIND_LABEL: Record<CommentKind, string> = {
  comment: 'Word 批注',
  insertion: '修订·插入',
  deletion: '修订·删除',
  'form-row': '意见反馈表',
  typed: '手工录入',
};

/** Where the unit of a returned file was read from (consult.inspectFeedback). */
export type UnitSource = '反馈单位' | '署名' | '文件名' | '批注作者';
