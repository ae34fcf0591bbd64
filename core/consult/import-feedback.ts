// Intake: a unit's returned file becomes comments, in one transaction. The file is read and
// understood completely before anything is written, so an unreadable file stores nothing; the
// file's hash makes a second import of the same file add nothing.
import { createHash } from 'node:crypto';
import { QicaoError } from '../errors.ts';
import type { Db } from '../store/open.ts';
import { readPlan } from '../store/read-plan.ts';
import { readSnapshot } from '../store/snapshots.ts';
import { sql } from '../store/statements.ts';
import { pauseForTest } from '../test-pause.ts';
import { parseOffThread } from '../workers/off-thread.ts';
import { anchorItems, type Anchored } from './anchor.ts';
import { listComments } from './comments.ts';
import { parseReturnedFile } from './intake/parse.ts';
import type { ParsedFeedback } from './intake/raw-item.ts';
import type { Plan } from '../model/plan.ts';
import { todayIso, type ImportResult } from '../model/consultation.ts';
import { askUnit, pickRound, readRound, roundForFeedback, roundSnapshotId } from './rounds.ts';
import { storedQuote } from './stored-quote.ts';
import { matchUnit } from './unit-names.ts';
import { findUnit, type UnitRow } from './units.ts';

export interface FeedbackFile {
  unit: string;
  fileName: string;
  bytes: Uint8Array;
  /** Round name or id; the latest round when absent (a new one when the plan has none). */
  round?: string | number;
  /** The file already read by the host (off the main thread, core/workers); read here otherwise. */
  parsed?: ParsedFeedback;
  /** Its items already anchored by the host (off the main thread, on `anchorPlans`); anchored here otherwise. */
  anchors?: (Anchored | null)[];
}

/** The plans an import anchors on: the plan the unit read (the round's 征求意见稿) first, then the plan as it is now. */
export function anchorPlans(db: Db, round?: string | number): Plan[] {
  const current = readPlan(db);
  const roundId = pickRound(db, round);
  const snapshotId = roundId === null ? null : roundSnapshotId(db, roundId);
  return snapshotId === null ? [current] : [readSnapshot(db, snapshotId).plan, current];
}

/**
 * Reads a returned file and anchors its items in the worker thread (core/workers): under its time
 * and memory limits, while the host keeps answering. The result goes to importFeedback.
 */
export async function readFeedbackOffThread(db: Db, file: FeedbackFile): Promise<FeedbackFile> {
  const parsed = file.parsed ?? (await parseOffThread({ kind: 'returned', fileName: file.fileName, bytes: file.bytes }));
  const anchors = await parseOffThread({ kind: 'anchor', fileName: file.fileName, plans: anchorPlans(db, file.round), items: parsed.items });
  return { ...file, parsed, anchors };
}

/** Anchors found before the transaction, kept only for nodes that still exist (the plan may have changed meanwhile). */
function stillThere(db: Db, anchors: (Anchored | null)[]): (Anchored | null)[] {
  const ids = new Set((sql(db, 'SELECT id FROM node').all() as { id: number }[]).map((r) => r.id));
  return anchors.map((a) => (a && ids.has(a.nodeId) ? a : null));
}

/** A form whose 反馈单位 names another unit of the registry was most likely picked for the wrong unit. */
function assertSameUnit(db: Db, unit: UnitRow, parsed: ParsedFeedback, fileName: string): void {
  if (parsed.header.unit.trim() === '') return;
  const register = (sql(db, 'SELECT name FROM unit').all() as { name: string }[]).map((u) => u.name);
  // "北京市怀柔区发展和改革委员会（盖章）" is 区发展改革委: compare as the register writes names
  const written = matchUnit(parsed.header.unit, register);
  if (written.unit === null || written.unit === unit.name || written.matches.includes(unit.name)) return;
  throw new QicaoError('bad-input', `“${fileName}”的反馈单位写的是“${written.unit}”，不是“${unit.name}”，未导入。请核对后按正确的单位导入。`);
}

function existingImport(db: Db, sha: string): { id: number; round_id: number; unit: string; unit_id: number } | undefined {
  return sql(db, 'SELECT f.id, f.round_id, f.unit_id, u.name AS unit FROM feedback_file f JOIN unit u ON u.id = f.unit_id WHERE f.sha256 = ? ORDER BY f.id LIMIT 1').get(sha) as
    { id: number; round_id: number; unit: string; unit_id: number } | undefined;
}

function result(db: Db, fileId: number, roundId: number, unit: string, duplicate: boolean): ImportResult {
  const round = readRound(db, roundId);
  const state = sql(db, 'SELECT ru.no_objection FROM round_unit ru JOIN unit u ON u.id = ru.unit_id WHERE ru.round_id = ? AND u.name = ?').get(roundId, unit) as
    { no_objection: number } | undefined;
  const items = listComments(db, { fileId }).map((c) => ({ id: c.id, kind: c.kind, quote: c.quote, text: c.text, summary: c.summary, author: c.author, target: c.target }));
  return { unit, round: round.name, noObjection: items.length === 0 && state?.no_objection === 1, duplicate, items };
}

export function importFeedback(db: Db, file: FeedbackFile): ImportResult {
  // unit first: a typo is the likelier mistake, and it costs nothing to check
  const unit = findUnit(db, file.unit);
  const sha = createHash('sha256').update(file.bytes).digest('hex');
  const before = existingImport(db, sha);
  if (before) {
    if (before.unit_id !== unit.id) {
      throw new QicaoError('exists', `“${file.fileName}”已作为“${before.unit}”的反馈导入过，未重复导入。如单位选错了，请联系维护人员更正。`);
    }
    return result(db, before.id, before.round_id, unit.name, true);
  }
  const parsed = file.parsed ?? parseReturnedFile(file.bytes, file.fileName); // parsed: read off the main thread by the host
  assertSameUnit(db, unit, parsed, file.fileName);

  const imported = db.transaction((): ImportResult => {
    const roundId = roundForFeedback(db, file.round);
    askUnit(db, roundId, unit.id);
    const now = new Date().toISOString();
    const fileId = Number(
      sql(db, 'INSERT INTO feedback_file (round_id, unit_id, sha256, name, format, imported_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        roundId,
        unit.id,
        sha,
        file.fileName,
        parsed.format,
        now,
      ).lastInsertRowid,
    );
    const anchors = file.anchors && file.anchors.length === parsed.items.length ? stillThere(db, file.anchors) : anchorItems(anchorPlans(db, roundId), parsed.items);
    const insert = sql(
      db,
      `INSERT INTO comment (round_id, unit_id, file_id, source_key, kind, node_id, anchor, section, quote, text, reason, author, date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (file_id, source_key) DO NOTHING`,
    );
    parsed.items.forEach((item, i) => {
      const hit = anchors[i];
      insert.run(
        roundId,
        unit.id,
        fileId,
        item.sourceKey,
        item.kind,
        hit?.nodeId ?? null,
        hit?.anchor ?? 'none',
        item.section,
        storedQuote(item.kind, item.quote, item.context),
        item.text,
        item.reason,
        item.author,
        item.date,
        now,
      );
    });
    // a later file with comments overrides an earlier 无意见, never the other way round
    const hasComments = (sql(db, 'SELECT count(*) AS n FROM comment WHERE round_id = ? AND unit_id = ?').get(roundId, unit.id) as { n: number }).n > 0;
    sql(db, 'UPDATE round_unit SET replied_at = coalesce(replied_at, ?), no_objection = ? WHERE round_id = ? AND unit_id = ?').run(
      todayIso(),
      parsed.noObjection && !hasComments ? 1 : 0,
      roundId,
      unit.id,
    );
    // the form's 联系人/电话 fill the registry where it has none
    if (parsed.header.contact) sql(db, "UPDATE unit SET contact = ? WHERE id = ? AND contact = ''").run(parsed.header.contact, unit.id);
    if (parsed.header.phone) sql(db, "UPDATE unit SET phone = ? WHERE id = ? AND phone = ''").run(parsed.header.phone, unit.id);
    const done = result(db, fileId, roundId, unit.name, false);
    pauseForTest('before-commit');
    return done;
  })();
  pauseForTest('after-commit');
  return imported;
}
