import fc from "fast-check";
import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { CellValue } from "../../../src/engine/model/cell";
import { readWorkbook } from "../../../src/engine/read";
import { GOV_HEADER, workbook } from "../../helpers/grid";

// Cells drawn from what real tables hold, so random grids often contain (broken) headers and data.
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    "",
    "",
    "",
    "Priority",
    "Indicator",
    "NI ref",
    "Baseline",
    "Baseline (2007/08)",
    "LAA improvement target",
    "Actual",
    "08/09",
    "2009/10",
    "Target 2010-11",
    "RAG 2008/09",
    "Lead partners",
    "Good is",
    "Tolerance",
    "NI 154",
    "NI abc",
    "NI 0",
    "TBC",
    "#N/A",
    "45%",
    "+2%",
    "reduce by 5%",
    "maintain",
    "* note",
    "Police; Council",
    "\u2212",
    "(",
    "((",
    "%",
    "-",
    "\u00a0",
    "\n",
    "NI",
    "Baseline year",
    "Contributes to"
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean()
);

describe("reading random grids", () => {
  it("never throws and keeps every row and cell inside its grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 14 }),
        fc.nat(3),
        fc.boolean(),
        (rows, origin, withHeader) => {
          const grid = withHeader ? [...GOV_HEADER, ...rows] : rows;
          const at = `${"ABCD"[origin]}${origin + 1}`;
          const wb = workbook([{ at, rows: grid, merges: origin === 0 ? ["A1:A3", "D1:F1"] : [] }]);
          const sheet = wb.sheets[0]?.areas[0];
          const tables = readWorkbook(wb, NATIONAL_INDICATORS);
          if (!sheet) return;
          const bottom = sheet.origin.row + sheet.values.length - 1;
          const right = sheet.origin.col + (sheet.values[0]?.length ?? 0) - 1;
          for (const t of tables) {
            expect(t.range.top).toBeGreaterThanOrEqual(sheet.origin.row);
            expect(t.range.bottom).toBeLessThanOrEqual(bottom);
            expect(t.range.right).toBeLessThanOrEqual(right);
            for (const r of t.rows) {
              expect(r.row).toBeGreaterThan(t.headerRows[t.headerRows.length - 1] ?? -1);
              expect(r.row).toBeLessThanOrEqual(t.range.bottom);
              expect(r.indicator.cell.col).toBeGreaterThanOrEqual(sheet.origin.col);
            }
          }
        }
      ),
      { numRuns: 600, seed: 20080401 }
    );
  });

  it("never throws on ragged snapshots, odd merges and tables outside the grid", () => {
    const wb = {
      owned: [],
      sheets: [
        {
          name: "Odd",
          areas: [
            {
              origin: { row: 3, col: 2 },
              values: [
                ["Indicator", "Baseline"],
                ["NI 154"],
                [],
                ["NI 16", 5, 6, 7],
              ] as CellValue[][],
            },
          ],
          merges: [
            { top: 0, left: 0, bottom: 99, right: 99 },
            { top: 5, left: 2, bottom: 2, right: 2 },
          ],
          tables: [{ name: "T", range: { top: 1000, left: 0, bottom: 10, right: 0 } }],
          protected: false,
        },
      ],
    };
    expect(() => readWorkbook(wb, NATIONAL_INDICATORS)).not.toThrow();
    expect(readWorkbook(wb, NATIONAL_INDICATORS)[0]?.rows.length).toBe(2);
  });
});
