import {
  CellValue,
  STATUS_FILL,
  WorkbookSnapshot,
  analyse,
  parseA1,
  planRag,
  rangeContains,
  sheetCell,
  withDefaults,
} from "../../../src/engine";
import { AppliedWorkbook, applyPlan, changedCells } from "../../helpers/apply-plan";
import { govHeader, workbook } from "../../helpers/grid";

// The whole pipeline with the real reader and rules: analyse → planRag → apply, twice.
const settings = withDefaults({ asAt: "2010-06-30" });
const HEADER = govHeader("Actual 08/09", "", "Actual 09/10", "Polarity", "Lead partners");
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

describe("a column the user formatted but left empty is not free", () => {
  it("skips a styled empty column and writes the status further right", () => {
    const styled = workbook([{ rows: [...HEADER, ...ROWS], styled: ["H4:H5"] }]);
    const s = run(styled).snapshot.sheets[0];
    if (!s) throw new Error("no sheet");
    expect(sheetCell(s, 1, 7)).toBe("");
    // Both years now go right of the table: 2008/09 in L, 2009/10 in M.
    expect([sheetCell(s, 1, 11), sheetCell(s, 1, 12)]).toEqual(["RAG 2008/09", "RAG 2009/10"]);
  });

  it("stops with the cell named when the column it owns reaches the user's formatting", () => {
    const first = run(start).snapshot;
    const sheet = first.sheets[0];
    const area = sheet?.areas[0];
    if (!sheet || !area) throw new Error("no sheet");
    // The table grows by a row; the cell below the owned H column carries the user's fill.
    const extra: CellValue[] = [
      "",
      "NI 17 Perceptions",
      "20%",
      "19%",
      "18%",
      "17%",
      18,
      "",
      "",
      "Low",
      "Police",
    ];
    const width = area.values[0]?.length ?? 0;
    const values = [...area.values, [...extra, ...Array<CellValue>(width - extra.length).fill("")]];
    const longer: WorkbookSnapshot = {
      ...first,
      sheets: [
        {
          ...sheet,
          areas: [{ ...area, values, numberFormats: undefined }],
          styled: [{ top: 5, left: 7, bottom: 5, right: 7 }],
        },
      ],
    };
    const outcome = planRag(longer, analyse(longer, settings), settings);
    expect(outcome).toMatchObject({ ok: false, reason: "in-the-way", cell: "H6" });
    if (!outcome.ok) expect(outcome.message).toMatch(/formatting, a drop-down or a note/);
  });
});

describe("the missing-data statuses in the RAG column", () => {
  it("writes Not collected and Awaiting data with their own fills, and counts them in the summary", () => {
    const wb = workbook([
      {
        rows: [
          ["Indicator", "Baseline", "2008/09", "2009/10", "Actual 2008/09", "Actual 2009/10"],
          ["NI 4 Influence decisions", "29.4% (2006/07)", "31%", "32.5%", "31%", ""],
          ["NI 186 CO2 per capita", "8.4 (2005)", 8.1, 7.8, 8, ""],
          ["NI 154 Net additional homes", "2,100 (2007/08)", 2250, 2400, 2300, ""],
        ],
      },
    ]);
    const outcome = planRag(wb, analyse(wb, settings), settings);
    if (!outcome.ok) throw new Error(outcome.message);
    const block = outcome.plan.edits[0]?.blocks.find((b) => b.values[0]?.[0] === "RAG 2009/10");
    expect(block?.values.slice(1).map((r) => r[0])).toEqual([
      "Not collected",
      "Awaiting data",
      "No data",
    ]);
    const fills = new Set(outcome.plan.edits[0]?.formats.map((g) => g.format.fill));
    for (const s of ["not-collected", "awaiting-data", "no-data"] as const)
      expect(fills.has(STATUS_FILL[s].fill)).toBe(true);
    expect(outcome.summary).toBe(
      "Wrote 6 statuses in 2 columns on LAA (3 Green, 0 Amber, 0 Red, 1 No data, 1 Awaiting data, 1 Not collected)"
    );
  });
});
