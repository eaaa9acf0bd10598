import { normalise } from "./text";

const SEPARATORS = /\s*(?:;|,|\/|&|\+|\n)\s*/;
const AND = /\s*\band\b\s*/i;
const AND_ALL = /\s*\band\b\s*/gi;
const MARKERS = /[*†‡]+/g;
const CRLF = /\r\n?/g;

/**
 * Public-sector names that hold " and " inside one organisation: "Homes and Communities Agency",
 * "Northshire Fire and Rescue Service". Each entry is the lower-case word before and the word after
 * " and "; " and " between them joins words of one name and is not a list separator.
 */
const AND_PAIRS: ReadonlySet<string> = new Set([
  "fire|rescue",
  "homes|communities",
  "learning|skills",
  "health|wellbeing",
  "health|well-being",
  "health|social",
  "crime|disorder",
  "drug|alcohol",
  "drugs|alcohol",
  "police|crime",
  "children|young",
  "culture|leisure",
  "arts|culture",
  "sport|leisure",
  "sports|leisure",
  "safer|stronger",
  "standards|licensing",
  "planning|regeneration",
  "environment|regeneration",
  "business|enterprise",
  "economy|skills",
  "employment|skills",
  "housing|regeneration",
  "transport|highways",
  "parks|open",
  "waste|recycling",
]);

/**
 * Splits a lead-partner (or "Contributes to") cell into names: on `;` `,` `/` `&` `+` " and " and new
 * lines; footnote markers (`*`) and spaces trimmed; empty parts dropped; order kept. An " and " inside a
 * known organisation name ("Learning and Skills Council") does not split it.
 */
export function splitList(text: string): string[] {
  if (text === "") return [];
  const out: string[] = [];
  const source = text.indexOf("\r") < 0 ? text : text.replace(CRLF, "\n");
  for (const part of source.split(SEPARATORS)) {
    if (part.length >= 3 && AND.test(part)) splitAnd(part, out);
    else push(part, out);
  }
  return out;
}

function push(part: string, out: string[]): void {
  const name = normalise(part.replace(MARKERS, ""));
  if (name !== "") out.push(name);
}

/** Splits one part on " and ", except where the words either side form a known name (kept as written). */
function splitAnd(part: string, out: string[]): void {
  AND_ALL.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = AND_ALL.exec(part)) !== null) {
    if (m[0].length === 0) break;
    const before = part.slice(from, m.index);
    const after = part.slice(m.index + m[0].length);
    if (!AND_PAIRS.has(`${lastWord(before)}|${firstWord(after)}`)) {
      push(part.slice(from, m.index), out);
      from = m.index + m[0].length;
    }
  }
  push(part.slice(from), out);
}

function lastWord(text: string): string {
  const t = text.replace(MARKERS, "").trimEnd();
  return t.slice(t.lastIndexOf(" ") + 1).toLowerCase();
}

function firstWord(text: string): string {
  const t = text.replace(MARKERS, "").trimStart();
  const space = t.indexOf(" ");
  return (space < 0 ? t : t.slice(0, space)).toLowerCase();
}
