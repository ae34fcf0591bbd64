// Which unit sent a returned file, read from the file itself before it is imported, so the
// drafter confirms instead of picking from the whole register: the form's 反馈单位, the
// letter's 落款 (signature), the file name, the Word comment authors — in that order of trust.
// Nothing is written.
import type { Db } from '../store/open.ts';
import { sql } from '../store/statements.ts';
import { readDocxItems } from './intake/docx-items.ts';
import { readHeader } from './intake/form.ts';
import { openPackage } from './intake/package.ts';
import { readSheets } from './intake/xlsx-sheets.ts';
import type { UnitSource } from '../model/consult-labels.ts';
import type { FeedbackInspection } from '../model/consultation.ts';
import { pickRound, readRound } from './rounds.ts';
import { matchUnit, unitKey } from './unit-names.ts';

/** What a file says about its sender, each clue with where it came from. */
export interface Clues {
  header: string;
  /** The letter's last lines (落款), last first. */
  signature: string[];
  authors: string[];
}

/** A date line ("2024年2月27日", "2024-02-27") or a contact line is not the 落款 unit. */
const NOT_SIGNATURE = /^(?:\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?|[（(]?(?:联系人|联系电话|电话|经办人|附件)[:：])/;
const SIGNATURE_LINES = 6;

export function feedbackClues(bytes: Uint8Array, fileName: string): Clues {
  const pkg = openPackage(bytes, fileName);
  if (pkg.format === 'xlsx') {
    const rows = readSheets(pkg).flatMap((s) => s.rows);
    return { header: readHeader(rows.flat()).unit, signature: [], authors: [] };
  }
  const { scan, items } = readDocxItems(pkg);
  const lines = scan.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  // the first line of a letter is its addressee (usually the drafting unit): never the sender
  const tail = lines.slice(Math.max(1, lines.length - SIGNATURE_LINES)).reverse();
  return {
    header: readHeader(scan.chunks).unit,
    signature: tail.filter((l) => !NOT_SIGNATURE.test(l) && l.length <= 40),
    authors: [...new Set(items.map((i) => i.author.trim()).filter((a) => a !== ''))],
  };
}

/** "区发展改革委-意见反馈表.docx" → "区发展改革委-意见反馈表". */
const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');

/** `clues`: already read (off the main thread, core/workers); read here otherwise. */
export function inspectFeedback(db: Db, file: { fileName: string; bytes: Uint8Array; round?: number; clues?: Clues }): FeedbackInspection {
  // an unreadable file is refused here already, with the same message the import would give
  const clues = file.clues ?? feedbackClues(file.bytes, file.fileName);
  const register = (sql(db, 'SELECT name FROM unit ORDER BY id').all() as { name: string }[]).map((u) => u.name);
  const roundId = file.round ?? pickRound(db);
  const consulted = roundId === null ? [] : readRound(db, roundId).units;

  const tries: [UnitSource, string[]][] = [
    ['反馈单位', clues.header ? [clues.header] : []],
    ['署名', clues.signature],
    ['文件名', [baseName(file.fileName)]],
    ['批注作者', clues.authors],
  ];
  let unit: string | null = null;
  let unitSource: UnitSource | null = null;
  const seen: string[] = [];
  for (const [source, texts] of tries) {
    for (const text of texts) {
      const m = matchUnit(text, register);
      // a 落款 is the unit's name and little else, not a sentence that mentions a unit
      if (source === '署名' && m.unit && unitKey(text).length > unitKey(m.unit).length + 6) continue;
      // among several equally good names, a unit asked in this round is the likelier sender
      const pick = m.unit ?? (m.matches.filter((n) => consulted.includes(n)).length === 1 ? m.matches.find((n) => consulted.includes(n))! : null);
      seen.push(...m.matches);
      if (pick && unit === null) {
        unit = pick;
        unitSource = source;
      }
    }
    if (unit !== null) break;
  }
  const candidates = [...new Set([...(unit ? [unit] : []), ...seen, ...consulted, ...register])];
  return { unit, unitSource, candidates };
}
