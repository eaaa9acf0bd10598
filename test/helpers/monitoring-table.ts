import { CellValue } from "../../src/engine";

/**
 * A monitoring table to rate at 30 June 2010, as the board and the pane show it: targets for the
 * three years, actuals for two, and (with `extra`) further columns. NI 4 is a Place Survey indicator
 * with no 2009/10 figure (not collected), NI 186 publishes about 21 months late (awaiting data) and
 * NI 154 is Red and off track.
 */
export const MONITORING_HEAD: readonly CellValue[] = [
  "Priority",
  "Indicator",
  "Baseline",
  "2008/09",
  "2009/10",
  "2010/11",
  "Lead partners",
  "Actual 2008/09",
  "Actual 2009/10",
];

export const MONITORING_ROWS: readonly (readonly CellValue[])[] = [
  [
    "1 Communities",
    "NI 4 Influence decisions",
    "29.4% (2006/07)",
    "31%",
    "32.5%",
    "34%",
    "Council",
    "28.9%",
    "",
  ],
  ["2 Environment", "NI 186 CO2 per capita", "8.4 (2005)", 8.1, 7.8, 7.5, "Council", 8, ""],
  [
    "3 Housing",
    "NI 154 Net additional homes provided",
    "2,100 (2007/08)",
    2250,
    2400,
    2550,
    "Councils",
    1640,
    1420,
  ],
];
