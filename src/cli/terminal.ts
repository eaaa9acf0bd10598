/**
 * What the output may use of the terminal it goes to. Colour and fitted lines only when stdout is a
 * terminal (and colour only when neither NO_COLOR nor --no-color says otherwise); output to a pipe or
 * a file stays plain text, one finding a line, whatever its length, so scripts and diffs can rely on it.
 */
import { CliIo } from "./io";

export interface Terminal {
  /** ANSI colour on. */
  readonly color: boolean;
  /** Columns to fit lines into; undefined when stdout is not a terminal (lines are not cut). */
  readonly width?: number;
}

/** Plain output: what a pipe, a file and the tests get. */
export const PLAIN: Terminal = { color: false };

/** The terminal stdout writes to, with the user's colour wishes applied. */
export function terminalOf(io: CliIo, colorOption?: boolean): Terminal {
  if (io.stdout.isTTY !== true) return PLAIN;
  const env = io.env ?? {};
  // https://no-color.org: any non-empty value turns colour off.
  const color = colorOption !== false && !env.NO_COLOR && env.TERM !== "dumb";
  const columns = io.stdout.columns;
  return { color, width: columns && columns >= 20 ? columns : 80 };
}

const SGR = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  cyan: [36, 39],
} as const;

export type Paint = keyof typeof SGR;

/** `text` in a colour or weight when the terminal takes colour; unchanged otherwise. */
export function paint(t: Terminal, style: Paint, text: string): string {
  if (!t.color || text === "") return text;
  const [on, off] = SGR[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

/** Characters a terminal shows (colour codes take no room). */
export function visibleLength(text: string): number {
  return [...text.replace(/\u001b\[\d+m/g, "")].length;
}

/**
 * Splits plain text into lines of at most `width` characters at spaces (a word longer than the line
 * is cut), for the part of a line after its fixed columns.
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/ +/).filter(Boolean)) {
    let w = word;
    while (visibleLength(w) > width) {
      if (line) out.push(line);
      line = "";
      out.push([...w].slice(0, width).join(""));
      w = [...w].slice(width).join("");
    }
    if (!line) line = w;
    else if (visibleLength(line) + 1 + visibleLength(w) <= width) line += ` ${w}`;
    else {
      out.push(line);
      line = w;
    }
  }
  if (line || out.length === 0) out.push(line);
  return out;
}

/** Cuts text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}

/**
 * Progress on stderr while a long job runs (many files, a long table), only when stderr is a
 * terminal: one line rewritten in place, and gone before anything else is printed.
 */
export class Progress {
  private shown = false;

  constructor(
    private readonly stream: CliIo["stderr"],
    private readonly enabled: boolean
  ) {}

  static for(io: CliIo, quiet = false): Progress {
    return new Progress(io.stderr, io.stderr.isTTY === true && !quiet);
  }

  /** Replaces the progress line. */
  say(text: string): void {
    if (!this.enabled) return;
    const width = (this.stream.columns ?? 80) - 1;
    this.stream.write(`\r\u001b[2K${clip(text, width)}`);
    this.shown = true;
  }

  /** Removes the progress line. */
  done(): void {
    if (!this.shown) return;
    this.stream.write("\r\u001b[2K");
    this.shown = false;
  }
}
