// Dates as a drafter writes them: "2024年2月20日", "2024-02-20", "2024/2/20", "2024.2.20".
// Stored as ISO "YYYY-MM-DD"; shown the Chinese way without zero padding.

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The ISO date a typed text means, '' for an empty text, null when it is not a real date. */
export function parseChineseDate(text: string): string | null {
  const t = text.replace(/\s/g, '');
  if (t === '') return '';
  const m = /^(\d{4})(?:年|-|\/|\.)(\d{1,2})(?:月|-|\/|\.)(\d{1,2})日?$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  return isoOf(y, mo, d);
}

/** "2024-02-20" → "2024年2月20日"; '' stays ''. */
export function showChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export function daysIn(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** Monday-first weeks of a month: null for the blanks before the 1st. */
export function monthGrid(year: number, month: number): (number | null)[] {
  const first = (new Date(year, month - 1, 1).getDay() + 6) % 7;
  return [...Array<null>(first).fill(null), ...Array.from({ length: daysIn(year, month) }, (_, i) => i + 1)];
}
