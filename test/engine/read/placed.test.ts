import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { CellValue } from "../../../src/engine/model/cell";
import { LaaTable, ParsedValue } from "../../../src/engine/model/table";
import { readWorkbook } from "../../../src/engine/read";
import { GOV_HEADER, workbook } from "../../helpers/grid";

// Values keep their cell as a column and a row and build the CellRef when read: these tests prove
// the cell reads, serialises and survives exactly as a plain object's would.
const TOLERANCE_HEADER: CellValue[][] = [["Indicator", "Baseline", "2008/09", "Tolerance"]];

function table(rows: CellValue[][], at = "A1"): LaaTable {
  const [t] = readWorkbook(workbook([{ at, rows }]), NATIONAL_INDICATORS);
  if (!t) throw new Error("no table read");
  return t;
}

describe("cells of read values", () => {
  const t = table(
    [...GOV_HEADER, ["Safer", "NI 15", "45% (2007/08)", "TBC", "+2%", "-1", "Police"]],
    "C5"
  );
  const row = t.rows[0];
  const cases: [string, ParsedValue | undefined, number][] = [
    ["number baseline", row?.baseline, 4],
    ["placeholder target", row?.targets[0]?.value, 5],
    ["relative target (resolved)", row?.targets[1]?.value, 6],
    ["relative target", row?.targets[2]?.value, 7],
  ];

  it.each(cases)("%s: the sheet cell it was read from", (_, value, col) => {
    expect(value?.cell).toEqual({ sheet: "LAA", row: 6, col });
  });

  it.each(cases)("%s: JSON has kind, cell, raw first, then the kind's fields", (_, value, col) => {
    const json = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 3)).toEqual(["kind", "cell", "raw"]);
    expect(json.cell).toEqual({ sheet: "LAA", row: 6, col });
    expect(json).toEqual({ ...json, kind: value?.kind, raw: value?.raw });
  });

  it("JSON of a number keeps every field in its usual order", () => {
    expect(Object.keys(JSON.parse(JSON.stringify(row?.baseline)))).toEqual([
      "kind", "cell", "raw", "value", "unit", "period",
    ]); // prettier-ignore
  });

  it("a tolerance read as a plain number and turned into percent keeps its cell", () => {
    const tol = table([...TOLERANCE_HEADER, ["Local scheme", 40, 41, 5]]).rows[0]?.tolerance;
    expect(tol).toMatchObject({ kind: "number", value: 5, unit: "percent", raw: 5 });
    expect(tol?.cell).toEqual({ sheet: "LAA", row: 1, col: 3 });
  });

  it.each([
    ["indicator", row?.indicator, 3],
    ["lead partners", row?.partners, 8],
  ])("%s: cell read and serialised first, as a plain object has it", (_, part, col) => {
    expect(part?.cell).toEqual({ sheet: "LAA", row: 6, col });
    const json = JSON.parse(JSON.stringify(part)) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe("cell");
    expect(json.cell).toEqual({ sheet: "LAA", row: 6, col });
  });

  it("polarity cell: cell, raw, polarity", () => {
    const header = [["Indicator", "Baseline", "2008/09", "Polarity"]];
    const p = table([...header, ["Local scheme", 40, 41, "High"]]).rows[0]?.polarityCell;
    expect(JSON.parse(JSON.stringify(p))).toEqual({
      cell: { sheet: "LAA", row: 1, col: 3 },
      raw: "High",
      polarity: "higher",
    });
    expect(Object.keys(JSON.parse(JSON.stringify(p)))).toEqual(["cell", "raw", "polarity"]);
  });

  it("the empty baseline of a table without a baseline column sits at the indicator cell", () => {
    const t2 = table([
      ["Indicator", "2008/09"],
      ["Local scheme", 41],
    ]);
    expect(t2.rows[0]?.baseline.cell).toEqual({ sheet: "LAA", row: 1, col: 0 });
    expect(t2.rows[0]?.baseline.kind).toBe("empty");
  });
});
