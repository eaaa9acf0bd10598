/**
 * Forcing text. Excel parses whatever is written through `range.values`: "=1+1" becomes a formula,
 * "-5" a number, "08/09" a date, "TRUE" a boolean. A leading apostrophe (Excel's text prefix, not part of
 * the value) keeps a string exactly as written; a number format of "@" set in the same batch is not
 * reliable enough.
 */
import { wouldNotStayText } from "../engine";

/** True when Excel would not store `s` as the same text if it were written as it is. */
export const needsTextPrefix = wouldNotStayText;

/** A plan value as Office.js should receive it: numbers as they are, strings as text, null as "" (clear). */
export function toExcelValue(v: string | number | null): string | number {
  if (v === null) return "";
  if (typeof v === "number") return v;
  return needsTextPrefix(v) ? `'${v}` : v;
}
