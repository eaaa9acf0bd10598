/** Small text helpers for terminal output. */
import { PLAIN, Paint, Terminal, clip, paint, wrap } from "../terminal";

/** Characters of a cell: code points, not UTF-16 units. */
const chars = (s: string): number => [...s].length;

/** The widest cell of every column but the last. */
function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, chars(cell));
    });
  }
  return widths;
}

/** Pads every column but the last to the widest cell, two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[], indent = ""): string[] {
  const widths = columnWidths(rows);
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) =>
          i < row.length - 1 ? cell + " ".repeat((widths[i] ?? 0) - chars(cell)) : cell
        )
        .join("  ")
        .trimEnd()
  );
}

export interface TableLook {
  /** Widest a column may be on a terminal (its text is cut with …); by column index. */
  readonly clip?: Readonly<Record<number, number>>;
  /** A cell's colour, if any. */
  readonly paint?: (row: number, col: number, text: string) => Paint | undefined;
}

/**
 * Rows as aligned columns. To a pipe: exactly {@link alignColumns}. On a terminal: long columns cut,
 * cells coloured, and the last column wrapped to the terminal's width under itself (or, when too
 * little room is left, on the lines below).
 */
export function table(
  rows: readonly (readonly string[])[],
  indent: string,
  t: Terminal = PLAIN,
  look: TableLook = {}
): string[] {
  const width = t.width;
  if (width === undefined) return alignColumns(rows, indent);
  const lastLength = Math.max(0, ...rows.map((r) => chars(r[r.length - 1] ?? "")));
  const cutTo = (limits: Readonly<Record<number, number>>) =>
    rows.map((row) =>
      row.map((cell, i) => (limits[i] !== undefined ? clip(cell, limits[i] as number) : cell))
    );
  let limits: Record<number, number> = { ...look.clip };
  let cut = cutTo(limits);
  let widths = columnWidths(cut);
  const leadOf = (w: readonly number[]): number => indent.length + w.reduce((a, x) => a + x + 2, 0);
  // A narrow terminal: the cut columns give up room first (never below 6), so the line fits.
  const over = leadOf(widths) + Math.min(24, lastLength) - (width - 1);
  if (over > 0 && Object.keys(limits).length > 0) {
    limits = Object.fromEntries(
      Object.keys(limits).map((k) => [k, Math.max(6, (widths[Number(k)] ?? 0) - over)])
    );
    cut = cutTo(limits);
    widths = columnWidths(cut);
  }
  const lead = leadOf(widths);
  const room = width - 1 - lead;
  const out: string[] = [];
  cut.forEach((row, r) => {
    const colour = (c: number, text: string): string => {
      const p = look.paint?.(r, c, text);
      return p ? paint(t, p, text) : text;
    };
    const fixed = row
      .slice(0, -1)
      .map((cell, c) => colour(c, cell) + " ".repeat((widths[c] ?? 0) - chars(cell)))
      .join("  ");
    const last = row[row.length - 1] ?? "";
    if (row.length === 1) {
      out.push(
        ...wrap(last, Math.max(width - 1 - indent.length, 10)).map((l) => indent + colour(0, l))
      );
    } else if (room >= Math.min(24, lastLength)) {
      wrap(last, Math.max(room, 1)).forEach((l, i) =>
        out.push(
          i === 0
            ? `${indent}${fixed}  ${colour(row.length - 1, l)}`.trimEnd()
            : `${" ".repeat(lead)}${colour(row.length - 1, l)}`
        )
      );
    } else {
      out.push(`${indent}${fixed}`.trimEnd());
      const under = `${indent}  `;
      for (const l of wrap(last, Math.max(width - 1 - under.length, 10)))
        out.push(`${under}${colour(row.length - 1, l)}`);
    }
  });
  return out;
}

/** Text wrapped to the terminal under an indent (unchanged, on one line, when not a terminal). */
export function para(text: string, indent: string, t: Terminal = PLAIN, style?: Paint): string[] {
  const lines =
    t.width === undefined ? [text] : wrap(text, Math.max(t.width - 1 - indent.length, 20));
  return lines.map((l) => `${indent}${style ? paint(t, style, l) : l}`);
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** Keeps a line readable in a terminal: newlines become spaces, very long text is cut with an ellipsis. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join("")}…` : flat;
}
