/**
 * The generated government-format table the bench and the golden outputs use: two header rows, then
 * `n` indicator rows with actuals, one finding a row.
 */
import { CellValue, SheetSnapshot, WorkbookSnapshot, singleArea } from "../../src/engine";
import { govHeader } from "./grid";

const PARTNERS = [
  "Northshire County Council*",
  "Northshire PCT",
  "Northshire Police",
  "District Councils",
  "Jobcentre Plus",
];
const PRIORITIES = [
  "Resilient communities",
  "Affordable housing",
  "Lives not services",
  "Economic growth",
  "Safer communities",
];

/** Rows of a government-format table with actuals: two header rows, then `n` indicator rows. */
export function generateRows(n: number): CellValue[][] {
  const rows: CellValue[][] = govHeader(
    "Lead partners",
    "Actual 2008/09",
    "Actual 2009/10",
    "Polarity"
  );
  for (let i = 0; i < n; i++) {
    const base = 40 + (i % 50);
    // The first rows carry real NI codes; the rest are local indicators (an NI code may appear once).
    const ni = i < 150 ? `NI ${152 + (i % 40)} Indicator ${i}` : `Partnership scheme ${i}`;
    const actual = base + ((i * 7) % 9) - 3;
    rows.push([
      i % 20 === 0 ? (PRIORITIES[(i / 20) % PRIORITIES.length] ?? "") : "",
      ni,
      `${base}% (2007/08)`,
      `${base + 1}%`,
      `${base + 2}%`,
      `${base + 3}%`,
      `${PARTNERS[i % PARTNERS.length]}; ${PARTNERS[(i + 2) % PARTNERS.length]}`,
      `${actual}%`,
      i % 11 === 0 ? "" : `${actual + 1}%`,
      "High",
    ]);
  }
  return rows;
}

/** A one-sheet workbook of these rows, as an adapter would deliver it. */
export function snapshotOf(rows: readonly (readonly CellValue[])[]): WorkbookSnapshot {
  const sheet: SheetSnapshot = {
    name: "LAA",
    areas: singleArea(
      { row: 0, col: 0 },
      rows.map((r) => [...r])
    ),
    merges: [{ top: 0, left: 3, bottom: 0, right: 5 }],
    tables: [],
    protected: false,
  };
  return { sheets: [sheet], owned: [] };
}

export function generateSnapshot(n: number): WorkbookSnapshot {
  return snapshotOf(generateRows(n));
}

/**
 * The same table with 2010/11's quarters after it (Q1 and Q2 filled, every other row cumulative by
 * its Cumulative? cell): every row is rated during the year, and its forecast uses the quarters.
 */
export function generateQuarterlyRows(n: number): CellValue[][] {
  const rows = generateRows(n);
  rows[0]?.push("Cumulative?", "2010/11", "", "", "", "");
  rows[1]?.push("", "Q1", "Q2", "Q3", "Q4", "Year to date");
  for (let i = 2; i < rows.length; i++) {
    const q = 40 + ((i * 5) % 50);
    rows[i]?.push(i % 2 === 0 ? "Yes" : "", `${q}%`, `${q + 1}%`, "", "", "");
  }
  return rows;
}
