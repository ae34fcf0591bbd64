// The CLI is a host like the window's: it holds a Session and calls the one contract through
// `dispatch`, so every command gets the channel's input limits, its undo labels and its
// off-thread reading, exactly as the window does. A command adds only its options and its words.
import { dispatch } from '../api/dispatch.ts';
import type { Channel, Input, Output } from '../api/contract.ts';
import { Session } from '../api/session.ts';
import { dataDir } from '../data-dir.ts';
import { QicaoError, type ErrorCode } from '../errors.ts';

/** One channel call; a refusal becomes the error the CLI prints as one Chinese line. */
export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

function callerFor(session: Session): Call {
  return async (channel, input) => {
    const reply = await dispatch(session, channel, input);
    if (!reply.ok) throw new QicaoError(reply.error.code as ErrorCode, reply.error.message);
    return reply.value as Output<typeof channel>;
  };
}

/** A session with no plan open, for commands that name their files in the call itself; always closed. */
export async function withSession<T>(fn: (call: Call) => Promise<T>): Promise<T> {
  // the CLI leaves the window's list of recent files alone
  const session = new Session(dataDir(), false);
  try {
    return await fn(callerFor(session));
  } finally {
    session.close();
  }
}

/** Opens the plan file in a session (as the window does), runs `fn`, and always closes it. */
export function withPlan<T>(file: string, fn: (call: Call) => Promise<T>): Promise<T> {
  return withSession(async (call) => {
    await call('plan.open', { path: file });
    return fn(call);
  });
}

/** The round a drafter names (`--round 第一轮`), as its id; the newest of that name. */
export async function roundIdByName(call: Call, name: string | undefined): Promise<number | undefined> {
  if (name === undefined) return undefined;
  const rounds = await call('consult.rounds', {});
  const found = rounds.filter((r) => r.name === name.trim()).at(-1);
  if (found) return found.id;
  const names = rounds.map((r) => `“${r.name}”`);
  throw new QicaoError('not-found', `找不到征求意见轮次“${name}”${names.length ? `，已有：${names.join('、')}` : '，计划中还没有征求意见轮次'}。`);
}
