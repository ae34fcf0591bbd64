// Checking a Word or text document on its own: every rule, and the stated totals against the
// sum of the stated parts (there is no plan to compare with).
import { readSource, type DocumentInput } from '../documents/import/read-source.ts';
import type { SourceDocument } from '../documents/import/source.ts';
import { checkParagraphs } from '../review/index.ts';
import { parseOffThread } from '../workers/off-thread.ts';
import { statedCountsView } from '../review/stated-view.ts';
import type { CheckResult, LocatedFinding } from '../model/check-result.ts';

export function checkSource(doc: SourceDocument): CheckResult {
  // The engine's findings are fresh objects: they get their (empty) place in place, since copying
  // thousands of them with a spread costs more than the check of a long document itself.
  const findings = checkParagraphs(doc.paragraphs) as LocatedFinding[];
  for (const f of findings) {
    f.nodeId = null;
    f.field = null;
    f.fieldOffset = null;
  }
  return { source: doc.format, findings, dismissed: 0, stated: statedCountsView(doc.paragraphs), paragraphs: doc.paragraphs };
}

export function checkDocument(input: DocumentInput): CheckResult {
  return checkSource(readSource(input));
}

/** checkDocument in the worker thread (core/workers), under its time and memory limits. */
export function checkDocumentOffThread(input: DocumentInput): Promise<CheckResult> {
  return parseOffThread({ kind: 'check', input });
}
