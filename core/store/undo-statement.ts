// Undo replays SQL text kept in the file's undo_log. A plan mailed by someone else could carry any
// text there (ATTACH a path and write to it, a recursive query that never ends, an UPDATE of every
// measure's title, a DELETE of the drafts), so a statement is replayed only when it has exactly
// the shape one of our own undo triggers writes: the same table, the same columns in the same
// order, the row chosen by its key columns, and nothing but quote()d literals where the trigger
// puts values.
//
// The shapes are derived from the triggers themselves, as frozen for every format
// (./frozen-schema/): an entry written by a format-6 trigger still replays after the upgrade.
import { QicaoError } from '../errors.ts';
import { knownSchema } from './known-schema.ts';
import { MIGRATIONS } from './migrations/index.ts';

type Token = { kind: 'word' | 'literal' | 'punct'; text: string };

// quote() writes NULL, integers, reals (1.5, 1.0e+20), 'text' with '' doubled, and X'hex' blobs.
const TOKEN = /\s*(?:(NULL\b)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|('(?:[^']|'')*')|([xX]'[0-9a-fA-F]*')|([A-Za-z_][A-Za-z0-9_]*)|([=,()]))/y;

function tokens(sql: string): Token[] | null {
  const out: Token[] = [];
  let at = 0;
  while (at < sql.length) {
    if (/^\s*$/.test(sql.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(sql);
    if (!m) return null;
    at = TOKEN.lastIndex;
    if (m[1] || m[2] || m[3] || m[4]) out.push({ kind: 'literal', text: m[0].trim() });
    else if (m[5]) out.push({ kind: 'word', text: m[5] });
    else out.push({ kind: 'punct', text: m[6] });
  }
  return out;
}

/** A statement with every literal replaced by "?": the shape two statements share when only values differ. */
function shapeOf(sql: string): string | null {
  const t = tokens(sql);
  return t ? t.map((x) => (x.kind === 'literal' ? '?' : x.text)).join(' ') : null;
}

/** Splits `text` at `sep` where it stands outside quotes and parentheses. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'")
      quoted = !quoted; // '' inside a literal toggles twice
    else if (quoted) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

const WRITES_UNDO_LOG = /INSERT INTO undo_log \(stack, step, row_key, sql\)\s*SELECT\s+([\s\S]*?)\s+FROM undo_state\b/;

/**
 * The statement shape an undo trigger writes, from its SQL: the fourth selected value is a chain
 * of 'text' || quote(OLD.col) || …; texts are kept, each quote() becomes a value. null when the
 * trigger builds its text some other way (frozen-schema.test.ts requires that none does).
 */
export function triggerShape(triggerSql: string): string | null {
  const m = WRITES_UNDO_LOG.exec(triggerSql);
  if (!m) return null;
  const selected = splitTopLevel(m[1], ',');
  if (selected.length !== 4) return null;
  let text = '';
  for (const piece of splitTopLevel(selected[3], '||')) {
    if (/^'(?:[^']|'')*'$/.test(piece)) text += piece.slice(1, -1).replaceAll("''", "'");
    else if (/^quote\((?:OLD|NEW)\.[a-z_]+\)$/.test(piece))
      text += ' NULL '; // a value: any literal
    else return null;
  }
  return shapeOf(text);
}

/** The triggers that write undo entries, in every format's frozen schema, by name and format. */
export function undoTriggersOfAllFormats(): { version: number; name: string; sql: string }[] {
  const out: { version: number; name: string; sql: string }[] = [];
  for (const { version } of MIGRATIONS) {
    for (const o of knownSchema(version).values()) {
      if (o.type === 'trigger' && o.sql && o.sql.includes('INSERT INTO undo_log')) out.push({ version, name: o.name, sql: o.sql });
    }
  }
  return out;
}

let shapes: Set<string> | null = null;

function allowedShapes(): Set<string> {
  if (!shapes) {
    shapes = new Set();
    for (const t of undoTriggersOfAllFormats()) {
      const shape = triggerShape(t.sql);
      if (shape) shapes.add(shape);
    }
  }
  return shapes;
}

/** True when `sql` is a statement one of our own undo triggers could have written. */
export function isUndoStatement(sql: string): boolean {
  const shape = shapeOf(sql);
  return shape !== null && allowedShapes().has(shape);
}

export function assertUndoStatement(sql: string): void {
  if (!isUndoStatement(sql)) {
    throw new QicaoError('bad-input', '撤销记录中有不是起草助手写入的内容，已停止撤销，计划未作改动。');
  }
}
