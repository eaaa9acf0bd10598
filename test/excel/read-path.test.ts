/**
 * The read path through Office.js and the emulator at Excel on the web's 5 MB response limit: two
 * round trips for a normal workbook, three at most for any, and a plain sentence naming a sheet too
 * large to read.
 */
import { CellValue, DEFAULT_SETTINGS, analyse } from "../../src/engine";
import { ExcelHost } from "../../src/excel";
import { FakeExcel, FakeSheet } from "../helpers/fake-excel";
import { OfficeHost, WEB_1_13, WEB_PAYLOAD_LIMIT } from "../helpers/office-host/emulator";

const HEADER = ["Priority", "Indicator", "Baseline", "08/09", "Actual 08/09", "Lead partners"];

function laaRows(rows: number): CellValue[][] {
  return [
    HEADER,
    ...Array.from({ length: rows }, (_, i) => ["Housing", `NI ${i + 1}`, 100, 110, 108, "Council"]),
  ];
}

/** Fills a block of a sheet with text cells directly in the model (faster than specs for big sheets). */
function fill(
  sheet: FakeSheet,
  top: number,
  left: number,
  rows: number,
  cols: number,
  text: string
) {
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) sheet.cell(top + r, left + c).value = `${text}${r}`;
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function open(fake: FakeExcel) {
  const office = new OfficeHost(fake, WEB_1_13);
  uninstall = office.install();
  return { office, host: new ExcelHost({ runOptions: office.runOptions }) };
}

const fitsTheWeb = (office: OfficeHost) =>
  office.requests.every(
    (r) =>
      r.error === undefined &&
      r.responseBytes <= WEB_PAYLOAD_LIMIT &&
      r.requestBytes <= WEB_PAYLOAD_LIMIT
  );

describe("reading a workbook through Office.js on Excel on the web", () => {
  it("reads a normal workbook in two round trips", async () => {
    const fake = new FakeExcel([
      { name: "LAA", at: "B3", rows: laaRows(120) },
      { name: "Notes", rows: [["private", 1]] },
      { name: "Empty" },
    ]);
    const { office, host } = open(fake);
    const snap = await host.readSnapshot();
    expect(office.requests).toHaveLength(2);
    expect(snap.sheets[0]!.areas).toHaveLength(1);
    expect(snap.sheets[0]!.areas[0]!.values).toEqual(laaRows(120));
    expect(snap.sheets[0]!.areas[0]!.origin).toEqual({ row: 2, col: 1 });
    expect(snap.sheets.map((s) => s.unread)).toEqual([undefined, undefined, undefined]);
  });

  it("reads the LAA table and names the large unrelated sheet it could not read, in two round trips", async () => {
    const fake = new FakeExcel([{ name: "LAA", rows: laaRows(40) }, { name: "Raw data" }]);
    // 60,000 rows of 10 text columns: some 9 MB as values and number formats, past the 5 MB limit.
    fill(fake.sheet("Raw data"), 0, 0, 60_000, 10, "reading ");
    const { office, host } = open(fake);
    const snap = await host.readSnapshot();
    expect(fitsTheWeb(office)).toBe(true);
    expect(office.requests.length).toBeLessThanOrEqual(2);
    expect(snap.sheets[0]!.areas[0]!.values).toEqual(laaRows(40));
    const raw = snap.sheets[1]!;
    expect(raw.areas).toEqual([]);
    expect(raw.unread).toMatch(
      /^The sheet 'Raw data' holds 600,000 cells \(A1:J60000\), too many .+\.$/
    );
    // The engine reports it, so the report never looks complete when it is not.
    const report = analyse(snap, DEFAULT_SETTINGS);
    expect(report.findings.filter((f) => f.code === "sheet.unread").map((f) => f.sheet)).toEqual([
      "Raw data",
    ]);
  }, 60_000);

  it("reads a stray cell far from the table as a small area of its own, in three round trips", async () => {
    const fake = new FakeExcel([{ name: "LAA", rows: laaRows(10) }]);
    fake.sheet("LAA").cell(1_048_575, 16_383).value = "stray";
    const { office, host } = open(fake);
    const snap = await host.readSnapshot();
    expect(office.requests).toHaveLength(3);
    expect(fitsTheWeb(office)).toBe(true);
    expect(
      snap.sheets[0]!.areas.map((a) => [a.origin, a.values.length, a.values[0]!.length])
    ).toEqual([
      [{ row: 0, col: 0 }, 11, 6],
      [{ row: 1_048_575, col: 16_383 }, 1, 1],
    ]);
    expect(snap.sheets[0]!.areas[1]!.values).toEqual([["stray"]]);
    expect(snap.sheets[0]!.unread).toBeUndefined();
  });

  it("reads a table longer than its first window whole, in three round trips", async () => {
    const fake = new FakeExcel([{ name: "LAA", rows: laaRows(10_000) }, { name: "Other" }]);
    const { office, host } = open(fake);
    const snap = await host.readSnapshot();
    expect(office.requests).toHaveLength(3);
    expect(fitsTheWeb(office)).toBe(true);
    expect(snap.sheets[0]!.areas).toHaveLength(1);
    expect(snap.sheets[0]!.areas[0]!.values).toEqual(laaRows(10_000));
  }, 30_000);

  it("falls back to naming every sheet unread when even the windows are past 5 MB, in three round trips", async () => {
    const fake = new FakeExcel([{ name: "A" }, { name: "B" }]);
    // Windows full of long text: the second round trip's response alone would be past 5 MB.
    for (const name of ["A", "B"]) fill(fake.sheet(name), 0, 0, 2_000, 40, "x".repeat(100));
    const { office, host } = open(fake);
    const snap = await host.readSnapshot();
    expect(office.requests).toHaveLength(3);
    expect(office.requests[1]!.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(office.requests[2]!.error).toBeUndefined();
    expect(snap.sheets.map((s) => s.unread)).toEqual([
      expect.stringMatching(/^The sheet 'A' holds 80,000 cells/),
      expect.stringMatching(/^The sheet 'B' holds 80,000 cells/),
    ]);
  }, 60_000);

  it("marks empty cells holding a drop-down or a number format of the user's as styled", async () => {
    const fake = new FakeExcel([{ name: "LAA", rows: laaRows(5) }]);
    const laa = fake.sheet("LAA");
    laa.validations.push({ top: 1, left: 7, bottom: 5, right: 7 });
    laa.cell(3, 8).numberFormat = "0.0%";
    const { office, host } = open(fake);
    const snap = await host.readSnapshot();
    expect(office.requests).toHaveLength(2);
    expect(snap.sheets[0]!.styled).toEqual([
      { top: 1, left: 7, bottom: 5, right: 7 },
      { top: 3, left: 8, bottom: 3, right: 8 },
    ]);
  });
});
