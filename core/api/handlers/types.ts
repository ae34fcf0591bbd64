import type { z } from 'zod';
import type { Channel, Output, ParsedInput } from '../contract.ts';
import type { Session } from '../session.ts';

type ChannelSpec = { input: z.ZodType; output: unknown };

/** The handlers of one domain's channels: parsed input in, output (or a promise of it) out. */
export type HandlersOf<T extends Record<string, ChannelSpec>> = {
  [C in keyof T]: (s: Session, input: z.output<T[C]['input']>) => T[C]['output'] | Promise<T[C]['output']>;
};

export type Handlers = { [C in Channel]: (s: Session, input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };
