/** A government-format table of n local indicators with text that JSON must escape and placeholder targets. */
export const header = [
  ["Priority", "Indicator", "Baseline", "Targets", "", "", "Lead partners", "Actual 2008/09"],
  ["", "", "", "08/09", "09/10", "10/11", "", ""],
];
export const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    i % 9 === 0 ? 'Safer "communities"\n' : "",
    `Local scheme ${i} — "quoted" \\ ☃`,
    "50% (2007/08)",
    "52%",
    "TBC",
    "56%",
    "Police",
    i % 2 ? "51%" : "",
  ]);
