// The per-launch token: whoever does not have it cannot reach the plan. It is sent only as the
// x-qicao-token header, never as a cookie (browsers send cookies to every port of 127.0.0.1).
//
// The token printed in the address (#token=…) opens one page once: the page exchanges it at load
// for a session token and the launch token is refused from then on, so the copy the browser keeps
// in its history database is worth nothing.
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

/** The launch token (single use) and the session tokens it was exchanged for. */
export class TokenKeeper {
  private launch: string | null = newToken();
  private readonly sessions: string[] = [];
  /** for the address printed at start */
  readonly launchToken: string = this.launch!;

  /** A session token for the launch token, once; null for anything else (a second use too). */
  exchange(given: string | null | undefined): string | null {
    if (this.launch === null || !tokenMatches(this.launch, given)) return null;
    this.launch = null;
    return this.issue();
  }

  /** A session token for a caller in this process (tests, an embedding host): it never leaves memory. */
  issue(): string {
    const token = newToken();
    this.sessions.push(token);
    return token;
  }

  allows(given: string | null | undefined): boolean {
    let ok = false;
    for (const s of this.sessions) ok = tokenMatches(s, given) || ok; // every one compared: no timing hint
    return ok;
  }
}
