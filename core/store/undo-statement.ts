// Undo replays SQL text kept in the file's undo_log. A plan mailed by someone else could carry any
// text there (ATTACH a path and write to it, a recursive query that never ends), so before a
// statement is replayed it must have exactly the shape our undo triggers write: one UPDATE,
// DELETE or INSERT of one plan table, with nothing but column names and quote()d literals.
import { QicaoError } from '../errors.ts';

type Token = { kind: 'word' | 'literal' | 'punct'; text: string };

// quote() writes NULL, integers, reals (1.5, 1.0e+20), 'text' with '' doubled, and X'hex' blobs.
const TOKEN = /\s*(?:(NULL\b)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|('(?:[^']|'')*')|([xX]'[0-9a-fA-F]*')|([A-Za-z_][A-Za-z0-9_]*)|([=,()]))/y;

function tokens(sql: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
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

/** True when `sql` is a statement our own undo triggers could have written. */
export function isUndoStatement(sql: string): boolean {
  const t = tokens(sql);
  if (!t) return false;
  let i = 0;
  const word = (w?: string) => {
    const x = t[i];
    if (!x || x.kind !== 'word' || (w !== undefined && x.text.toUpperCase() !== w)) return false;
    i++;
    return true;
  };
  const punct = (p: string) => (t[i]?.kind === 'punct' && t[i].text === p ? (i++, true) : false);
  const literal = () => (t[i]?.kind === 'literal' ? (i++, true) : false);
  const table = () => {
    const name = t[i]?.text.toLowerCase() ?? '';
    return word() && !name.startsWith('sqlite_') && !name.startsWith('undo_');
  };
  const pairs = (sep: string) => {
    do if (!(word() && punct('=') && literal())) return false;
    while (sep === ',' ? punct(',') : word(sep));
    return true;
  };
  const list = (item: () => boolean) => {
    if (!punct('(')) return false;
    do if (!item()) return false;
    while (punct(','));
    return punct(')');
  };
  let ok: boolean;
  if (word('UPDATE')) ok = table() && word('SET') && pairs(',') && word('WHERE') && pairs('AND');
  else if (word('DELETE')) ok = word('FROM') && table() && word('WHERE') && pairs('AND');
  else if (word('INSERT')) ok = word('INTO') && table() && list(() => word()) && word('VALUES') && list(literal);
  else ok = false;
  return ok && i === t.length;
}

export function assertUndoStatement(sql: string): void {
  if (!isUndoStatement(sql)) {
    throw new QicaoError('bad-input', '撤销记录中有不是起草助手写入的内容，已停止撤销，计划未作改动。');
  }
}
