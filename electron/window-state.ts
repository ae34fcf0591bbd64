// The window's size and position, remembered in the app data folder between launches. A saved
// position is used only when it is still on a connected display (a laptop undocked from its
// second screen must not open its window off-screen); the size always fits the display.
import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1360, height: 860 };
const MIN_SIZE = { width: 800, height: 560 };
/** This much of the saved window must lie on a display for its position to count. */
const VISIBLE = { width: 120, height: 40 };

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The state to open with, given the displays connected now (screen.getAllDisplays() work areas). */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState {
  const s = (saved ?? {}) as Partial<Record<keyof WindowState, unknown>>;
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  const wanted = { width: num(s.width) ? s.width : DEFAULT_SIZE.width, height: num(s.height) ? s.height : DEFAULT_SIZE.height };
  const maximized = s.maximized === true;
  const fit = (area: Rect) => ({
    width: Math.round(Math.max(MIN_SIZE.width, Math.min(wanted.width, area.width))),
    height: Math.round(Math.max(MIN_SIZE.height, Math.min(wanted.height, area.height))),
  });
  if (num(s.x) && num(s.y)) {
    const x = s.x;
    const y = s.y;
    // the display the saved window was mostly on, if enough of it is still on one
    const home = workAreas.find((a) => {
      const o = overlap({ x, y, ...wanted }, a);
      return o.width >= VISIBLE.width && o.height >= VISIBLE.height;
    });
    if (home) {
      const size = fit(home);
      // moved just enough to lie wholly on that display: the title bar is always reachable
      const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(Math.max(v, lo), Math.max(lo, hi)));
      return { x: clamp(x, home.x, home.x + home.width - size.width), y: clamp(y, home.y, home.y + home.height - size.height), ...size, maximized };
    }
  }
  // no usable position: centred by Electron on the primary display, sized to fit it
  return { ...fit(primary), maximized };
}

export function readWindowState(dataDir: string, workAreas: readonly Rect[]): WindowState {
  let saved: unknown = null;
  try {
    saved = JSON.parse(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    // first launch, or an unreadable file: the default size, centred
  }
  return restoreWindowState(saved, workAreas);
}

export function writeWindowState(dataDir: string, bounds: Rect, maximized: boolean): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, WINDOW_STATE_FILE);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ ...bounds, maximized }));
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // losing the window position is not worth an error on quit
  }
}
