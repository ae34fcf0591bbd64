// The work a worker thread does for the hosts: everything that reads or interprets what someone
// sent — reading a returned file (for import, or for the unit clues shown before it), placing its
// items on the plan, reading a document into a plan (import preview and commit), checking a
// document, comparing two drafts when a document is one of them. Plain data in, plain data out:
// nothing here opens the plan file, so the thread never needs SQLite.
import { QicaoError } from '../errors.ts';
import { compareTrees, type CompareOptions } from '../compare/index.ts';
import type { Comparison } from '../model/comparison.ts';
import type { DraftTree } from '../compare/tree.ts';
import { anchorItems, type Anchored } from '../consult/anchor.ts';
import { feedbackClues, type Clues } from '../consult/inspect-feedback.ts';
import { parseReturnedFile } from '../consult/intake/parse.ts';
import type { ParsedFeedback, RawItem } from '../consult/intake/raw-item.ts';
import { planDocumentFromSource, type PlanDocument } from '../documents/import/index.ts';
import { LIMITS } from '../documents/import/limits.ts';
import { readSource, type DocumentInput } from '../documents/import/read-source.ts';
import type { ImportOverrides } from '../documents/import/reading.ts';
import type { SourceDocument } from '../documents/import/source.ts';
import type { Plan } from '../model/plan.ts';
import { checkSource } from '../review-input/check-document.ts';
import type { CheckResult } from '../model/check-result.ts';
import { readReturn, type ReadReturn, type ReturnContext } from '../year/intake/read-return.ts';

export type ParseJob =
  | { kind: 'returned'; fileName: string; bytes: Uint8Array }
  | { kind: 'clues'; fileName: string; bytes: Uint8Array }
  | { kind: 'source'; input: DocumentInput }
  | { kind: 'document'; input: DocumentInput; overrides: ImportOverrides }
  | { kind: 'check'; input: DocumentInput }
  /** `plans`: the plans to try in order (the round's 征求意见稿 first), the plan as it is now last. */
  | { kind: 'anchor'; fileName: string; plans: Plan[]; items: RawItem[] }
  /** Without comments: those come from the plan file, and only two drafts of one plan have them. */
  | { kind: 'compare'; before: DraftTree; after: DraftTree; options: Omit<CompareOptions, 'comments'> }
  /** A returned progress form (调度表), read and matched against the plan's measures. */
  | { kind: 'progress'; fileName: string; bytes: Uint8Array; context: ReturnContext };

export type ParseResult<J extends ParseJob> = J extends { kind: 'returned' }
  ? ParsedFeedback
  : J extends { kind: 'clues' }
    ? Clues
    : J extends { kind: 'document' }
      ? PlanDocument
      : J extends { kind: 'check' }
        ? CheckResult
        : J extends { kind: 'anchor' }
          ? (Anchored | null)[]
          : J extends { kind: 'compare' }
            ? Comparison
            : J extends { kind: 'progress' }
              ? ReadReturn
              : SourceDocument;

export type JobReply = { ok: true; value: unknown } | { ok: false; qicao: boolean; code: string; message: string };

/**
 * A document's text is capped when read (LIMITS.textChars), but merged cells repeat a cell's text
 * in every row they cover: what one import would store is capped the same, before it is stored.
 */
function storable(doc: PlanDocument): PlanDocument {
  const chars = JSON.stringify(doc.spec).length;
  if (chars > LIMITS.textChars) {
    throw new QicaoError(
      'bad-input',
      `“${doc.spec.title}”读出的计划约有 ${Math.round(chars / 10_000)} 万字（合并单元格的文字在每一行重复计入），超过一次导入的上限（${Math.round(LIMITS.textChars / 10_000)} 万字），未导入。请检查文档中的合并单元格，或把文档拆开导入。`,
    );
  }
  return doc;
}

export function runParseJob(job: ParseJob): unknown {
  switch (job.kind) {
    case 'returned':
      return parseReturnedFile(job.bytes, job.fileName);
    case 'clues':
      return feedbackClues(job.bytes, job.fileName);
    case 'source':
      return readSource(job.input);
    case 'document':
      return storable(planDocumentFromSource(readSource(job.input), job.overrides));
    case 'check':
      return checkSource(readSource(job.input));
    case 'anchor':
      return anchorItems(job.plans, job.items);
    case 'compare':
      return compareTrees(job.before, job.after, job.options);
    case 'progress':
      return readReturn(job.bytes, job.fileName, job.context);
  }
}

export function replyOf(job: ParseJob): JobReply {
  try {
    return { ok: true, value: runParseJob(job) };
  } catch (e) {
    if (e instanceof QicaoError) return { ok: false, qicao: true, code: e.code, message: e.message };
    return { ok: false, qicao: false, code: 'internal', message: (e as Error)?.message ?? String(e) };
  }
}
