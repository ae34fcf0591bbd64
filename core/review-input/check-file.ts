// `qicao check FILE`: a plan file is checked as a plan (with its 起草说明 and dismissals), any
// other file as a document. The kind is decided by the file's first bytes, not its name.
import fs from 'node:fs';
import { readInputBytes, sniff } from '../documents/import/read-source.ts';
import { openPlanFile } from '../store/open.ts';
import { checkDocumentOffThread } from './check-document.ts';
import { checkPlan } from './check-plan.ts';
import type { CheckResult } from '../model/check-result.ts';

function isPlanFile(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = new Uint8Array(16);
      fs.readSync(fd, head, 0, 16, 0);
      return sniff(head) === 'sqlite';
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false; // readInputBytes reports the problem in words
  }
}

export async function checkFile(file: string): Promise<CheckResult> {
  if (isPlanFile(file)) {
    const db = openPlanFile(file);
    try {
      return checkPlan(db);
    } finally {
      db.close();
    }
  }
  // a document someone sent is read and checked in the worker thread, under its limits
  return checkDocumentOffThread(readInputBytes(file));
}
