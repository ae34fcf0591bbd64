// How much work one imported or checked document may cost. A real 起草说明 is ~11 KB and a
// 10,000-measure plan a few MB; anything far beyond that is refused with a plain message
// instead of being allowed to exhaust memory or hang the app (zip bombs, pasted logs).
// What opening a Word package may cost (parts, entries, XML depth) is in core/ooxml/limits.ts.
const MB = 1024 * 1024;

export const LIMITS = {
  /** A .docx file on disk (compressed). */
  docxBytes: 64 * MB,
  /** A .txt file. */
  textBytes: 16 * MB,
  /** Characters of text taken from any document, after extraction. */
  textChars: 16 * 1024 * 1024,
} as const;

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}
