// How much one Word or Excel package may cost to open, whatever it is opened for (a plan to
// import, a document to check or compare, a unit's returned feedback). One set of numbers: the
// strictest of what the importer and the feedback reader used to allow separately.
const MB = 1024 * 1024;

export const PACKAGE_LIMITS = {
  /** Entries in the zip: Word writes a dozen or two, a few hundred with many images. */
  zipEntries: 5000,
  /** Any one XML part once inflated (word/document.xml, a worksheet), as declared and as actually inflated. */
  partBytes: 32 * MB,
  /** Side parts (styles.xml, numbering.xml) once inflated. */
  sidePartBytes: 16 * MB,
  /** All parts read from one package together, as actually inflated. */
  totalBytes: 64 * MB,
  /**
   * Elements nested inside each other in any XML part. Word nests a few dozen deep (tables in
   * tables, fields, text boxes); parsing a 100,000-deep file took minutes (quadratic in depth).
   */
  xmlDepth: 256,
  /** Characters of text in any one XML part. */
  textChars: 16 * MB,
} as const;

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}
