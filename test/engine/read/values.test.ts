import { CellValue } from "../../../src/engine/model/cell";
import { ParsedValue } from "../../../src/engine/model/table";
import { parseValue } from "../../../src/engine/read/values";

const cell = { sheet: "LAA", row: 4, col: 3 };
const read = (raw: CellValue, format = "General"): ParsedValue => parseValue(raw, format, cell);

describe("parseValue", () => {
  it.each<[CellValue, number]>([
    [52, 52],
    ["1,234", 1234],
    ["1,234.5", 1234.5],
    ["  42 ", 42],
    ["\u00a042\u2009", 42],
    ["\u22125", -5],
    ["\u20135.5", -5.5],
    [".5", 0.5],
    ["12,345,678", 12345678],
  ])("%p reads as the number %p", (raw, value) => {
    expect(read(raw)).toMatchObject({ kind: "number", value, unit: "number", raw, cell });
  });

  it.each<[CellValue, string, number]>([
    ["45%", "General", 45],
    ["45.2 %", "General", 45.2],
    ["45.2\u00a0%", "General", 45.2],
    ["12 per cent", "General", 12],
    [0.452, "0.0%", 45.2],
    [0.07, "0%", 7],
    [1, "0.00%", 100],
    [0.452, "0.0%;[Red]-0.0%", 45.2],
  ])("%p with format %p reads as %p percent", (raw, format, value) => {
    expect(read(raw, format)).toMatchObject({ kind: "number", value, unit: "percent" });
  });

  it.each<[string, number, string]>([
    ["2,100 (2007/08)", 2100, "2007/08"],
    ["31.9% (to May 07)", 31.9, "to May 07"],
    ["54.5 (2005-2007 ave)", 54.5, "2005-2007 ave"],
    ["52% (2007)", 52, "2007"],
    ["8.4% (2006/7)", 8.4, "2006/7"],
    ["8.4% 2006/07", 8.4, "2006/07"],
    ["61 [Q2 2007]", 61, "Q2 2007"],
    // Periods as councils wrote them: none of these is provisional.
    ["14.2 (for 2006)", 14.2, "for 2006"],
    ["31.9% ( for 2006)", 31.9, "for 2006"],
    ["54.5 (2005-2007 ave)", 54.5, "2005-2007 ave"],
    ["31.9% (to May 07)", 31.9, "to May 07"],
    ["15.9% for the four quarters to August 2008", 15.9, "for the four quarters to August 2008"],
    ["55.7 (for 2009)", 55.7, "for 2009"],
    ["28.9% (to Feb 11)", 28.9, "to Feb 11"],
  ])("%p reads as %p with period %p", (raw, value, period) => {
    const v = read(raw);
    expect(v).toMatchObject({ kind: "number", value, period });
    expect(v.kind === "number" && v.provisional).toBeFalsy();
  });

  it.each<[string, number]>([
    ["48.5% (TBC)", 48.5],
    ["48.5% (TBC by CSD)", 48.5],
    ["55 (provisional)", 55],
    ["60 (estimate)", 60],
    ["61* (draft)", 61],
  ])("%p is provisional %p with a note", (raw, value) => {
    const v = read(raw);
    expect(v).toMatchObject({ kind: "number", value, provisional: true });
    expect(v.kind === "number" && v.note).toBeTruthy();
  });

  it("keeps a period and a provisional note together", () => {
    expect(read("2,100 (2007/08) (provisional)")).toMatchObject({
      kind: "number",
      value: 2100,
      period: "2007/08",
      provisional: true,
    });
  });

  it.each([
    "TBC",
    "TBA",
    "tba",
    "tbc",
    "TBD",
    "XXX",
    "xx",
    "?",
    "??",
    "N/A",
    "n/a",
    "NA",
    "-",
    "–",
    "—",
    "New PI",
    "new indicator",
    "to be confirmed",
    "To be set",
    "to be agreed",
    "(TBC)",
  ])("%p is a placeholder", (raw) => {
    expect(read(raw)).toMatchObject({ kind: "placeholder", raw });
  });

  it.each([
    "Baseline to be set from the Place Survey 2008",
    "To be set from the 2008 TellUs survey",
    "Place Survey 2008",
    "To be established following the Place Survey",
    "baseline will be set in 2009",
  ])("%p is a deferred baseline", (raw) => {
    expect(read(raw)).toMatchObject({ kind: "deferred" });
  });

  it.each<[string, "add" | "add-percent" | "maintain", number]>([
    ["+2%", "add-percent", 2],
    ["+ 2.5 %", "add-percent", 2.5],
    ["-3", "add", -3],
    ["-3%", "add-percent", -3],
    ["+100", "add", 100],
    ["reduce by 5%", "add-percent", -5],
    ["Reduce by 5 per cent", "add-percent", -5],
    ["decrease 10", "add", -10],
    ["increase by 100", "add", 100],
    ["Improve by 2%", "add-percent", 2],
    ["5% reduction", "add-percent", -5],
    ["1,000 increase", "add", 1000],
    ["maintain", "maintain", 0],
    ["Maintain current performance", "maintain", 0],
    ["no change", "maintain", 0],
  ])("%p is relative: %p %p", (raw, op, amount) => {
    expect(read(raw)).toMatchObject({ kind: "relative", op, amount });
  });

  it.each(["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?"])("%p is an Excel error", (raw) => {
    expect(read(raw)).toMatchObject({ kind: "error", text: raw });
  });

  it.each<[CellValue, string]>([
    [true, "General"],
    [false, "General"],
    ["Improving", "General"],
    ["2008/09", "General"],
    ["12 345", "General"],
    ["1-2", "General"],
    ["2008 survey results were late again", "General"],
    [39539, "dd/mm/yyyy"],
    [39539, "d-mmm-yy"],
    [39539, "[$-809]dd mmmm yyyy"],
  ])("%p (format %p) is text", (raw, format) => {
    expect(read(raw, format)).toMatchObject({ kind: "text" });
  });

  it.each<[CellValue, string]>([
    [1234, '#,##0" homes"'],
    [12.5, "0.0"],
    [1000, "£#,##0"],
    [7, "[Red]0"],
  ])("%p with non-date format %p stays a number", (raw, format) => {
    expect(read(raw, format)).toMatchObject({ kind: "number", value: raw, unit: "number" });
  });

  it.each<CellValue>(["", "   ", "\u00a0"])("%p is empty", (raw) => {
    expect(read(raw)).toMatchObject({ kind: "empty", raw });
  });
});
