import { z } from 'zod';

export const empty = z.object({}).strict();

/** A channel: its zod input schema, and its output type (types only, nothing at run time). */
export function channel<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });
}
