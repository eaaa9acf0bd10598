/** What a number format says about how to read a number. */
export type FormatKind = "plain" | "percent" | "date";

const QUOTED = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g;
const DATE_TOKENS = /[dmyhs]/i;
const cache = new Map<string, FormatKind>();

/**
 * Classifies an Excel number format. Quoted text, escapes and [colour]/[$-locale] sections are ignored,
 * so `0.0" pts"` is plain, `0.0%` percent and `dd/mm/yyyy` a date. Cached: a sheet has few formats.
 */
export function formatKind(format: string): FormatKind {
  if (format === "General" || format === "") return "plain";
  const known = cache.get(format);
  if (known) return known;
  const bare = format.replace(QUOTED, "").replace(/general/gi, "");
  const kind: FormatKind = bare.includes("%")
    ? "percent"
    : DATE_TOKENS.test(bare)
      ? "date"
      : "plain";
  if (cache.size < 1000) cache.set(format, kind);
  return kind;
}
