// The window's security guards, kept apart so unit tests can check them without Electron.
export const APP_ORIGIN = 'app://qicao';

/** Only our own top-level page may call the API: not an iframe, not another origin. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame || frame.parent) return false;
  try {
    const u = new URL(frame.url);
    return u.protocol === 'app:' && u.host === 'qicao';
  } catch {
    return false;
  }
}

/** Navigation stays inside the app; anything else is refused (external links open nowhere). */
export function navigationAllowed(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
