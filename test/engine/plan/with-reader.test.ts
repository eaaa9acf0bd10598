import {
  CellValue,
  WorkbookSnapshot,
  analyse,
  parseA1,
  planRag,
  rangeContains,
  sheetCell,
  withDefaults,
} from "../../../src/engine";
import { AppliedWorkbook, applyPlan, changedCells } from "../../helpers/apply-plan";
import { workbook } from "../../helpers/grid";

// The whole pipeline with the real reader and rules: analyse → planRag → apply, twice.
const settings = withDefaults({ asAt: "2010-06-30" });
const HEADER: CellValue[][] = [
  [
    "Priority",
    "Indicator",
    "Baseline",
    "LAA improvement target",
    "",
    "",
    "Actual 08/09",
    "",
    "Actual 09/10",
    "Polarity",
    "Lead partners",
  ],
  ["", "", "", "08/09", "09/10", "10/11", "", "", "", "", ""],
];
const ROWS: CellValue[][] = [
  [
    "Safer",
    "NI 16 Serious acquisitive crime",
    "20.1 (2007/08)",
    19.5,
    19,
    18.5,
    19.8,
    "",
    18.2,
    "Low",
    "Police",
  ],
  [
    "",
    "NI 154 Net additional homes",
    "2,100 (2007/08)",
    2200,
    2300,
    2400,
    2000,
    "",
    2350,
    "High",
    "=Council",
  ],
  ["", "Local: satisfaction", "50%", "52%", "54%", "56%", "", "", "", "", "Council"],
];
const start = workbook([{ rows: [...HEADER, ...ROWS], formats: { C4: "0.0" } }]);

function run(wb: AppliedWorkbook | WorkbookSnapshot): AppliedWorkbook {
  const snapshot = "snapshot" in wb ? wb.snapshot : wb;
  const outcome = planRag(snapshot, analyse(snapshot, settings), settings);
  if (!outcome.ok) throw new Error(outcome.message);
  return applyPlan(wb, outcome.plan);
}

describe("Write RAG over the real reader", () => {
  const once = run(start);

  it("writes the statuses a performance officer would give, next to the actuals", () => {
    const s = once.snapshot.sheets[0];
    if (!s) throw new Error("no sheet");
    const col = (c: number): CellValue[] => [1, 2, 3, 4].map((r) => sheetCell(s, r, c));
    // H is free after Actual 08/09; Polarity follows Actual 09/10, so 2009/10 goes right of the table (L).
    expect(col(7)).toEqual(["RAG 2008/09", "Amber ▲", "Red ▼", "No data"]);
    expect(col(11)).toEqual(["RAG 2009/10", "Green ▲", "Green ▲", "No data"]);
  });

  it("a second run changes nothing, and nothing outside the owned columns ever changes", () => {
    expect(changedCells(once, run(once))).toEqual([]);
    const owned = once.snapshot.owned.flatMap((a) => (a.kind === "rag-column" ? [a.range] : []));
    const changed = changedCells(start, once);
    const outside = changed.filter((k) => {
      const pos = parseA1(k.split("!")[1] ?? "");
      return !pos || !owned.some((r) => rangeContains(r, pos.row, pos.col));
    });
    expect(outside).toEqual([]);
  });
});
