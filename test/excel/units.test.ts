import { HostError, HostErrorCode } from "../../src/engine";
import {
  ExcelHost,
  TRANSLATED_CODES,
  checkRequirements,
  needsTextPrefix,
  translateError,
} from "../../src/excel";
import { chunkPieces, toPieces } from "../../src/excel/value-chunks";
import { parseAreas } from "../../src/excel/read-snapshot";
import { FakeContext, FakeExcel, FakeOfficeError } from "../helpers/fake-excel";

describe("translateError", () => {
  it.each<[string, HostErrorCode]>([
    ["AccessDenied", "access-denied"],
    ["InvalidOperationInCellEditMode", "cell-edit-mode"],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large"],
    ["ItemNotFound", "not-found"],
    ["InvalidOperation", "unknown"],
    ["ApiNotFound", "not-supported"],
    ["GeneralException", "unknown"],
    ["SomethingNew", "unknown"],
  ])("%s → %s with one plain sentence", (code, expected) => {
    const e = translateError(new FakeOfficeError(code, "localised text we must not show"));
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe(expected);
    expect(e.message).not.toContain("localised text");
    expect(e.message).toMatch(/^[A-Z][^\n]*\.$/);
  });

  it("gives each known code its own sentence", () => {
    const messages = TRANSLATED_CODES.map(
      (c) => translateError(new FakeOfficeError(c, "")).message
    );
    expect(new Set(messages).size).toBe(TRANSLATED_CODES.length);
  });

  it("passes a HostError through unchanged", () => {
    const e = new HostError("protected", "x.");
    expect(translateError(e)).toBe(e);
  });

  it.each(["AccessDenied", "InvalidOperationInCellEditMode", "GeneralException"])(
    "reaches the caller of ExcelHost as a HostError when a sync fails with %s",
    async (code) => {
      const fake = new FakeExcel([{ name: "LAA", rows: [["a"]] }]);
      const uninstall = fake.install();
      fake.failNextSync = code;
      await expect(new ExcelHost().readSnapshot()).rejects.toMatchObject({
        code: translateError({ code }).code,
      });
      uninstall();
    }
  );
});

describe("needsTextPrefix", () => {
  it.each([
    "=1+1",
    "+44",
    "-5",
    "@x",
    "'a",
    "08/09",
    "2008-09",
    "2008/9",
    "1/2",
    "45%",
    "1,234",
    "12",
    " 3.5 ",
    "£5",
    "(12)",
    "1e5",
    "TRUE",
    "false",
    "#N/A",
    "#anything",
    "30 Jun 2010",
    "Jun-10",
    "June 2010",
    "10:30",
    "1 1/2",
  ])("prefixes %p", (s) => expect(needsTextPrefix(s)).toBe(true));

  it.each([
    "Green ▲",
    "No data",
    "NI 154",
    "Salford City Council*",
    "RAG 2008/09",
    "Board status",
    "Red ▼",
    "Maintain",
    "TBC",
    "",
  ])("leaves %p as it is", (s) => expect(needsTextPrefix(s)).toBe(false));
});

describe("value chunks", () => {
  const block = {
    top: 10,
    left: 2,
    values: Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]),
  };
  const pieces = toPieces("LAA", block, (v) => (v === null ? "" : v));

  it("keeps everything in one chunk under the budget", () => {
    expect(chunkPieces(pieces, 1e6)).toEqual([pieces]);
  });

  it("splits rows into chunks under the budget, covering every row once and in order", () => {
    const chunks = chunkPieces(pieces, 500);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.reduce((n, p) => n + p.size, 0)).toBeLessThanOrEqual(500);
    const rows = chunks.flat().flatMap((p) => p.rows.map((_, i) => p.top + i));
    expect(rows).toEqual(Array.from({ length: 100 }, (_, i) => 10 + i));
    const estimate = pieces[0]!.size;
    expect(estimate).toBeGreaterThanOrEqual(JSON.stringify(block.values).length);
  });
});

describe("parseAreas", () => {
  it.each<[string, number[][]]>([
    ["LAA!A1:B2", [[0, 0, 1, 1]]],
    [
      "'Board status 2010-06-30'!$A$1:$D$1, 'Board status 2010-06-30'!C5",
      [
        [0, 0, 0, 3],
        [4, 2, 4, 2],
      ],
    ],
    ["'It''s, odd'!B2:B9", [[1, 1, 8, 1]]],
  ])("%s", (address, expected) => {
    expect(parseAreas(address).map((r) => [r.top, r.left, r.bottom, r.right])).toEqual(expected);
  });
});

describe("checkRequirements", () => {
  it.each<[number, boolean, string[], boolean]>([
    [13, true, [], true],
    [9, true, [], false],
    [8, false, ["1.9"], false],
    [3, false, ["1.4", "1.9"], false],
  ])("ExcelApi 1.%i: supported %p, missing %p, merges %p", (minor, supported, missing, merges) => {
    const fake = new FakeExcel();
    fake.apiMinor = minor;
    const uninstall = fake.install();
    const report = checkRequirements();
    uninstall();
    expect(report).toMatchObject({ supported, missing, merges });
    expect(report.message === undefined).toBe(supported);
  });

  it("is unsupported outside Office", () => {
    expect(checkRequirements().supported).toBe(false);
  });
});

describe("the fake behaves like Office.js where the adapter relies on it", () => {
  it("throws when a property is read before load and sync", async () => {
    const fake = new FakeExcel([{ name: "LAA", rows: [["a"]] }]);
    const context = new FakeContext(fake);
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["LAA"]);
    expect(() => sheets.items[0]!.visibility).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
  });

  it("queues writes until sync and fails them on a protected sheet with AccessDenied", async () => {
    const fake = new FakeExcel([{ name: "LAA", protected: true }]);
    const context = new FakeContext(fake);
    context.workbook.worksheets.getItem("LAA").getRangeByIndexes(0, 0, 1, 1).values = [["x"]];
    expect(fake.sheet("LAA").peek(0, 0)).toBeUndefined();
    expect(fake.ops).toHaveLength(1);
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.sheet("LAA").peek(0, 0)).toBeUndefined();
  });
});
