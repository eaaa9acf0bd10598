import fc from "fast-check";
import {
  CellValue,
  DEFAULT_SETTINGS,
  NATIONAL_INDICATORS,
  parseA1,
  sheetExtent,
} from "../../../src/engine";
import { analyseGaps } from "../../../src/engine/gaps";
import { readWorkbook } from "../../../src/engine/read";
import { workbook } from "../../helpers/grid";
import { SEVEN } from "./scenario";
import { Line, laaTable } from "./table-builder";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    "",
    "",
    "yes",
    "x",
    "✓",
    "no",
    "-",
    1,
    0,
    true,
    "#N/A",
    "Priority",
    "Indicator"
  ),
  fc.constantFrom<CellValue>(
    ...SEVEN,
    "1 Building social capital",
    "3 Lives: - a - b",
    "NI 154",
    "Police; Council"
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true })
);
const grid = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 9 }), {
  minLength: 1,
  maxLength: 12,
});

describe("gap analysis on random input", () => {
  it("never throws and every finding points inside its sheet", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
        const snapshot = workbook(grids.map((rows, i) => ({ name: `S${i}`, rows })));
        const { findings, view } = analyseGaps(
          snapshot,
          readWorkbook(snapshot, NATIONAL_INDICATORS),
          DEFAULT_SETTINGS
        );
        for (const f of findings) {
          const sheet = snapshot.sheets.find((s) => s.name === f.sheet);
          const extent = sheet && sheetExtent(sheet);
          const pos = f.cell ? parseA1(f.cell) : undefined;
          expect(extent && pos).toBeTruthy();
          if (!extent || !pos) continue;
          expect(pos.row).toBeGreaterThanOrEqual(extent.top);
          expect(pos.row).toBeLessThanOrEqual(extent.bottom);
          expect(pos.col).toBeGreaterThanOrEqual(extent.left);
          expect(pos.col).toBeLessThanOrEqual(extent.right);
          expect(f.row).toBe(pos.row + 1);
        }
        const n = view.ambitions.length;
        expect(view.pairs).toHaveLength(n * (n - 1));
      }),
      { numRuns: 300 }
    );
  });
});

describe("speed", () => {
  const table = (rows: number) => {
    const lines: Line[] = [];
    for (let i = 0; i < rows; i++) {
      const priority = i % 1000 === 0 ? (SEVEN[(i / 1000) % 7] ?? "") : "";
      lines.push([
        priority,
        `NI ${1 + (i % 198)} Indicator ${i}`,
        i % 3 === 0 ? "Council; Police" : "Council",
      ]);
    }
    return laaTable(lines);
  };
  const time = (rows: number) => {
    const { grid, table: t } = table(rows);
    const snapshot = workbook([grid]);
    const start = performance.now();
    const { view } = analyseGaps(snapshot, [t], DEFAULT_SETTINGS);
    expect(view.ambitions).toHaveLength(Math.min(7, Math.ceil(rows / 1000)));
    return performance.now() - start;
  };

  it("is linear in rows: 100,000 rows in about ten times the time of 10,000", () => {
    time(10_000); // warm up the JIT
    const small = time(10_000);
    const large = time(100_000);
    // A single pass takes ~100 ms for 100k rows on a quiet machine; the bound is loose because CI
    // machines are shared, but anything quadratic takes minutes and fails it.
    expect(large).toBeLessThan(3000);
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });
});
