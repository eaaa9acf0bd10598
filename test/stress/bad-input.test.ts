/**
 * The bad-input catalogue (issue 8, point 1). Every case feeds something hostile or broken to the
 * engine, the xlsx adapter, the CLI or the Excel adapter and asserts two things: the user gets a clear
 * finding or a one-sentence message, and the input is exactly as it was (a deep-frozen snapshot that
 * still deep-equals its copy, the same file bytes, the same workbook cells, the same fake Excel).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  CellValue,
  EXCEL_ERRORS,
  HostError,
  SheetSnapshot,
  WorkbookSnapshot,
  WritePlan,
  stampOf,
} from "../../src/engine";
import { ExcelHost } from "../../src/excel";
import {
  applyPlanToFile,
  loadWorkbook,
  readWorkbookBytes,
  workbookBytes,
  workbookToBuffer,
} from "../../src/xlsx";
import { snapshotFromWorkbook } from "../helpers/exceljs-snapshot";
import { cli, expectOneSentence, fixture, sha256 } from "../cli/run-cli";
import { FakeExcel } from "../helpers/fake-excel";
import { OfficeHost, WEB_1_13 } from "../helpers/office-host/emulator";
import { GridSheet, workbook } from "../helpers/grid";
import { removeTempDirs } from "../helpers/temp-dir";
import {
  HEADER,
  SETTINGS,
  dataRow,
  deepFreeze,
  expectClear,
  expectSentence,
  labels,
  runEngine,
  tmpDir,
} from "./support";

afterAll(removeTempDirs);

/** Runs check + RAG plan + board plan on a frozen snapshot; asserts it is unchanged afterwards. */
function engineOn(snapshot: WorkbookSnapshot) {
  const before = structuredClone(snapshot);
  deepFreeze(snapshot);
  const run = runEngine(snapshot);
  expect(snapshot).toEqual(before);
  expectClear(run.report.findings);
  for (const outcome of [run.rag, run.board]) if (!outcome.ok) expectSentence(outcome.message);
  return run;
}

const table = (...rows: CellValue[][]): GridSheet[] => [{ rows: [...HEADER, ...rows] }];

describe("every Excel error value in baseline, target and actual cells", () => {
  it.each(EXCEL_ERRORS.map((e) => [e]))("%s is reported at its cell and never rated", (error) => {
    const run = engineOn(workbook(table(dataRow({ C: error, D: error, H: error }))));
    expect(labels(run.report.findings)).toEqual(
      expect.arrayContaining([
        "baseline.not-numeric@C3",
        "target.not-numeric@D3",
        "actual.not-numeric@H3",
      ])
    );
    const finding = run.report.findings.find((f) => f.cell === "D3");
    expect(finding?.data).toMatchObject({ value: error });
    // An error is missing data, never a silent Red.
    expect(run.report.rag.map((r) => r.status)).toEqual(["no-data"]);
  });
});

type GridCase = [
  string,
  () => WorkbookSnapshot,
  string[],
  (run: ReturnType<typeof engineOn>) => void,
];

const noMore = () => undefined;

describe("hostile grids: a clear finding, the snapshot untouched", () => {
  it.each<GridCase>([
    ["an empty workbook (no sheets)", () => workbook([]), ["table.not-found@"], noMore],
    [
      "a workbook of empty sheets",
      () =>
        workbook([
          { name: "Sheet1", rows: [] },
          { name: "Sheet2", rows: [] },
        ]),
      ["table.not-found@"],
      (run) => {
        expect(run.report.findings.at(0)?.data).toMatchObject({ sheets: ["Sheet1", "Sheet2"] });
        expect(run.rag).toMatchObject({ ok: false, reason: "nothing-to-write" });
        expect(run.board).toMatchObject({ ok: false, reason: "nothing-to-write" });
      },
    ],
    [
      "headers only",
      () => workbook(table()),
      ["laa.statutory-missing@"],
      (run) => {
        expect(run.report.tables.map((t) => t.rows.length)).toEqual([0]);
        expect(run.report.rag).toEqual([]);
        // No status column of headers alone: a plain sentence saying the table has no rows instead.
        expect(run.rag).toMatchObject({ ok: false, reason: "nothing-to-write" });
        if (!run.rag.ok) expect(run.rag.message).toMatch(/has no indicator rows under its header/);
        expect(run.board).toMatchObject({ ok: false, reason: "nothing-to-write" });
      },
    ],
    [
      "a sheet of prose with no table",
      () => workbook([{ name: "Notes", rows: [["Minutes of the board"], ["Targets to follow"]] }]),
      ["table.not-found@"],
      noMore,
    ],
    [
      "merged cells across data rows (baseline and a target)",
      // Office.js gives "" for every cell of a merge but the first.
      () =>
        workbook([
          {
            rows: [
              ...HEADER,
              dataRow(),
              dataRow({ B: "NI 155", C: "", D: "" }),
              dataRow({ B: "NI 156", D: "" }),
            ],
            merges: ["C3:C4", "D3:D5", "A3:A5"],
          },
        ]),
      ["baseline.missing@C4", "target.missing@D4", "target.missing@D5"],
      (run) => {
        // The merged priority is carried down, so no row lacks an ambition.
        expect(run.report.tables[0]?.rows.map((r) => r.priority?.text)).toEqual([
          "Affordable housing",
          "Affordable housing",
          "Affordable housing",
        ]);
      },
    ],
    [
      "a merge across the header",
      () => workbook([{ rows: [...HEADER, dataRow({ C: "TBC" })], merges: ["D1:F1", "A1:A2"] }]),
      ["baseline.placeholder@C3"],
      (run) => expect(run.report.tables).toHaveLength(1),
    ],
    [
      "dates where numbers belong (a date-formatted target, a typed date baseline)",
      () =>
        workbook([
          {
            rows: [...HEADER, dataRow({ C: "01/04/2009", D: 39904 })],
            formats: { D3: "dd/mm/yyyy" },
          },
        ]),
      ["baseline.not-numeric@C3", "target.not-numeric@D3"],
      noMore,
    ],
    [
      "numbers as text with non-breaking and thin spaces around them",
      () =>
        workbook(
          table(
            dataRow({
              C: "\u00a0560\u00a0(2007/08)",
              D: "\u00a0600",
              E: "650\u202f",
              F: "\u2009700\u00a0",
              H: "610\u00a0",
            })
          )
        ),
      [],
      (run) => {
        expect(run.report.findings.filter((f) => f.cell)).toEqual([]);
        expect(run.report.rag.map((r) => [r.actual, r.target, r.status])).toEqual([
          [610, 600, "green"],
        ]);
      },
    ],
    [
      "a percentage with a non-breaking space before the sign",
      () =>
        workbook(
          table(
            dataRow({
              B: "NI 1",
              C: "76\u00a0% (2006/07)",
              D: "77\u00a0%",
              E: "78 %",
              F: "80%",
              H: "77.5\u00a0%",
            })
          )
        ),
      [],
      (run) => {
        expect(run.report.findings.filter((f) => f.cell)).toEqual([]);
        expect(run.report.rag[0]).toMatchObject({ target: 77, actual: 77.5, status: "green" });
      },
    ],
    [
      "thousands grouped with a non-breaking space: reported, never guessed",
      // "2 100" could be 2100 or "2" and "100"; the reader asks rather than guesses.
      () => workbook(table(dataRow({ D: "2\u00a0100", H: "1\u202f000" }))),
      ["target.not-numeric@D3", "actual.not-numeric@H3"],
      noMore,
    ],
    [
      "unicode dashes as placeholders and a minus sign",
      () => workbook(table(dataRow({ C: "\u2013", F: "\u2014", H: "\u2212" }))),
      ["baseline.placeholder@C3", "target.placeholder@F3"],
      noMore,
    ],
    [
      "unicode hyphens inside indicator codes",
      () =>
        workbook(
          table(
            dataRow({ B: "NI\u2011154 Net additional homes" }),
            dataRow({ B: "NI\u2013155 Affordable homes" })
          )
        ),
      [],
      (run) =>
        expect(run.report.tables[0]?.rows.map((r) => r.indicator.code?.label)).toEqual([
          "NI 154",
          "NI 155",
        ]),
    ],
    [
      "curly quotes around text",
      () =>
        workbook(
          table(
            dataRow({
              C: "\u201cto be set from the Place Survey\u201d",
              G: "\u2018Police\u2019; Council",
            })
          )
        ),
      ["baseline.deferred@C3"],
      noMore,
    ],
    [
      "10,000-character cells in every column",
      () => {
        const long = "x".repeat(10_000);
        return workbook(
          table(
            dataRow({ A: long, B: `NI 154 ${long}`, C: `560 ${long}`, D: long, G: long, H: long })
          )
        );
      },
      ["target.placeholder@D3"],
      (run) => {
        // Messages quote a long cell in part, never whole.
        for (const f of run.report.findings) expect(f.message).not.toContain("x".repeat(200));
      },
    ],
    [
      "a 10,000-character free-text target",
      () => workbook(table(dataRow({ E: `see note ${"abc ".repeat(2500)}` }))),
      ["target.not-numeric@E3"],
      (run) => {
        for (const f of run.report.findings) expect(f.message.length).toBeLessThan(600);
      },
    ],
    [
      "emoji in every kind of cell",
      () =>
        workbook(
          table(
            dataRow({
              A: "\u{1F3E0} Housing",
              B: "NI 154 \u{1F3E0}",
              C: "\u{1F642}",
              D: "\u{1F44D}",
              G: "Police \u{1F693}; Council \u{1F3DB}\uFE0F",
              H: "\u{1F937}",
            })
          )
        ),
      ["baseline.not-numeric@C3", "target.not-numeric@D3", "actual.not-numeric@H3"],
      (run) =>
        expect(run.report.tables[0]?.rows[0]?.partners.names).toEqual(
          expect.arrayContaining([expect.stringContaining("Police")])
        ),
    ],
    [
      "duplicate headers (two Baseline, two 08/09, two Lead partners columns)",
      () =>
        workbook([
          {
            rows: [
              [
                "Priority",
                "Indicator",
                "Baseline",
                "Baseline",
                "08/09",
                "08/09",
                "09/10",
                "10/11",
                "Lead partners",
                "Lead partners",
              ],
              ["Housing", "NI 154", 560, 570, 600, 601, 650, 700, "Council", "Police"],
            ],
          },
        ]),
      ["table.unexpected-years@F1"],
      noMore,
    ],
    [
      "two tables on one sheet, one under the other",
      () => workbook(table(dataRow(), [], [], ...HEADER, dataRow({ B: "NI 16", C: "TBC" }))),
      ["baseline.placeholder@C8"],
      (run) => {
        expect(run.report.tables.map((t) => t.id)).toEqual(["LAA!A1:H3", "LAA!A6:H8"]);
        expect(run.rag.ok && run.rag.plan.owned).toHaveLength(2);
      },
    ],
    [
      "two tables on one sheet, side by side",
      () =>
        workbook([
          {
            rows: HEADER.map((h) => [...h, "", ...h]).concat([
              [...dataRow(), "", ...dataRow({ C: "TBC" })],
            ]),
          },
        ]),
      ["baseline.placeholder@L3"],
      (run) => expect(run.report.tables.map((t) => t.id)).toEqual(["LAA!A1:H3", "LAA!J1:Q3"]),
    ],
    [
      "a table inside an Excel table (ListObject)",
      () =>
        workbook([
          {
            rows: [
              [
                "Priority",
                "Indicator",
                "Baseline",
                "08/09",
                "09/10",
                "10/11",
                "Lead partners",
                "Actual 08/09",
              ],
              dataRow(),
              dataRow({ B: "NI 155", C: "TBC" }),
            ],
            tables: [{ name: "Targets", range: "A1:H3" }],
          },
        ]),
      ["baseline.placeholder@C3"],
      (run) => {
        expect(run.report.tables[0]?.excelTable).toBe("Targets");
        // The status column goes next to the Excel table, never inside it.
        const owned = run.rag.ok ? run.rag.plan.owned : [];
        expect(owned).toEqual([
          {
            kind: "rag-column",
            sheet: "LAA",
            range: expect.objectContaining({ left: 8, right: 8 }),
            stamp: stampOf(SETTINGS),
          },
        ]);
      },
    ],
    [
      "booleans where numbers belong",
      () => workbook(table(dataRow({ C: true, D: false }))),
      ["baseline.not-numeric@C3", "target.not-numeric@D3"],
      noMore,
    ],
    [
      "formula-looking text typed by the user",
      () =>
        workbook(
          table(dataRow({ C: "=SUM(A1:A3)", G: '=HYPERLINK("http://x","Police")', H: "@SUM(A1)" }))
        ),
      ["baseline.not-numeric@C3", "actual.not-numeric@H3"],
      noMore,
    ],
    [
      "a protected sheet: the RAG plan refuses with a message, the board still works",
      () => workbook([{ rows: [...HEADER, dataRow()], protected: true }]),
      [],
      (run) => {
        expect(run.rag).toMatchObject({ ok: false, reason: "protected", sheet: "LAA" });
        expect(run.board.ok).toBe(true);
      },
    ],
    [
      "a hidden sheet holding the table",
      () => {
        const wb = workbook(table(dataRow({ C: "TBC" })));
        return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, visibility: "hidden" as const })) };
      },
      ["baseline.placeholder@C3"],
      noMore,
    ],
  ])("%s", (_name, build, expected, more) => {
    const run = engineOn(build());
    expect(labels(run.report.findings)).toEqual(expect.arrayContaining(expected));
    more(run);
  });

  it("a used range of a million rows with data in ten: found, checked and planned quickly", () => {
    const width = HEADER[0]?.length ?? 0;
    const blank = Object.freeze(new Array<CellValue>(width).fill(""));
    const data = [
      ...HEADER,
      ...["NI 154", "NI 155", "NI 16", "NI 17", "NI 18", "NI 19", "NI 20"].map((b) =>
        dataRow({ B: b })
      ),
    ];
    data.push(dataRow({ B: "NI 21", C: "TBC" }));
    const values: (readonly CellValue[])[] = new Array(1_000_000).fill(blank);
    data.forEach((row, i) => (values[i] = row));
    // A stray note at the very bottom makes the used range a million rows tall.
    values[999_999] = ["end of sheet", ...blank.slice(1)];
    const sheet: SheetSnapshot = {
      name: "LAA",
      areas: [{ origin: { row: 0, col: 0 }, values }],
      merges: [],
      tables: [],
      protected: false,
    };
    const snapshot: WorkbookSnapshot = { sheets: [sheet], owned: [] };
    const copyOfData = JSON.stringify(data);
    // Frozen, every write would throw; a deep copy of a million rows would only measure the copy.
    deepFreeze(snapshot);
    const started = performance.now();
    const run = runEngine(snapshot);
    expect(performance.now() - started).toBeLessThan(5_000);
    expectClear(run.report.findings);
    expect(JSON.stringify(values.slice(0, data.length))).toBe(copyOfData);
    expect(run.report.tables.map((t) => t.id)).toEqual(["LAA!A1:H10"]);
    expect(labels(run.report.findings)).toContain("baseline.placeholder@C10");
    expect(run.report.rag).toHaveLength(8);
    // The status column covers the table, not the million rows.
    expect(run.rag.ok && run.rag.plan.owned).toEqual([
      {
        kind: "rag-column",
        sheet: "LAA",
        range: { top: 1, left: 8, bottom: 9, right: 8 },
        stamp: stampOf(SETTINGS),
      },
    ]);
  });
});

/** An .xlsx with an LAA table built by `fill`, saved to a temporary file. */
async function xlsxFile(
  name: string,
  fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("LAA");
  for (const row of [...HEADER, dataRow(), dataRow({ B: "NI 155" }), dataRow({ B: "NI 156" })])
    ws.addRow(row);
  await fill(ws, wb);
  const path = join(tmpDir(), name);
  writeFileSync(path, await workbookToBuffer(wb));
  return path;
}

interface CheckJson {
  files: { findings: { code: string; cell?: string; message: string }[] }[];
}

/** check --json and rag --out on the file: findings come back, the input's bytes do not change. */
async function checkAndRate(path: string): Promise<{ labels: string[]; out: string }> {
  const hash = sha256(path);
  const check = await cli("check", path, "--json");
  expect(check.stderr).toBe("");
  const findings = (JSON.parse(check.stdout) as CheckJson).files[0]?.findings ?? [];
  const out = join(tmpDir(), "out.xlsx");
  const rag = await cli("rag", path, "--out", out);
  expect(rag.stderr).toBe("");
  expect(sha256(path)).toBe(hash);
  return { labels: findings.map((f) => `${f.code}@${f.cell ?? ""}`), out };
}

describe("hostile .xlsx files through the CLI: findings, and the input file byte for byte the same", () => {
  it("hidden rows and columns are read and reported, and stay hidden in the copy", async () => {
    const path = await xlsxFile("hidden.xlsx", (ws) => {
      ws.getCell("C4").value = "TBC";
      ws.getRow(4).hidden = true;
      ws.getColumn(5).hidden = true;
      ws.getCell("E5").value = "see note";
    });
    const { labels: found, out } = await checkAndRate(path);
    expect(found).toEqual(
      expect.arrayContaining(["baseline.placeholder@C4", "target.not-numeric@E5"])
    );
    const copy = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const ws = copy.getWorksheet("LAA") as ExcelJS.Worksheet;
    expect(ws.getRow(4).hidden).toBe(true);
    expect(ws.getColumn(5).hidden).toBe(true);
  });

  it("formulas: the cached results are read, and the formulas survive in the copy", async () => {
    const path = await xlsxFile("formulas.xlsx", (ws) => {
      ws.getCell("D3").value = { formula: "590+10", result: 600 } as ExcelJS.CellFormulaValue;
      ws.getCell("C4").value = { formula: '"TB"&"C"', result: "TBC" } as ExcelJS.CellFormulaValue;
      ws.getCell("H4").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as unknown as ExcelJS.CellFormulaValue;
      // Saved without a result (never calculated): read as empty, like Excel before recalculating.
      ws.getCell("E5").value = { formula: "E4*2" } as ExcelJS.CellFormulaValue;
    });
    const { labels: found, out } = await checkAndRate(path);
    expect(found).toEqual(
      expect.arrayContaining([
        "baseline.placeholder@C4",
        "actual.not-numeric@H4",
        "target.missing@E5",
      ])
    );
    expect(found.filter((l) => l.endsWith("@D3"))).toEqual([]);
    const copy = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const ws = copy.getWorksheet("LAA") as ExcelJS.Worksheet;
    expect(ws.getCell("D3").formula).toBe("590+10");
    expect(ws.getCell("H4").formula).toBe("1/0");
  });

  it("a table inside an Excel table is read, and the Excel table is kept", async () => {
    const path = await xlsxFile("listobject.xlsx", (_ws, wb) => {
      const ws = wb.addWorksheet("Targets");
      ws.addTable({
        name: "Targets",
        ref: "B2",
        columns: [
          "Priority",
          "Indicator",
          "Baseline",
          "08/09",
          "09/10",
          "10/11",
          "Lead partners",
          "Actual 08/09",
        ].map((name) => ({ name })),
        rows: [dataRow({ C: "TBC" }), dataRow({ B: "NI 155" })],
      });
    });
    const { labels: found, out } = await checkAndRate(path);
    // The Excel table starts at B2, so its baseline column is D.
    expect(found).toContain("baseline.placeholder@D3");
    const snap = snapshotFromWorkbook(await loadWorkbook(new Uint8Array(readFileSync(out))));
    expect(snap.sheets.find((s) => s.name === "Targets")?.tables.map((t) => t.name)).toEqual([
      "Targets",
    ]);
  });
});

/** An OLE2 compound-file header; with the UTF-16 stream name an encrypted .xlsx carries. */
function ole2(encrypted: boolean): Uint8Array {
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
  const name = encrypted ? [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]) : [];
  return new Uint8Array([...header, ...name, 0, 0, ...new Array<number>(512).fill(0)]);
}

describe("files that are not usable workbooks: exit 2, one sentence, nothing written, input unchanged", () => {
  let valid: Uint8Array;
  let docx: Uint8Array;
  beforeAll(async () => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    );
    zip.file("word/document.xml", "<w:document/>");
    docx = await zip.generateAsync({ type: "uint8array" });
    valid = await workbookToBuffer(await loadWorkbook(readFileSync(fixture("domain-layout.xlsx"))));
  });

  it.each<[string, () => Uint8Array, RegExp]>([
    ["a password-protected .xlsx", () => ole2(true), /password-protected/],
    ["a legacy .xls", () => ole2(false), /old-format \.xls/],
    [
      "a .csv renamed .xlsx",
      () => new TextEncoder().encode("Indicator,Baseline,08/09\nNI 154,560,600\n"),
      /not an Excel workbook/,
    ],
    [
      "a truncated zip (a real .xlsx cut in half)",
      () => valid.slice(0, Math.floor(valid.length / 2)),
      /damaged or incomplete/,
    ],
    [
      "an empty zip renamed .xlsx",
      () => new Uint8Array([0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)]),
      /not an Excel workbook/,
    ],
    ["a Word document renamed .xlsx", () => docx, /not an Excel workbook/],
    ["an empty file", () => new Uint8Array(0), /not an Excel workbook/],
    [
      "an HTML page saved as .xlsx",
      () =>
        new TextEncoder().encode(
          "<html><body><table><tr><td>NI 154</td></tr></table></body></html>"
        ),
      /not an Excel workbook/,
    ],
  ])("%s", async (_name, bytes, message) => {
    const dir = tmpDir();
    const path = join(dir, "targets.xlsx");
    writeFileSync(path, bytes());
    const hash = sha256(path);
    for (const args of [
      ["check", path],
      ["rag", path, "--out", join(dir, "rag.xlsx")],
      ["board", path, "--out", join(dir, "board.xlsx")],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expectOneSentence(r.stderr);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/targets\.xlsx/);
    }
    expect(sha256(path)).toBe(hash);
    expect(readdirSync(dir)).toEqual(["targets.xlsx"]);
    await expect(loadWorkbook(bytes())).rejects.toMatchObject({
      name: "HostError",
      code: "unreadable",
    });
  });
});

/** A plan that edits column I of the sheet "LAA" (what planRag makes for an unprotected copy). */
function ragPlanFor(snapshot: WorkbookSnapshot): WritePlan {
  const open = { ...snapshot, sheets: snapshot.sheets.map((s) => ({ ...s, protected: false })) };
  const run = runEngine(open);
  if (!run.rag.ok) throw new Error(run.rag.message);
  return run.rag.plan;
}

describe("a protected sheet is never written", () => {
  it("xlsx: the CLI refuses with one sentence and writes no file", async () => {
    const dir = tmpDir();
    const out = join(dir, "out.xlsx");
    const hash = sha256(fixture("protected-sheet.xlsx"));
    const r = await cli("rag", fixture("protected-sheet.xlsx"), "--out", out);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/protected/);
    expect(existsSync(out)).toBe(false);
    expect(sha256(fixture("protected-sheet.xlsx"))).toBe(hash);
  });

  it("xlsx: applyPlanToFile throws HostError('protected') and changes nothing", async () => {
    const book = readWorkbookBytes(readFileSync(fixture("protected-sheet.xlsx")));
    const plan = ragPlanFor(book.snapshot);
    const before = workbookBytes(book);
    expect(() => applyPlanToFile(book, plan)).toThrow(HostError);
    try {
      applyPlanToFile(book, plan);
    } catch (e) {
      expect(e).toMatchObject({ code: "protected" });
      expectSentence((e as Error).message);
    }
    expect(workbookBytes(book)).toEqual(before);
  });

  describe("add-in (ExcelHost, Office.js and the emulated Excel)", () => {
    let uninstall: () => void = () => undefined;
    afterEach(() => uninstall());

    function protectedHost(): { fake: FakeExcel; office: OfficeHost; host: ExcelHost } {
      const fake = new FakeExcel([
        { name: "LAA", rows: [...HEADER, dataRow(), dataRow({ B: "NI 155" })], protected: true },
      ]);
      const office = new OfficeHost(fake, WEB_1_13);
      uninstall = office.install();
      return { fake, office, host: new ExcelHost({ runOptions: office.runOptions }) };
    }

    it("the RAG plan says the sheet is protected, so the pane writes nothing", async () => {
      const { office, host } = protectedHost();
      const snapshot = await host.readSnapshot();
      const afterRead = office.requests.length;
      const run = runEngine(snapshot);
      expect(run.rag).toMatchObject({ ok: false, reason: "protected", sheet: "LAA" });
      if (!run.rag.ok) expectSentence(run.rag.message);
      expect(office.since(afterRead)).toEqual([]);
    });

    it("a plan for the protected sheet is refused before anything is written", async () => {
      const { fake, office, host } = protectedHost();
      const snapshot = await host.readSnapshot();
      const afterRead = office.requests.length;
      const cells = JSON.stringify([...fake.sheet("LAA").cells].map(([r, m]) => [r, [...m]]));
      const plan = ragPlanFor(snapshot);
      await expect(host.applyPlan(plan)).rejects.toMatchObject({
        name: "HostError",
        code: "protected",
      });
      // Refused from what was read: no request reaches Excel at all.
      expect(office.since(afterRead)).toEqual([]);
      expect(JSON.stringify([...fake.sheet("LAA").cells].map(([r, m]) => [r, [...m]]))).toBe(cells);
      expect([...fake.names.keys()]).toEqual([]);
    });
  });
});
