// After issue the plan's structure is guarded by triggers (migration 0010): an add, delete, move
// or text edit without an open 调整 is refused by SQLite itself, whichever code path tried it
// (editor, import, restore, undo). This turns that refusal into the app's error for people.
import { QicaoError } from '../errors.ts';

const LOCK_PREFIX = '计划已印发，结构和措施内容不能直接修改';

/** The Chinese error when `e` is the issued-plan lock; null for anything else. */
export function issueLockError(e: unknown): QicaoError | null {
  if (e instanceof QicaoError) return null;
  const message = (e as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && message.startsWith(LOCK_PREFIX)) return new QicaoError('bad-input', message);
  return null;
}
