/** Small text helpers for terminal output. */

/** Pads every column but the last to the widest cell, two spaces apart (code points, not UTF-16 units). */
export function alignColumns(rows: readonly (readonly string[])[], indent = ""): string[] {
  const width = (s: string): number => [...s].length;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, width(cell));
    });
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) =>
          i < row.length - 1 ? cell + " ".repeat((widths[i] ?? 0) - width(cell)) : cell
        )
        .join("  ")
        .trimEnd()
  );
}

/** "1 error", "2 errors". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Keeps a line readable in a terminal: newlines become spaces, very long text is cut with an ellipsis. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join("")}…` : flat;
}
