/**
 * How much of a zip LAA Monitor will inflate. Checked against the zip's own directory before any
 * part is inflated, and again against the bytes actually produced, so a zip bomb costs at most one
 * limit's worth of memory and ends in one sentence.
 */
export interface ZipLimits {
  /** Largest part, uncompressed, in bytes. */
  readonly partBytes: number;
  /** All parts together, uncompressed, in bytes. */
  readonly totalBytes: number;
  /** Entries in the zip's directory. */
  readonly entries: number;
  /** Largest uncompressed / compressed ratio of a part over 1 MB. */
  readonly ratio: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ZipLimits = {
  partBytes: 200 * MB,
  totalBytes: 1024 * MB,
  entries: 10_000,
  // Spreadsheet XML compresses 10–50 times; deflate cannot exceed about 1,030.
  ratio: 500,
};

/** Parts smaller than this are never refused for their ratio (tiny parts compress absurdly well). */
export const RATIO_FLOOR_BYTES = MB;

/** "200 MB", "1 GB", "1.5 GB" for messages. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * MB) return `${+(bytes / (1024 * MB)).toFixed(1)} GB`;
  return `${+(bytes / MB).toFixed(1)} MB`;
}

/** The sentence that names the limit a file went past (after the file's label). */
export function tooLargeSentence(label: string, why: string): string {
  return `${label} is larger than LAA Monitor will open (${why}).`;
}
