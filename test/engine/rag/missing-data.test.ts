import { NATIONAL_INDICATORS, RagStatus, withDefaults } from "../../../src/engine";
import { rateTables } from "../../../src/engine/rag";
import { readDataNote } from "../../../src/engine/rag/data-note";
import { RowSpec, buildTable } from "./build-table";

/** The rating of one indicator with no actual for `year`, at the as-at date. */
function missing(spec: RowSpec, year: number, asAt: string) {
  const table = buildTable([{ polarity: "higher", targets: { [year]: 50 }, ...spec }]);
  const r = rateTables([table], withDefaults({ asAt }), NATIONAL_INDICATORS).find(
    (x) => x.year === year
  );
  if (!r) throw new Error(`no rating for ${year}`);
  return r;
}

// Years are LAA years (2009 = 2009/10); the catalogue's schedule says when each figure comes.
describe("a year without an actual: by indicator and as-at date", () => {
  it.each<[string, RowSpec, number, string, RagStatus]>([
    // an indicator the schedule does not list: financial year, no lag (as before)
    ["NI 154, 31 March 2010: 2009/10 still running", { code: 154 }, 2009, "2010-03-31", "not-due"],
    ["NI 154, 1 April 2010: due and missing", { code: 154 }, 2009, "2010-04-01", "no-data"],
    // Place Survey: fieldwork autumn 2008, results about June 2009, nothing after 2008/09
    [
      "NI 4 2008/09 in April 2009: results not out",
      { code: 4 },
      2008,
      "2009-04-30",
      "awaiting-data",
    ],
    ["NI 4 2008/09 in July 2009: results were due", { code: 4 }, 2008, "2009-07-01", "no-data"],
    ["NI 4 2009/10: no survey", { code: 4 }, 2009, "2010-06-30", "not-collected"],
    ["NI 1 2010/11, before it ends: no survey", { code: 1 }, 2010, "2010-06-30", "not-collected"],
    // TellUs: autumn 2009 survey reported March 2010, nothing after 2009/10
    ["NI 110 2009/10 in February 2010", { code: 110 }, 2009, "2010-02-15", "awaiting-data"],
    ["NI 110 2009/10 in April 2010", { code: 110 }, 2009, "2010-04-01", "no-data"],
    ["NI 110 2010/11: no survey", { code: 110 }, 2010, "2011-06-30", "not-collected"],
    // NI 185: 2008/09 only, published July 2010
    ["NI 185 2008/09 in June 2010", { code: 185 }, 2008, "2010-06-30", "awaiting-data"],
    ["NI 185 2008/09 in August 2010", { code: 185 }, 2008, "2010-08-01", "no-data"],
    ["NI 185 2009/10: one-off return", { code: 185 }, 2009, "2011-06-30", "not-collected"],
    // Key Stage 3: nothing after 2007/08
    ["NI 74 2008/09: tests not held", { code: 74 }, 2008, "2010-06-30", "not-collected"],
    // NI 186: calendar year, about 21 months later
    ["NI 186 2009 in June 2010", { code: 186 }, 2009, "2010-06-30", "awaiting-data"],
    ["NI 186 2009 in September 2011", { code: 186 }, 2009, "2011-09-30", "awaiting-data"],
    ["NI 186 2009 in October 2011", { code: 186 }, 2009, "2011-10-01", "no-data"],
    [
      "NI 186 2010 in June 2010: calendar 2010 running",
      { code: 186 },
      2010,
      "2010-06-30",
      "not-due",
    ],
    ["NI 186 2010 in January 2011", { code: 186 }, 2010, "2011-01-01", "awaiting-data"],
    // EYFS profile: academic year, out in October
    [
      "NI 72 2009/10 in June 2010: school year running",
      { code: 72 },
      2009,
      "2010-06-30",
      "not-due",
    ],
    ["NI 72 2009/10 in September 2010", { code: 72 }, 2009, "2010-09-15", "awaiting-data"],
    ["NI 72 2009/10 in November 2010", { code: 72 }, 2009, "2010-11-01", "no-data"],
    // the table's own Data available column overrides the catalogue
    [
      "NI 154 'Sep 2010', in June",
      { code: 154, dataAvailable: "Sep 2010" },
      2009,
      "2010-06-30",
      "awaiting-data",
    ],
    [
      "NI 154 'Sep 2010', in October",
      { code: 154, dataAvailable: "Sep 2010" },
      2009,
      "2010-10-01",
      "no-data",
    ],
    [
      "NI 154 'No survey this year'",
      { code: 154, dataAvailable: "No survey this year" },
      2009,
      "2010-06-30",
      "not-collected",
    ],
    [
      "NI 154 'Not collected in 2009/10' for 2009/10",
      { code: 154, dataAvailable: "Not collected in 2009/10" },
      2009,
      "2010-06-30",
      "not-collected",
    ],
    [
      "NI 154 'Not collected in 2009/10' for 2008/09",
      { code: 154, dataAvailable: "Not collected in 2009/10" },
      2008,
      "2010-06-30",
      "no-data",
    ],
    [
      "NI 4 with a local survey due Dec 2010",
      { code: 4, dataAvailable: "Local survey: results due Dec 2010" },
      2009,
      "2010-06-30",
      "awaiting-data",
    ],
    [
      "NI 154 with unreadable text: the catalogue applies",
      { code: 154, dataAvailable: "ask Jane" },
      2009,
      "2010-06-30",
      "no-data",
    ],
  ])("%s → %s", (_case, spec, year, asAt, status) => {
    expect(missing(spec, year, asAt).status).toBe(status);
  });

  it.each<[RowSpec, number, string, string]>([
    [{ code: 4 }, 2009, "2010-06-30", "Place Survey not run in 2009/10"],
    [{ code: 74 }, 2009, "2010-06-30", "KS3 national curriculum tests not held in 2009/10"],
    [{ code: 185 }, 2009, "2010-06-30", "collected for 2008/09 only"],
    [{ code: 186 }, 2009, "2010-06-30", "due about Sep 2011"],
    [{ code: 154, dataAvailable: "Sep 2010" }, 2009, "2010-06-30", "due about Sep 2010"],
    [{ code: 154 }, 2009, "2010-06-30", "no actual for 2009/10"],
  ])("says why: %p %d at %s", (spec, year, asAt, text) => {
    expect(missing(spec, year, asAt).reason).toContain(text);
  });

  it("still rates an actual the catalogue says cannot exist", () => {
    const table = buildTable([
      { code: 4, polarity: "higher", targets: { 2009: 50 }, actuals: { 2009: 55 } },
    ]);
    const r = rateTables([table], withDefaults({ asAt: "2010-06-30" }), NATIONAL_INDICATORS);
    expect(r.find((x) => x.year === 2009)?.status).toBe("green");
  });
});

describe("readDataNote", () => {
  it.each<[string, ReturnType<typeof readDataNote>]>([
    ["Sep 2010", { kind: "due", text: "Sep 2010", month: 2010 * 12 + 9 }],
    ["September 2010", { kind: "due", text: "September 2010", month: 2010 * 12 + 9 }],
    ["2010-09-30", { kind: "due", text: "2010-09-30", month: 2010 * 12 + 9 }],
    ["30/09/2010", { kind: "due", text: "30/09/2010", month: 2010 * 12 + 9 }],
    ["Autumn 2010", { kind: "due", text: "Autumn 2010", month: 2010 * 12 + 11 }],
    ["Q3 2010/11", { kind: "due", text: "Q3 2010/11", month: 2010 * 12 + 12 }],
    ["2011", { kind: "due", text: "2011", month: 2011 * 12 + 12 }],
    [
      "No data until Sep 2011",
      { kind: "due", text: "No data until Sep 2011", month: 2011 * 12 + 9 },
    ],
    ["Not collected", { kind: "not-collected", text: "Not collected" }],
    ["Survey cancelled 2010", { kind: "not-collected", text: "Survey cancelled 2010" }],
    [
      "No survey in 2009/10",
      { kind: "not-collected", text: "No survey in 2009/10", years: [2009] },
    ],
    ["Annual", undefined],
    ["", undefined],
  ])("%p", (text, expected) => {
    expect(readDataNote(text)).toEqual(expected);
  });
});
