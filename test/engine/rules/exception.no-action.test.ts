import { CellValue } from "../../../src/engine";
import { cellsOf, check } from "./check";
import { govHeader } from "../../helpers/grid";

const CODE = "exception.no-action";

/**
 * A monitoring table: A priority, B indicator, C baseline, D–F targets 08/09–10/11, G lead partners,
 * H–I actuals 08/09–09/10, then the extra columns named in `extra` (J, K, …).
 */
function header(extra: string[] = []): CellValue[][] {
  return govHeader("Lead partners", "Actual 2008/09", "Actual 2009/10", ...extra);
}

function monitored(rows: CellValue[][], extra: string[] = []): [string, string][] {
  return cellsOf(CODE, check([{ rows: [...header(extra), ...rows] }], { asAt: "2010-06-30" }));
}

/** NI 154 (higher is better): baseline 560, targets 600/650/700, then the two actuals. */
const homes = (a2008: CellValue, a2009: CellValue, ...extra: CellValue[]): CellValue[] => [
  "Affordable housing",
  "NI 154 Net additional homes provided",
  "560 (2007/08)",
  600,
  650,
  700,
  "Council",
  a2008,
  a2009,
  ...extra,
];

describe(CODE, () => {
  it.each<[string, CellValue[][], string[], [string, string][]]>([
    ["a Red 2009/10 with no action column", [homes(600, 500)], [], [["B3", CODE]]],
    [
      "a Red 2009/10 with an empty action cell",
      [homes(600, 500, "")],
      ["Remedial action"],
      [["B3", CODE]],
    ],
    [
      "a Red 2009/10 with its action",
      [homes(600, 500, "Bring forward two sites")],
      ["Remedial action"],
      [],
    ],
    [
      "'Corrective action' counts",
      [homes(600, 500, "Review with the HCA")],
      ["Corrective action"],
      [],
    ],
    ["'Commentary' counts", [homes(600, 500, "Recovery plan agreed")], ["Commentary"], []],
    [
      "'Action' counts, with owner and date beside it",
      [homes(600, 500, "Plan", "J Smith", "2010-12-31")],
      ["Action", "Action owner", "Action date"],
      [],
    ],
    // 2009/10 has no figure: the latest rated year is 2008/09, which was Red
    ["a Red in the latest rated year", [homes(500, "")], [], [["B3", CODE]]],
    // 2009/10 Red earlier, now Green and on track: nothing to act on
    ["Red before, Green now", [homes(500, 660)], [], []],
    [
      "a Comments column is not an action",
      [homes(600, 500, "Market downturn")],
      ["Comments"],
      [["B3", CODE]],
    ],
    // Amber in 2009/10 (620 against 650), but the line through 560, 600 and 620 reaches only
    // 653 by 2010/11 against 700: off track
    ["off track although Amber", [homes(600, 620)], [], [["B3", CODE]]],
    ["on target", [homes(600, 650)], [], []],
  ])("%s", (_name, rows, extra, expected) => {
    expect(monitored(rows, extra)).toEqual(expected);
  });

  it("says what is wrong: the year's Red and the final year's forecast", () => {
    const [f] = check([{ rows: [...header(), homes(600, 500)] }], { asAt: "2010-06-30" }).filter(
      (x) => x.code === CODE
    );
    expect(f).toMatchObject({
      severity: "warning",
      indicator: "NI 154",
      data: { year: "2009/10", status: "red", forecast: "off-track", finalYear: "2010/11" },
    });
  });

  it("asks for an action for a Red at the latest quarter, and names the quarter", () => {
    const rows: CellValue[][] = [
      ["Indicator", "Baseline", "Target 2009/10", "Q1 2009/10", "Q2 2009/10"],
      ["NI 154 Net additional homes provided", "560 (2007/08)", 650, 100, 110],
    ];
    const found = check([{ rows }], { asAt: "2009-11-15" }).filter((x) => x.code === CODE);
    expect(found.map((f) => [f.cell, f.data])).toEqual([
      ["A2", expect.objectContaining({ year: "2009/10", status: "red", period: "Q2" })],
    ]);
  });

  it("is silent on a table without actuals", () => {
    expect(
      cellsOf(
        CODE,
        check([
          {
            rows: [
              ["Indicator", "Baseline", "2008/09"],
              ["NI 154", 500, 600],
            ],
          },
        ])
      )
    ).toEqual([]);
  });
});
