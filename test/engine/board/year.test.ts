import { DEFAULT_SETTINGS, planBoard, RagResult } from "../../../src/engine";
import { defaultYear } from "../../../src/engine/board/year";
import { formatDate } from "../../../src/engine/model/locale";
import { boardOf, findRow, gridOf, makeReport, rating } from "./report-builder";

describe("rated year", () => {
  it.each<[string, RagResult[], string, number | undefined]>([
    [
      "latest ended year with actuals",
      [rating(2008, 10), rating(2009, 12), rating(2010, 14)],
      "2010-06-30",
      2009,
    ],
    [
      "an ended year without actuals is skipped",
      [rating(2008, 10), rating(2009, undefined, "no-data")],
      "2010-06-30",
      2008,
    ],
    ["the year ends on 31 March", [rating(2008, 10), rating(2009, 12)], "2010-03-31", 2009],
    ["the day before, it has not ended", [rating(2008, 10), rating(2009, 12)], "2010-03-30", 2008],
    [
      "else the latest year with any actual",
      [rating(2009, 12, "amber"), rating(2010, undefined, "not-due")],
      "2009-06-30",
      2009,
    ],
    [
      "else the latest ended year",
      [rating(2008, undefined, "no-data"), rating(2010, undefined, "not-due")],
      "2010-06-30",
      2008,
    ],
    ["else the latest rated year", [rating(2010, undefined, "not-due")], "2010-06-30", 2010],
    ["nothing rated", [], "2010-06-30", undefined],
  ])("%s", (_label, rag, asAt, year) => {
    expect(defaultYear(rag, asAt)).toBe(year);
  });

  it("reports the chosen year when the driver gives one, else the default", () => {
    const report = makeReport([
      { ambition: "A", code: "NI 16", status: "green", year: 2008, actual: 5 },
      { ambition: "A", code: "NI 16", status: "red", year: 2009, actual: 7 },
    ]);
    const settings = { ...DEFAULT_SETTINGS, asAt: "2010-06-30" };
    const byDefault = gridOf(boardOf(planBoard({ sheets: [], owned: [] }, report, settings)));
    expect(findRow(byDefault, 4, "Target 2009/10")).toBeGreaterThan(0);
    const chosen = gridOf(
      boardOf(planBoard({ sheets: [], owned: [] }, report, settings, { year: 2008 }))
    );
    expect(findRow(chosen, 4, "Target 2008/09")).toBeGreaterThan(0);
    expect(String(chosen[2]?.[0])).toMatch(/^Year 2008\/09/);
  });

  it.each([
    ["2010-06-30", "30 June 2010"],
    ["2008-02-29", "29 February 2008"],
    ["2009-02-29", undefined],
    ["2010-13-01", undefined],
    ["30/06/2010", undefined],
  ])("reads the as-at date %s as %p", (iso, long) => {
    expect(formatDate(iso)).toBe(long);
  });
});
