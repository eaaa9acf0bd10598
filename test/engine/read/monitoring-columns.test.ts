import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { CellValue } from "../../../src/engine/model/cell";
import { LaaTable } from "../../../src/engine/model/table";
import { readWorkbook } from "../../../src/engine/read";
import { classifyHeader } from "../../../src/engine/read/header";
import { workbook } from "../../helpers/grid";

describe("monitoring column headers", () => {
  it.each<[string, string]>([
    ["Action", "action"],
    ["Actions", "action"],
    ["Remedial action", "action"],
    ["Remedial actions", "action"],
    ["Proposed remedial actions", "action"],
    ["Corrective Action", "action"],
    ["Improvement actions", "action"],
    ["Commentary", "action"],
    ["Comments and actions", "action"],
    ["Action owner", "action-owner"],
    ["Action by", "action-owner"],
    ["By whom", "action-owner"],
    ["Action date", "action-date"],
    ["By when", "action-date"],
    ["Target date", "action-date"],
    ["Due date", "action-date"],
    ["Data available", "data-available"],
    ["Data availability", "data-available"],
    ["Next data", "data-available"],
    ["Next data due", "data-available"],
    ["Next result", "data-available"],
    ["Reward element", "reward"],
    ["In reward element?", "reward"],
    ["Performance reward grant", "reward"],
    ["PRG", "reward"],
    // unchanged neighbours
    ["Comments", "comments"],
    ["Lead partners", "lead"],
    ["Owner", "lead"],
    ["Actual", "span-actual"],
  ])("%p is a %p header", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });
});

describe("reading the monitoring columns", () => {
  const header: CellValue[][] = [
    [
      "Indicator",
      "Baseline",
      "2010/11",
      "Actual 2009/10",
      "Remedial action",
      "Action owner",
      "Action date",
      "Next data",
      "Reward element",
    ],
  ];
  const read = (row: CellValue[], formats: Record<string, string> = {}): LaaTable => {
    const [table] = readWorkbook(
      workbook([{ rows: [...header, row], formats }]),
      NATIONAL_INDICATORS
    );
    if (!table) throw new Error("no table");
    return table;
  };

  it("finds each column and reads each row's text with its cell", () => {
    const t = read([
      "NI 154",
      500,
      600,
      450,
      "Two sites brought forward",
      "J Smith",
      "Dec 2010",
      "Sep 2010",
      "No",
    ]);
    expect(t.columns).toMatchObject({
      action: 4,
      actionOwner: 5,
      actionDate: 6,
      dataAvailable: 7,
      reward: 8,
    });
    const row = t.rows[0];
    expect(row?.action).toEqual({
      cell: { sheet: "LAA", row: 1, col: 4 },
      text: "Two sites brought forward",
    });
    expect(row?.actionOwner?.text).toBe("J Smith");
    expect(row?.actionDate?.text).toBe("Dec 2010");
    expect(row?.dataAvailable?.text).toBe("Sep 2010");
    expect(row?.reward?.text).toBe("No");
  });

  it("reads a date typed as a date as ISO text, not Excel's day number", () => {
    // 40543 is 31 December 2010 in Excel's 1900 date system
    const t = read(["NI 154", 500, 600, 450, "Plan", "J Smith", 40543, 40451, ""], {
      G2: "dd/mm/yyyy",
      H2: "mmm yyyy",
    });
    expect(t.rows[0]?.actionDate?.text).toBe("2010-12-31");
    expect(t.rows[0]?.dataAvailable?.text).toBe("2010-09-30");
  });

  it("leaves empty cells out of the row", () => {
    const row = read(["NI 154", 500, 600, 450, "", "", "", "", ""]).rows[0];
    expect(row && "action" in row).toBe(false);
    expect(row && "reward" in row).toBe(false);
  });
});
