// How much work one imported or checked document may cost. A real 起草说明 is ~11 KB and a
// 10,000-measure plan a few MB; anything far beyond that is refused with a plain message
// instead of being allowed to exhaust memory or hang the app (zip bombs, pasted logs).
const MB = 1024 * 1024;

export const LIMITS = {
  /** A .docx file on disk (compressed). */
  docxBytes: 64 * MB,
  /** word/document.xml once inflated, as declared and as actually inflated. */
  documentXmlBytes: 100 * MB,
  /** styles.xml and numbering.xml once inflated. */
  partXmlBytes: 16 * MB,
  /** Entries in the zip: Word writes a dozen or two, a few hundred with many images. */
  zipEntries: 5000,
  /** A .txt file. */
  textBytes: 16 * MB,
  /** Characters of text taken from any document, after extraction. */
  textChars: 16 * 1024 * 1024,
  /**
   * Elements nested inside each other in any XML part. Word nests a few dozen deep (tables in
   * tables, fields, text boxes); parsing a 100,000-deep file took minutes (quadratic in depth).
   */
  xmlDepth: 256,
} as const;

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}
