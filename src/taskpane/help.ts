/**
 * The rule pages, built into the add-in (dist/help/, from docs/rules/) so they open offline and from
 * inside Excel: relative to the pane's own page.
 */
export const HELP_INDEX = "help/index.html";

/** The page of a finding code, e.g. help/baseline.placeholder.html. */
export function helpPage(code: string): string {
  return `help/${encodeURIComponent(code)}.html`;
}
