import { CellValue } from "../../../src/engine";
import { GridSheet } from "../../helpers/grid";
import { Line, matrixSheet } from "./table-builder";

/** The seven ambitions of the domain doc, as the matrix header names them. */
export const SEVEN = [
  "Resilient communities",
  "Affordable housing",
  "Lives not services",
  "Economic growth",
  "Safer communities",
  "Environment",
  "Working together",
];

/** Row labels worded and numbered differently from the header (Matrix!A2:A8). */
export const ROW_LABELS = [
  "1 Building social capital – resilient communities",
  "2 Affordable housing",
  "3 Lives not services: - independent lives - support families",
  "4 A thriving economy – economic growth",
  "5 Communities that are safe & feel safe",
  "6 A cleaner, greener environment",
  "7 Working together",
];

/** Marks in every accepted spelling; "no" and the diagonal are not claims. Columns B..H. */
export const MARKS: CellValue[][] = [
  ["", "yes", "Yes", "", "✓", "", ""],
  ["yes", "", "y", "", "", "", ""],
  ["x", "", "", "", "", "", ""],
  ["", 1, "", "", "", true, ""],
  ["YES", "", "no", "", "", "", "-"],
  ["", "", "", "", "", "", "✔"],
  ["X", "", "", "", "", "", "yes"],
];

/**
 * The table (LAA!A3:A15): Working together has no indicator, Safer communities is led by the police
 * alone, Environment names no lead partner; NI 7 also contributes to Safer communities.
 */
export const LINES: Line[] = [
  [
    "1 Resilient communities",
    "NI 4 People who feel they can influence decisions",
    "Council; Voluntary sector",
  ],
  ["", "NI 7 Environment for a thriving third sector", "Voluntary sector", "Safer communities"],
  ["Affordable housing", "NI 154 Net additional homes provided", "Council & Housing association"],
  ["", "NI 155 Affordable homes delivered", "Housing association"],
  ["Lives not services", "NI 136 People supported to live independently", "PCT"],
  ["", "NI 141 Vulnerable people moving on", "Council / PCT"],
  ["Economic growth", "NI 151 Overall employment rate", "Jobcentre Plus"],
  ["", "NI 171 New business registration rate", "Council"],
  ["Safer communities", "NI 16 Serious acquisitive crime", "Police"],
  ["", "NI 20 Assault with injury", "police "],
  ["", "NI 32 Repeat domestic violence", "Police*"],
  ["Environment", "NI 186 Per capita CO2 emissions", ""],
  ["", "NI 192 Household waste recycled", ""],
];

/** The matrix sheet (Matrix!A1:H8): `header` across, then each row label with its marks. */
export function domainMatrix(labels = ROW_LABELS, marks = MARKS, header = SEVEN): GridSheet {
  return matrixSheet(
    header,
    labels.map((label, i) => [label, ...(marks[i] ?? [])])
  );
}
