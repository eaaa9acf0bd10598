import { IndicatorCode } from "../model/table";

/** What an indicator cell says: an NI code and/or a title, or a malformed code. */
export interface ParsedIndicator {
  readonly code?: IndicatorCode;
  readonly title?: string;
  readonly badCode?: string;
  /** "NI 171 (LAA)": the cell marks the code as one of the LAA's. */
  readonly laaMarker?: boolean;
}

// A row number printed before the code: "1. NI 72", "12) NI 154".
const ROW_NUMBER = /^\d{1,3}[.)]\s+(?=\S)/;
// The LAA marker council plans put after the code: "(LAA)", "[LAA]", "LAA".
const LAA_MARKER = /^[([]?\s*LAA\s*[)\]]?(?=$|[\s:.,-])[\s:.,-]*/;

// "NI 154", "NI154", "NI-154", "ni 154", "N.I. 154", "NI 102b", then an optional ":" "-" "." and the title.
const CODE_AT_START =
  /^n\.? ?i\.?(?: ?no\.?)? ?[-:#.]? ?(\d{1,4})([a-z](?![a-z]))?(?![\d])[ :.,)-]*(.*)$/is;
// "Net additional homes (NI 154)": a code after the title.
const CODE_INSIDE = /[([ ]n\.? ?i\.? ?[-:#]? ?(\d{1,4})([a-z](?![a-z]))?(?![\d])\)?/i;
// "NI abc", "NI" alone, "NI #": looks like a code but carries no number.
const BAD_CODE = /^(n\.?i\.?)(?=$|[ \-:#.])[ \-:#.]*(\S*)/i;
const BARE_NUMBER = /^(\d{1,4})([a-z])?$/i;

/**
 * Reads an indicator cell (normalised text). `codeColumn` says the column holds codes only, so a bare
 * "154" is NI 154. NI numbers outside 1–199 are kept so rules can report them as unknown.
 */
export function parseIndicator(cellText: string, codeColumn: boolean): ParsedIndicator {
  const text = cellText.replace(ROW_NUMBER, "");
  if (text === "") return {};
  const start = CODE_AT_START.exec(text);
  if (start) {
    const rest = (start[3] ?? "").trim();
    const marker = LAA_MARKER.exec(rest);
    const parsed = withCode(start[1] ?? "", start[2], marker ? rest.slice(marker[0].length) : rest);
    return marker ? { ...parsed, laaMarker: true } : parsed;
  }
  if (codeColumn) {
    const bare = BARE_NUMBER.exec(text);
    if (bare) return withCode(bare[1] ?? "", bare[2], "");
  }
  const bad = BAD_CODE.exec(text);
  if (bad) return { badCode: `NI ${bad[2] ?? ""}`.trim() };
  const inside = CODE_INSIDE.exec(text);
  if (inside) {
    const title = (text.slice(0, inside.index) + text.slice(inside.index + inside[0].length))
      .replace(/\(\s*\)/g, "")
      .replace(/[ :,-]+$/, "")
      .trim();
    return withCode(inside[1] ?? "", inside[2], title);
  }
  return { title: text };
}

function withCode(digits: string, part: string | undefined, title: string): ParsedIndicator {
  const number = Number(digits);
  const p = part?.toLowerCase();
  const code: IndicatorCode = {
    number,
    label: `NI ${number}${p ?? ""}`,
    ...(p ? { part: p } : {}),
  };
  return title === "" ? { code } : { code, title };
}
