// Channel → handler. Hosts call `dispatch`; every input is parsed by its schema first.
import { z } from 'zod';
import { isQicaoError } from '../errors.ts';
import { contract, isChannel, type Reply } from './contract.ts';
import { exportHandlers } from './handlers/export.ts';
import { planHandlers } from './handlers/plan.ts';
import { draftsHandlers } from './handlers/drafts.ts';
import { safetyHandlers } from './handlers/safety.ts';
import { editorHandlers } from './handlers/editor.ts';
import { consultHandlers } from './handlers/consult.ts';
import { reviewHandlers } from './handlers/review.ts';
import { importHandlers } from './handlers/import.ts';
import { folderHandlers } from './handlers/folders.ts';
import { yearHandlers } from './handlers/year.ts';
import { bulkEditHandlers } from './handlers/bulk-edits.ts';
import { changeLinkHandlers } from './handlers/change-links.ts';
import { issueLockError } from '../store/issue-lock.ts';
import type { Handlers } from './handlers/types.ts';
import type { Session } from './session.ts';

/** Every channel's handler, joined from handlers/<domain>.ts. */
export const handlers: Handlers = {
  ...planHandlers,
  ...draftsHandlers,
  ...editorHandlers,
  ...exportHandlers,
  ...safetyHandlers,
  ...consultHandlers,
  ...reviewHandlers,
  ...importHandlers,
  ...folderHandlers,
  ...yearHandlers,
  ...bulkEditHandlers,
  ...changeLinkHandlers,
};

/** Turns a zod failure into one Chinese line naming the field. */
function describeInvalid(e: z.ZodError): string {
  const first = e.issues[0];
  const where = first?.path.length ? `字段“${first.path.join('.')}”` : '输入';
  return `${where}无效：${first?.message ?? '格式不对'}。`;
}

export async function dispatch(session: Session, channel: unknown, rawInput: unknown): Promise<Reply<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'bad-input', message: `未知的操作“${String(channel)}”。` } };
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: describeInvalid(parsed.error) } };
  try {
    const handler = handlers[channel] as (s: Session, input: unknown) => unknown;
    return { ok: true, value: await handler(session, parsed.data) };
  } catch (e) {
    if (isQicaoError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    const locked = issueLockError(e); // an issued plan's structure changed without an adjustment
    if (locked) return { ok: false, error: { code: locked.code, message: locked.message } };
    console.error(e);
    return { ok: false, error: { code: 'internal', message: `内部错误：${(e as Error).message}。操作未完成，文件未被修改。` } };
  }
}
