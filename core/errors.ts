// An error a person reads: one Chinese line that says what went wrong and what to do.
// Anything else thrown inside core is a bug and is reported as such by the hosts.
export type ErrorCode = 'not-found' | 'exists' | 'not-a-plan' | 'corrupt' | 'newer-version' | 'locked' | 'bad-input' | 'unknown-node' | 'wrong-kind' | 'io';

export class QicaoError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The CLI's exit code for this error (2 = bad input, the default). */
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = 'QicaoError';
  }
}

export function isQicaoError(e: unknown): e is QicaoError {
  return e instanceof QicaoError;
}
