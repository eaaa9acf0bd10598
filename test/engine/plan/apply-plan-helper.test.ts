import { WritePlan, sheetCell } from "../../../src/engine";
import { applyPlan, changedCells } from "../../helpers/apply-plan";
import { onlyArea, workbook } from "../../helpers/grid";

// The helper stands in for an adapter in idempotence tests, so its own behaviour is pinned here.
const wb = workbook([
  {
    at: "B2",
    rows: [
      ["a", "b"],
      [1, 2],
    ],
    formats: { C3: "0.0" },
  },
]);
const edit = (
  e: Partial<WritePlan["edits"][number]>,
  owned: WritePlan["owned"] = []
): WritePlan => ({
  edits: [{ sheet: "LAA", clear: [], blocks: [], formats: [], ...e }],
  newSheets: [],
  owned,
});

describe("applyPlan test helper", () => {
  it("writes outside the grid by growing it, and leaves the input alone", () => {
    const out = applyPlan(
      wb,
      edit({
        blocks: [
          { top: 0, left: 0, values: [["x"]] },
          { top: 4, left: 5, values: [[7]] },
        ],
      })
    );
    const s = out.snapshot.sheets[0];
    if (!s) throw new Error("no sheet");
    expect([
      sheetCell(s, 0, 0),
      sheetCell(s, 1, 1),
      sheetCell(s, 2, 2),
      sheetCell(s, 4, 5),
    ]).toEqual(["x", "a", 2, 7]);
    expect(changedCells(wb, out)).toEqual(["LAA!A1", "LAA!F5"]);
    expect(onlyArea(wb.sheets[0]).values).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
  });

  it("clears values, number formats and written formats before writing", () => {
    const fill = {
      ranges: [{ top: 2, left: 1, bottom: 2, right: 2 }],
      format: { fill: "#FFFFFF" },
    };
    const filled = applyPlan(wb, edit({ formats: [fill] }));
    expect(changedCells(wb, filled)).toEqual(["LAA!B3", "LAA!C3"]);
    const cleared = applyPlan(filled, edit({ clear: [{ top: 2, left: 2, bottom: 2, right: 2 }] }));
    expect(changedCells(filled, cleared)).toEqual(["LAA!C3"]);
    expect(cleared.formats.has("LAA!C3")).toBe(false);
    expect(onlyArea(cleared.snapshot.sheets[0]).numberFormats?.[1]?.[1]).toBe("General");
  });

  it("replaces the ownership record and refuses a protected sheet", () => {
    const owned = [{ kind: "board-sheet" as const, sheet: "Board" }];
    expect(applyPlan(wb, edit({}, owned)).snapshot.owned).toEqual(owned);
    const locked = workbook([{ rows: [["a"]], protected: true }]);
    expect(() =>
      applyPlan(locked, edit({ blocks: [{ top: 0, left: 0, values: [["x"]] }] }))
    ).toThrow();
  });

  it("creates a new sheet, or replaces one of the same name", () => {
    const sheet = {
      name: "Board",
      blocks: [{ top: 0, left: 0, values: [["Status"]] }],
      formats: [],
      merges: [],
      columnWidths: {},
    };
    const once = applyPlan(wb, { edits: [], newSheets: [sheet], owned: [] });
    const twice = applyPlan(once, { edits: [], newSheets: [sheet], owned: [] });
    expect(twice.snapshot.sheets.map((s) => s.name)).toEqual(["LAA", "Board"]);
    expect(changedCells(once, twice)).toEqual([]);
  });
});
