// The parsing a worker thread does for the hosts: reading a returned file (for import or for the
// unit clues shown before it) and reading a document to import. Plain data in, plain data out.
import { QicaoError } from '../errors.ts';
import { feedbackClues, type Clues } from '../consult/inspect-feedback.ts';
import { parseReturnedFile } from '../consult/intake/parse.ts';
import type { ParsedFeedback } from '../consult/intake/raw-item.ts';
import { readSource, type DocumentInput } from '../documents/import/read-source.ts';
import type { SourceDocument } from '../documents/import/source.ts';

export type ParseJob =
  | { kind: 'returned'; fileName: string; bytes: Uint8Array }
  | { kind: 'clues'; fileName: string; bytes: Uint8Array }
  | { kind: 'source'; input: DocumentInput };

export type ParseResult<J extends ParseJob> = J extends { kind: 'returned' } ? ParsedFeedback : J extends { kind: 'clues' } ? Clues : SourceDocument;

export type JobReply = { ok: true; value: unknown } | { ok: false; qicao: boolean; code: string; message: string };

export function runParseJob(job: ParseJob): unknown {
  switch (job.kind) {
    case 'returned':
      return parseReturnedFile(job.bytes, job.fileName);
    case 'clues':
      return feedbackClues(job.bytes, job.fileName);
    case 'source':
      return readSource(job.input);
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
