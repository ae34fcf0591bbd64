// Which plan the desktop app was asked to open. A double-clicked .qicao arrives three ways: on
// the command line of the first launch, as macOS's `open-file` event, or on the command line of
// a second launch, which hands it to the running window (single-instance lock) and quits.
import path from 'node:path';

/**
 * The .qicao files named on a command line. argv[0] is the program; in development argv[1] is
 * the app folder; Chromium may add switches. Only arguments that name a plan file count.
 */
export function planFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && /\.qicao$/i.test(a))
    .map((a) => path.resolve(cwd, a));
}

/**
 * Holds a plan asked for before the window exists (macOS sends `open-file` before `ready`),
 * then passes each later request straight to the opener.
 */
export class OpenRequests {
  private waiting: string | null = null;
  private opener: ((file: string) => void) | null = null;

  request(file: string): void {
    if (this.opener) this.opener(file);
    else this.waiting = file;
  }

  /** From now on requests open at once; returns the one that waited, if any. */
  attach(opener: (file: string) => void): string | null {
    this.opener = opener;
    const first = this.waiting;
    this.waiting = null;
    return first;
  }
}
