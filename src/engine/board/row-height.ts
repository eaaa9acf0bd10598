import { CellFormat, WriteValue } from "../model/plan";

/** Excel's default row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;

/**
 * The height a cell needs, in points, or undefined when the default height will do.
 *
 * Files carry no layout engine: a row written without a height shows one line of wrapped text and
 * cuts off the rest (LibreOffice and Excel both keep the stored height). So the board estimates it
 * the way Excel lays text out: words wrapped greedily into the column, one line per explicit line break.
 * A column width of N characters holds about N digits of the default font; proportional text at a
 * smaller size holds a little more, and bold a little less.
 */
export function cellHeight(
  value: WriteValue,
  format: CellFormat,
  widthChars: number
): number | undefined {
  const size = format.fontSize ?? DEFAULT_FONT_SIZE;
  const lineHeight = Math.ceil(size * 1.25);
  if (typeof value !== "string" || !format.wrap) {
    return lineHeight + 2 > DEFAULT_ROW_HEIGHT ? lineHeight + 2 : undefined;
  }
  const perLine = Math.max(
    1,
    Math.floor(widthChars * (DEFAULT_FONT_SIZE / size) * (format.bold ? 1.05 : 1.15))
  );
  // Most cells fit on one line: skip the word walk for them.
  const lines = value.length <= perLine && !/[\r\n]/.test(value) ? 1 : wrappedLines(value, perLine);
  if (lines === 1) return lineHeight + 2 > DEFAULT_ROW_HEIGHT ? lineHeight + 2 : undefined;
  return lines * lineHeight + 3;
}

/** Lines a text takes when wrapped at word boundaries into `perLine` characters. */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const len = word.length;
      if (used === 0) {
        used = len;
      } else if (used + 1 + len <= perLine) {
        used += 1 + len;
      } else {
        lines++;
        used = len;
      }
      // A word longer than the line breaks across lines.
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}
