import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HostError, sheetCell } from "../../src/engine";
import { XlsxHost, loadWorkbook, workbookToBuffer } from "../../src/xlsx";
import { snapshotFromWorkbook } from "../helpers/exceljs-snapshot";
import { readWorkbookFile, writeFileAtomically } from "../../src/xlsx/file";
import { targetWorkbook } from "./workbooks";

/** An OLE2 compound file header, optionally followed by the stream name an encrypted .xlsx carries. */
function ole2(withEncryption: boolean): Uint8Array {
  const header = [
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array<number>(504).fill(0),
  ];
  const name = withEncryption ? [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]) : [];
  return new Uint8Array([...header, ...name, 0, 0]);
}

async function errorOf(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (e) {
    return e as HostError;
  }
  throw new Error("expected a rejection");
}

describe("loadWorkbook: unreadable input gives one plain sentence", () => {
  let valid: Uint8Array;
  beforeAll(async () => {
    valid = await workbookToBuffer(targetWorkbook());
  });

  it.each<[string, () => Uint8Array, RegExp]>([
    ["a legacy .xls", () => ole2(false), /old-format \.xls/],
    ["a password-protected .xlsx", () => ole2(true), /password-protected/],
    [
      "a CSV renamed .xlsx",
      () => new TextEncoder().encode("Indicator,Baseline\nNI 154,2100\n"),
      /not an Excel workbook/,
    ],
    ["an empty file", () => new Uint8Array(0), /not an Excel workbook/],
    [
      "a truncated .xlsx",
      () => valid.slice(0, Math.floor(valid.length / 2)),
      /damaged or incomplete/,
    ],
    [
      "a corrupt zip",
      () => new Uint8Array([0x50, 0x4b, 3, 4, ...new Array<number>(200).fill(7)]),
      /damaged or incomplete/,
    ],
  ])("%s", async (_label, bytes, message) => {
    const error = await errorOf(loadWorkbook(bytes(), "'targets.xlsx'"));
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("unreadable");
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^'targets\.xlsx' /);
    // One sentence: no line breaks, no stack, ends with a full stop.
    expect(error.message).not.toMatch(/\n|Error:|:\d+:\d+/);
    expect(error.message).toMatch(/\.$/);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const copy = valid.slice().buffer;
    expect(snapshotFromWorkbook(await loadWorkbook(copy)).sheets[0]!.name).toBe("LAA");
  });
});

describe("readWorkbookFile / writeFileAtomically", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "laa-xlsx-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("round-trips a workbook through a file", async () => {
    const path = join(dir, "out.xlsx");
    await writeFileAtomically(path, await workbookToBuffer(targetWorkbook()));
    const back = await readWorkbookFile(path);
    expect(back.snapshot).toEqual(
      snapshotFromWorkbook(await loadWorkbook(await workbookToBuffer(targetWorkbook())))
    );
  });

  it.each<[string, (d: string) => Promise<string>, RegExp]>([
    ["a missing file", async (d) => join(d, "nope.xlsx"), /'nope\.xlsx' does not exist/],
    ["a folder", async (d) => d, /is a folder/],
    [
      "a legacy .xls on disk",
      async (d) => {
        const p = join(d, "old.xls");
        await writeFile(p, ole2(false));
        return p;
      },
      /'old\.xls' is an old-format \.xls/,
    ],
  ])("%s is unreadable with a plain sentence", async (_label, make, message) => {
    const error = await errorOf(readWorkbookFile(await make(dir)));
    expect(error.code).toBe("unreadable");
    expect(error.message).toMatch(message);
  });

  it("says plainly when the output cannot be written", async () => {
    const error = await errorOf(
      writeFileAtomically(
        join(dir, "missing", "out.xlsx"),
        await workbookToBuffer(targetWorkbook())
      )
    );
    expect(error.code).toBe("access-denied");
    expect(error.message).toMatch(/folder does not exist/);
  });
});

describe("XlsxHost", () => {
  it("reads, applies, selects and tells its listeners", async () => {
    const host = XlsxHost.fromBytes(await workbookToBuffer(targetWorkbook()));
    const heard: string[] = [];
    const off = host.subscribe(() => {
      heard.push(host.selection?.address ?? "plan");
    });
    const snap = await host.readSnapshot();
    expect(sheetCell(snap.sheets[0]!, 1, 1)).toBe("NI 150");
    await host.applyPlan({
      edits: [
        { sheet: "LAA", clear: [], blocks: [{ top: 0, left: 8, values: [["x"]] }], formats: [] },
      ],
      newSheets: [],
      owned: [],
    });
    await host.selectCell("LAA", "C4");
    off();
    await host.selectCell("LAA", "D5");
    expect(heard).toEqual(["plan", "C4"]);
    expect(host.selection).toEqual({ sheet: "LAA", address: "D5" });
    const written = await loadWorkbook(host.toBytes());
    expect(written.getWorksheet("LAA")!.getCell("I1").value).toBe("x");
    await expect(host.selectCell("Nope", "A1")).rejects.toMatchObject({ code: "not-found" });
  });
});
