/**
 * The CLI's contact with the outside world: output streams, the clock, and the errors that end a
 * command with exit code 2 and one plain sentence on stderr.
 */

/** An output stream: process.stdout/stderr, or a test's collector. */
export interface CliStream {
  write(text: string): unknown;
  /** True when it is a terminal (colour, fitted lines and progress only then). */
  readonly isTTY?: boolean;
  /** The terminal's width in characters. */
  readonly columns?: number;
  readonly destroyed?: boolean;
}

/** Where output goes; tests pass string collectors, the binary passes process.stdout/stderr. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** The clock, read only here (the engine never does): the default as-at date is today. */
  readonly now?: () => Date;
  /** Environment variables (NO_COLOR, TERM); the binary passes process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 no errors, 1 errors found, 2 a file or an option could not be used. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** A problem with the user's input (file, option, config): `message` is one plain sentence. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Today's date as YYYY-MM-DD in local time (what an officer means by "today"). */
export function isoDate(d: Date): string {
  const mm = String(d.getMonth() + 1).padStart(2, "0");
  const dd = String(d.getDate()).padStart(2, "0");
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** Writes lines to a stream, each ending in a newline. */
export function writeLines(stream: CliIo["stdout"], lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.join("\n")}\n`);
}
