// The per-launch token: whoever does not have it cannot reach the plan. It is sent only as the
// x-qicao-token header, never as a cookie (browsers send cookies to every port of 127.0.0.1).
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time, so the token cannot be guessed a character at a time from response timing. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
