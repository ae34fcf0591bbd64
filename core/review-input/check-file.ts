// `qicao check FILE`: a plan file is checked as a plan (with its 起草说明 and dismissals), any
// other file as a document. The kind is decided by the file's first bytes, not its name.
import fs from 'node:fs';
import { readInputBytes, sniff } from '../documents/import/read-source.ts';
import { openPlanFile } from '../store/open.ts';
import { checkDocument } from './check-document.ts';
import { checkPlan } from './check-plan.ts';
import type { CheckResult } from './types.ts';

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

export function checkFile(file: string): CheckResult {
  if (isPlanFile(file)) {
    const db = openPlanFile(file);
    try {
      return checkPlan(db);
    } finally {
      db.close();
    }
  }
  return checkDocument(readInputBytes(file));
}
