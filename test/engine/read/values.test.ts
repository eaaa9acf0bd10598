import { CellValue } from "../../../src/engine/model/cell";
import { ParsedValue } from "../../../src/engine/model/table";
import { newValueCache, parseValue, parseValueCached } from "../../../src/engine/read/values";

const read = (raw: CellValue, format = "General"): ParsedValue => parseValue(raw, format);

describe("parseValue", () => {
  it("reads plain decimals exactly as Number() does, percent or not", () => {
    // Deterministic spread of lengths and decimal places, including the 15-character limit.
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 2000; i++) {
      const int = String(next() % 10 ** (1 + (i % 9)));
      const frac = i % 3 === 0 ? "" : `.${String(next()).slice(0, 1 + (i % 7))}`;
      const text = `${int}${frac}`;
      expect(read(text)).toMatchObject({ kind: "number", value: Number(text), unit: "number" });
      expect(read(`${text}%`)).toMatchObject({ value: Number(text), unit: "percent" });
    }
  });

  // The char-code path for plain numbers must read exactly like the general path it short-cuts.
  it.each(["42", "45.2%", "1.2.3", "4.5.%", "12%%", "1e5", "99999999999999999999", "3.", "0.0%"])(
    "%p reads the same alone as with a note after it",
    (text) => {
      const alone = read(text);
      const noted = read(`${text} (note)`);
      if (alone.kind === "number" && noted.kind === "number") {
        expect([alone.value, alone.unit]).toEqual([noted.value, noted.unit]);
      } else expect(alone.kind).not.toBe("number");
    }
  );

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
    ["1250", 1250],
    ["14.1", 14.1],
    ["42.", 42],
    ["007", 7],
  ])("%p reads as the number %p", (raw, value) => {
    expect(read(raw)).toMatchObject({ kind: "number", value, unit: "number", raw });
  });

  it.each<[CellValue, string, number]>([
    ["45%", "General", 45],
    ["45.2 %", "General", 45.2],
    ["45.2\u00a0%", "General", 45.2],
    ["45.2%", "General", 45.2],
    ["0%", "General", 0],
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
  ])("%p reads as %p with period %p", (raw, value, period) => {
    expect(read(raw)).toMatchObject({ kind: "number", value, period });
  });

  it.each<[string, number]>([
    ["48.5% (TBC)", 48.5],
    ["48.5% (TBC by CSD)", 48.5],
    ["55 (provisional)", 55],
    ["55.7 (for 2009)", 55.7],
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

describe("parseValueCached", () => {
  const FORMATS = ["General", "0%", "0.0%", "dd/mm/yyyy", '0.0" pts"'];
  const TEXTS: CellValue[] = [
    "45%",
    "45% (2007/08)",
    "2,100 (2007/08)",
    "48.5% (TBC by CSD)",
    "TBC",
    "n/a",
    "#N/A",
    "#DIV/0!",
    "+2%",
    "reduce by 5%",
    "maintain",
    "Baseline to be set from the Place Survey 2008",
    "\u00a02\u00a0100",
    "\u22125",
    "",
    "  ",
    "free text",
    0.452,
    12,
    true,
  ];

  it("gives what parseValue gives, and one shared value for every cell that reads the same", () => {
    const cache = newValueCache();
    const first = new Map<string, ParsedValue>();
    for (let round = 0; round < 2; round++) {
      for (const raw of TEXTS) {
        for (const format of FORMATS) {
          const cached = parseValueCached(raw, format, cache);
          expect(cached).toEqual(parseValue(raw, format));
          expect(Object.keys(cached)).toEqual(Object.keys(parseValue(raw, format)));
          const key = `${typeof raw}:${String(raw)}:${format}`;
          if (round === 0) first.set(key, cached);
          // Texts and plain or percent numbers are shared; a date-formatted number and a boolean
          // (rare in a value column) are read afresh.
          else if (typeof raw === "string" || (typeof raw === "number" && format !== "dd/mm/yyyy"))
            expect(cached).toBe(first.get(key));
        }
      }
    }
    // A text reads the same whatever the format; a number does not, so it is kept per format kind.
    expect(cache.texts.get("TBC")?.kind).toBe("placeholder");
    expect(cache.texts.get("#N/A")?.kind).toBe("error");
    expect(cache.numbers.get(0.452)).toMatchObject({
      kind: "number",
      value: 0.452,
      unit: "number",
    });
    expect(cache.percents.get(0.452)).toMatchObject({
      kind: "number",
      value: 45.2,
      unit: "percent",
    });
  });

  it("stops keeping values at its limit and still reads every cell", () => {
    const cache = newValueCache();
    for (let i = 0; i < 5000; i++) {
      const v = parseValueCached(`${i} (2007/08)`, "General", cache);
      expect(v).toMatchObject({ kind: "number", value: i, period: "2007/08" });
    }
    expect(cache.texts.size).toBe(4096);
  });
});
