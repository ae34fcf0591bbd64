// What 导出报审材料 answers, as plain types: the renderer imports them through the contract,
// so this file imports nothing (no Node, no docx).

/** A comment still 待处理 when the 报审 set is asked for. */
export interface PendingCommentRef {
  id: number;
  unit: string;
  round: string;
  /** "一、（二）3.（1）" or the unit's own 章节 when the comment is not linked to a node. */
  clause: string;
  /** The comment in one line: "建议将“渣土运输”修改为“渣土、砂石运输”". */
  summary: string;
  nodeId: number | null;
}

/** A unit asked in a round that neither sent comments nor said 无意见. */
export interface SilentUnitRef {
  unit: string;
  round: string;
  dueDate: string | null;
  /** The round's 反馈截止日期 has passed. */
  overdue: boolean;
}

/** The consultation's open business, for "仍要导出？". */
export interface ReviewWarning {
  pendingComments: PendingCommentRef[];
  silentUnits: SilentUnitRef[];
  /** One Chinese paragraph naming them, ending with what to do. */
  message: string;
}

/** A document of the set that was not made, and why (no round sent, no comment recorded). */
export interface SkippedDocument {
  document: string;
  reason: string;
}

export type PackageResult =
  { status: 'needs-confirmation'; warning: ReviewWarning } | { status: 'written'; files: string[]; skipped: SkippedDocument[]; warning: ReviewWarning | null };
