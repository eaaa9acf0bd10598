/** What a number format says about how to read a number. */
export type FormatKind = "plain" | "percent" | "date";

const QUOTED = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g;
const DATE_TOKENS = /[dmyhs]/i;

/**
 * Classifies an Excel number format. Quoted text, escapes and [colour]/[$-locale] sections are ignored,
 * so `0.0" pts"` is plain, `0.0%` percent and `dd/mm/yyyy` a date.
 */
export function formatKind(format: string): FormatKind {
  if (format === "General" || format === "") return "plain";
  const bare = format.replace(QUOTED, "").replace(/general/gi, "");
  if (bare.includes("%")) return "percent";
  return DATE_TOKENS.test(bare) ? "date" : "plain";
}
