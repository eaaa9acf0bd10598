import { join } from "node:path";
import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { DATA_SCHEDULE } from "../../../src/engine/catalog/data-schedule";
import {
  ParsedSchedule,
  SCHEDULE_COLUMNS,
  parseSchedule,
  readTable,
} from "../../../scripts/build-catalog";

const CSV = join(__dirname, "../../../data/ni-data-schedule.csv");
const parsed = parseSchedule(readTable(CSV, SCHEDULE_COLUMNS));
const byNumber = new Map(parsed.map((s) => [s.number, s]));
const of = (n: number): ParsedSchedule => {
  const s = byNumber.get(n);
  if (!s) throw new Error(`NI ${n} is not in the schedule`);
  return s;
};

describe("the data schedule read from data/ni-data-schedule.csv", () => {
  it("has one entry per row of the file (52)", () => {
    expect(parsed).toHaveLength(52);
  });

  // [case, codes, last LAA year with data (2008 = 2008/09), sentence for 2010/11]
  it.each<[string, number[], number, string]>([
    [
      "Place Survey: nothing after 2008/09",
      [1, 2, 3, 4, 5, 6, 17, 21, 22, 23, 27, 37, 41, 42, 119, 138, 139, 140],
      2008,
      "Place Survey not run in {year}",
    ],
    [
      "TellUs: nothing after 2009/10",
      [50, 69, 110, 115, 199],
      2009,
      "TellUs pupil survey not run in {year}",
    ],
    ["NI 185: 2008/09 only", [185], 2008, "collected for 2008/09 only"],
    [
      "Key Stage 3: nothing after 2007/08",
      [74, 77, 83, 95, 96],
      2007,
      "KS3 national curriculum tests not held in {year}",
    ],
  ])("%s", (_case, codes, lastYear, sentence) => {
    for (const n of codes) {
      expect(of(n)).toMatchObject({ lastYear, notCollected: sentence });
    }
  });

  it("reads NI 186's lag of about 21 months after the calendar year, and no end to collection", () => {
    expect(of(186)).toMatchObject({ basis: "calendar-year", periodEndMonth: 12, lagMonths: 21 });
    expect(of(186).lastYear).toBeUndefined();
  });

  it.each<[string, number, Partial<ParsedSchedule>]>([
    [
      "Place Survey: fieldwork autumn 2008, results June 2009",
      1,
      { basis: "survey", lagMonths: 6 },
    ],
    ["TellUs4: autumn 2009, national report March 2010", 50, { basis: "survey", lagMonths: 3 }],
    ["NI 185: 2008/09 data published July 2010", 185, { basis: "financial-year", lagMonths: 16 }],
    [
      "EYFS profile: available October after the academic year",
      72,
      { basis: "academic-year", lagMonths: 2 },
    ],
    ["school results: the following winter", 73, { basis: "academic-year", lagMonths: 5 }],
    [
      "HMRC snapshot at 31 August, ~2 years",
      116,
      { basis: "snapshot", periodEndMonth: 8, lagMonths: 24 },
    ],
    [
      "road casualties: late June of the following year",
      47,
      { basis: "calendar-year", lagMonths: 6 },
    ],
    [
      "VAT registrations: 2007 data in November 2008",
      171,
      { basis: "calendar-year", lagMonths: 11 },
    ],
    ["quarterly benefit counts, ~6 months", 152, { basis: "financial-year", lagMonths: 6 }],
    ["stop smoking: no lag stated", 123, { basis: "financial-year", lagMonths: 0 }],
  ])("%s", (_case, n, expected) => {
    expect(of(n)).toMatchObject(expected);
  });

  it("keeps the schedule's sentence for people", () => {
    expect(of(186).note).toMatch(/^DECC\/AEA local CO2 statistics, annual: ~21 months/);
  });

  it("is what src/engine/catalog/data-schedule.ts holds (run npm run catalog after editing the CSV)", () => {
    expect(JSON.parse(JSON.stringify(DATA_SCHEDULE))).toEqual(parsed);
  });

  it("reaches the catalogue: scheduled indicators carry it, others have none", () => {
    expect(NATIONAL_INDICATORS.lookup(4)?.schedule).toMatchObject({ source: "Place Survey" });
    expect(NATIONAL_INDICATORS.lookup(154)?.schedule).toBeUndefined();
  });
});
