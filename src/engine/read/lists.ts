import { normalise } from "./text";

const SEPARATORS = /\s*(?:;|,|\/|&|\+|\n|\band\b)\s*/i;
const MARKERS = /[*†‡]+/g;
const CRLF = /\r\n?/g;

/**
 * Splits a lead-partner (or "Contributes to") cell into names: on `;` `,` `/` `&` `+` " and " and new
 * lines; footnote markers (`*`) and spaces trimmed; empty parts dropped; order kept.
 */
export function splitList(text: string): string[] {
  if (text === "") return [];
  const out: string[] = [];
  for (const part of text.replace(CRLF, "\n").split(SEPARATORS)) {
    const name = normalise(part.replace(MARKERS, ""));
    if (name !== "") out.push(name);
  }
  return out;
}
