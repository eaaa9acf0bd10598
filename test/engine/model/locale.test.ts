import { countOf, formatDate, formatNumber, parseDate } from "../../../src/engine";

describe("dates as British readers write them", () => {
  it.each([
    ["2010-06-30", "30 June 2010"],
    ["2010-03-01", "1 March 2010"],
    ["2012-02-29", "29 February 2012"],
  ])("formatDate(%s) is %s", (iso, long) => expect(formatDate(iso)).toBe(long));

  it.each(["2010-02-29", "2010-13-01", "30/06/2010", "", "2010-6-30"])(
    "formatDate(%j) is undefined: not a real ISO date",
    (text) => expect(formatDate(text)).toBeUndefined()
  );

  it.each([
    ["2010-06-30", "2010-06-30"],
    ["30/06/2010", "2010-06-30"],
    ["30/6/2010", "2010-06-30"],
    ["30/06/10", "2010-06-30"],
    ["30.06.2010", "2010-06-30"],
    ["30-06-2010", "2010-06-30"],
    [" 30 June 2010 ", "2010-06-30"],
    ["30 jun 2010", "2010-06-30"],
    ["1st April 2009", "2009-04-01"],
    ["31 March, 2011", "2011-03-31"],
  ])("parseDate(%j) is %s", (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([
    "06/30/2010",
    "31/06/2010",
    "30/06",
    "June 30 2010",
    "30 Juno 2010",
    "yesterday",
    "2010/06/30",
  ])("parseDate(%j) is undefined: day first, real days only", (text) =>
    expect(parseDate(text)).toBeUndefined()
  );
});

describe("numbers with British separators, whatever the machine's locale", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [12345.6, "12,345.6"],
    [1234567.891, "1,234,567.89"],
    [-2100, "-2,100"],
    [-0.001, "0"],
    [0.25, "0.25"],
    [5, "5"],
  ])("formatNumber(%d) is %s", (n, text) => expect(formatNumber(n)).toBe(text));

  it("counts with the right word", () => {
    expect(countOf(1, "error")).toBe("1 error");
    expect(countOf(12345, "indicator")).toBe("12,345 indicators");
    expect(countOf(2, "lead partner")).toBe("2 lead partners");
  });
});
