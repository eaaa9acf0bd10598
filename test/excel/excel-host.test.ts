import ExcelJS from "exceljs";
import {
  CellValue,
  EXCEL_ERRORS,
  HostError,
  NewSheet,
  OwnedArea,
  RangeRef,
  WritePlan,
} from "../../src/engine";
import { ExcelHost } from "../../src/excel";
import { loadWorkbook, workbookToBuffer } from "../../src/xlsx";
import { snapshotFromWorkbook } from "../helpers/exceljs-snapshot";
import { FakeExcel, FakeSheetSpec } from "../helpers/fake-excel";
import { HostProfile, OfficeHost, WEB_1_13, WEB_1_9 } from "../helpers/office-host/emulator";

const GRID: CellValue[][] = [
  ["Priority", "Indicator", "Baseline", "08/09", "Actual 08/09", "Lead partners"],
  ["Safer communities", "NI 16", 0.452, 0.5, 0.48, "Police; Council"],
  ["", "NI 154", "#N/A", true, "", "Council"],
  ["Housing", "NI 155", "TBC", 120, 118, ""],
];

/** The same sheets as ExcelJS cells, saved and reloaded. */
async function asExcelJs(
  specs: FakeSheetSpec[],
  names: Record<string, string>
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name, {
      state: spec.visibility === "Hidden" ? "hidden" : "visible",
    });
    const at = ws.getCell(spec.at ?? "A1");
    (spec.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === "") return;
        ws.getCell(Number(at.row) + i, Number(at.col) + j).value =
          typeof v === "string" && EXCEL_ERRORS.includes(v)
            ? { error: v as ExcelJS.CellErrorValue["error"] }
            : v;
      })
    );
    for (const [addr, fmt] of Object.entries(spec.formats ?? {})) ws.getCell(addr).numFmt = fmt;
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    if (spec.protected) await ws.protect("", {});
  }
  for (const [name, ref] of Object.entries(names)) wb.definedNames.add(ref, name);
  return loadWorkbook(await workbookToBuffer(wb));
}

const SPECS: FakeSheetSpec[] = [
  { name: "LAA", at: "B3", rows: GRID, formats: { D4: "0.0%", E4: "0%" }, merges: ["B4:B5"] },
  { name: "Notes", rows: [["private", 1]], visibility: "Hidden", protected: true },
  { name: "Empty" },
];
const OWNED_NAMES = {
  LAAMonitor_RAG_1: "'LAA'!$H$3:$H$6",
  LAAMonitor_Board_1: "'Board status 2010-06-30'!$A$1",
};

function fakeWith(specs = SPECS, names: Record<string, string> = OWNED_NAMES): FakeExcel {
  const fake = new FakeExcel(specs.map((s) => ({ ...s })));
  for (const [n, ref] of Object.entries(names)) fake.names.set(n, `=${ref}`);
  return fake;
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** The workbook behind Microsoft's library, and an ExcelHost whose runs go there. */
function open(
  fake: FakeExcel,
  profile: HostProfile = WEB_1_13,
  options: { payloadBudget?: number } = {}
): { office: OfficeHost; host: ExcelHost; fake: FakeExcel } {
  const office = new OfficeHost(fake, profile);
  uninstall = office.install();
  return { office, host: new ExcelHost({ ...options, runOptions: office.runOptions }), fake };
}

/** Every method called and property set in the requests sent since `from`. */
function callsSince(office: OfficeHost, from: number): string[] {
  return office.since(from).flatMap((r) => r.calls);
}

const SPLIT_STEPS = new Set(["Range.GetRow", "Range.GetBoundingRect"]);

/**
 * The adapter's own calls: the library splits an array of more than 1,500 cells into row blocks
 * (_ValidateArraySize, then getRow/getBoundingRect and one setter per block); that is counted once.
 */
function adapterCalls(calls: readonly string[]): string[] {
  const out: string[] = [];
  let splitting = false;
  for (const c of calls) {
    if (c === "Range._ValidateArraySize") {
      splitting = true;
      continue;
    }
    if (splitting && SPLIT_STEPS.has(c)) continue;
    else if (splitting && c.endsWith("=")) {
      if (out.at(-1) !== c) out.push(c);
      continue;
    } else splitting = false;
    out.push(c);
  }
  return out;
}

const COL: RangeRef = { top: 0, left: 7, bottom: 0, right: 7 };

/** A RAG plan over `rows` indicator rows: one block, one clear, three format groups of whole runs. */
function ragPlan(rows: number): WritePlan {
  const words = Array.from({ length: rows }, (_, i) => [
    i % 3 === 0 ? "Green ▲" : i % 3 === 1 ? "Amber ▶" : "Red ▼",
  ]);
  const third = Math.floor(rows / 3);
  const run = (from: number, to: number): RangeRef => ({
    top: from,
    left: 7,
    bottom: to,
    right: 7,
  });
  const range = { ...COL, bottom: rows };
  return {
    edits: [
      {
        sheet: "LAA",
        clear: [range],
        blocks: [{ top: 0, left: 7, values: [["RAG 2008/09"], ...words] }],
        formats: [
          { ranges: [run(1, third)], format: { fill: "#C6EFCE", fontColor: "#006100" } },
          {
            ranges: [run(third + 1, 2 * third)],
            format: { fill: "#FFE699", fontColor: "#5C4300" },
          },
          {
            ranges: [run(2 * third + 1, rows)],
            format: { fill: "#F4B6B6", fontColor: "#7A0000", bold: true },
          },
          {
            ranges: [run(0, 0)],
            format: { bold: true, border: "#808080", wrap: true, horizontal: "center" },
          },
        ],
        columnWidths: { 7: 14 },
      },
    ],
    newSheets: [],
    owned: [{ kind: "rag-column", sheet: "LAA", range }],
  };
}

function tableRows(rows: number): CellValue[][] {
  return [
    GRID[0]!,
    ...Array.from({ length: rows }, (_, i) => ["Housing", `NI ${i + 1}`, 100, 110, 108, "Council"]),
  ];
}

const FILLS = { green: "#C6EFCE", red: "#F4B6B6" } as const;

/**
 * What planRag writes for two status columns H and J (I is the user's) whose statuses alternate row by
 * row: the worst case for runs, one range per row per column.
 */
function alternatingPlan(rows: number): WritePlan {
  const cols = [7, 9];
  const word = (i: number) => (i % 2 ? "Red ▼" : "Green ▲");
  const runs = (parity: number) =>
    cols.flatMap((col) =>
      Array.from({ length: Math.ceil((rows - parity) / 2) }, (_, k) => {
        const row = 1 + parity + 2 * k;
        return { top: row, left: col, bottom: row, right: col };
      })
    );
  return {
    edits: [
      {
        sheet: "LAA",
        clear: [],
        blocks: cols.map((col) => ({
          top: 0,
          left: col,
          values: [["RAG"], ...Array.from({ length: rows }, (_, i) => [word(i)])],
        })),
        formats: [
          {
            ranges: cols.map((c) => ({ top: 0, left: c, bottom: 0, right: c })),
            format: { bold: true },
          },
          { ranges: runs(0), format: { fill: FILLS.green, fontColor: "#006100" } },
          { ranges: runs(1), format: { fill: FILLS.red, fontColor: "#7A0000" } },
        ],
      },
    ],
    newSheets: [],
    owned: cols.map((c) => ({
      kind: "rag-column" as const,
      sheet: "LAA",
      range: { top: 0, left: c, bottom: rows, right: c },
    })),
  };
}

function boardSheet(name: string, first: string): NewSheet {
  return {
    name,
    blocks: [
      { top: 0, left: 0, values: [[first], ["=SUM(A1)"]] },
      {
        top: 2,
        left: 0,
        values: [
          ["Ambition", "Green", "Amber", "Red"],
          ["Housing", 2, 1, 0],
        ],
      },
    ],
    formats: [
      {
        ranges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
        format: { bold: true, fontSize: 14, numberFormat: "@" },
      },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: { 0: 30 },
    rowHeights: { 3: 45 },
    freezeRows: 3,
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      repeatRows: { first: 2, last: 2 },
      footer: "As at 2010-06-30 &P of &N",
      paperSize: "A4",
    },
    chart: {
      type: "stacked-bar",
      title: "RAG by ambition",
      dataRange: { top: 2, left: 0, bottom: 3, right: 3 },
      anchor: { top: 5, left: 0, bottom: 20, right: 6 },
      seriesColors: ["#C6EFCE", "#FFE699", "#F4B6B6"],
    },
    activate: true,
  };
}

describe("ExcelHost.readSnapshot through Office.js", () => {
  it("gives the same snapshot as the ExcelJS adapter for the same grid, in two round trips", async () => {
    const { office, host } = open(fakeWith());
    const fromExcel = await host.readSnapshot();
    const fromFile = snapshotFromWorkbook(await asExcelJs(SPECS, OWNED_NAMES));
    expect(fromExcel).toEqual(fromFile);
    expect(fromExcel.owned).toEqual([
      { kind: "rag-column", sheet: "LAA", range: { top: 2, left: 7, bottom: 5, right: 7 } },
      { kind: "board-sheet", sheet: "Board status 2010-06-30" },
    ]);
    expect(office.requests).toHaveLength(2);
    expect(office.requests.every((r) => r.error === undefined)).toBe(true);
  });

  it("reads Excel tables with their ranges in the same two round trips", async () => {
    const { office, host } = open(
      fakeWith(
        [
          {
            name: "Data",
            at: "B2",
            rows: [
              ["Indicator", "Target"],
              ["NI 1", 5],
            ],
            tables: [{ name: "Targets", range: "B2:C3" }],
          },
        ],
        {}
      )
    );
    const snap = await host.readSnapshot();
    expect(snap.sheets[0]!.tables).toEqual([
      { name: "Targets", range: { top: 1, left: 1, bottom: 2, right: 2 } },
    ]);
    expect(office.requests).toHaveLength(2);
  });

  it("reads merged areas where ExcelApi 1.13 exists", async () => {
    const { office, host } = open(fakeWith(), WEB_1_13);
    const snap = await host.readSnapshot();
    expect(snap.sheets[0]!.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(callsSince(office, 0)).toContain("Range.GetMergedAreasOrNullObject");
  });

  it("still reads, without merges and without asking for them, where ExcelApi 1.13 is missing", async () => {
    const { office, host } = open(fakeWith(), WEB_1_9);
    const snap = await host.readSnapshot();
    expect(snap.sheets[0]!.merges).toEqual([]);
    expect(snap.sheets[0]!.areas[0]!.values).toEqual(GRID);
    expect(callsSince(office, 0)).not.toContain("Range.GetMergedAreasOrNullObject");
    expect(office.requests.every((r) => r.error === undefined)).toBe(true);
  });
});

describe("ExcelHost.applyPlan through Office.js", () => {
  it("applies a RAG plan in one round trip and records the owned column as a name", async () => {
    const { office, host, fake } = open(fakeWith([{ name: "LAA", rows: tableRows(6) }], {}));
    await host.readSnapshot();
    const before = office.requests.length;
    await host.applyPlan(ragPlan(6));
    expect(office.requests.length - before).toBe(1);
    const laa = fake.sheet("LAA");
    expect(laa.peek(0, 7)?.value).toBe("RAG 2008/09");
    expect(laa.peek(1, 7)).toMatchObject({
      value: "Green ▲",
      format: { fill: "#C6EFCE", fontColor: "#006100" },
    });
    expect(laa.peek(6, 7)).toMatchObject({ value: "Red ▼", format: { bold: true } });
    expect(laa.peek(0, 7)?.format).toMatchObject({
      "border.EdgeTop.style": "Continuous",
      horizontalAlignment: "Center",
    });
    expect(laa.columnWidths.get(7)).toBeCloseTo(77.25);
    expect(laa.peek(1, 2)?.value).toBe(100);
    expect(fake.names.get("LAAMonitor_RAG_1")).toBe("='LAA'!$H$1:$H$7");
    expect((await host.readSnapshot()).owned).toEqual(ragPlan(6).owned);
  });

  it("re-applying the same plan after a fresh read leaves the same workbook", async () => {
    const { host, fake } = open(fakeWith([{ name: "LAA", rows: tableRows(6) }], {}));
    await host.readSnapshot();
    await host.applyPlan(ragPlan(6));
    const once = JSON.stringify(fake.sheets.map((s) => [...s.cells]));
    const names = [...fake.names];
    await host.readSnapshot();
    await host.applyPlan(ragPlan(6));
    expect(JSON.stringify(fake.sheets.map((s) => [...s.cells]))).toBe(once);
    expect([...fake.names]).toEqual(names);
  });

  it("sends the same calls for 100 and 10,000 rows, in one round trip", async () => {
    const calls = async (rows: number) => {
      const { office, host } = open(fakeWith([{ name: "LAA", rows: tableRows(rows) }], {}));
      await host.readSnapshot();
      const from = office.requests.length;
      await host.applyPlan(ragPlan(rows));
      uninstall();
      return {
        calls: adapterCalls(callsSince(office, from)),
        trips: office.requests.length - from,
      };
    };
    const small = await calls(100);
    expect(small.trips).toBe(1);
    expect(await calls(10_000)).toEqual(small);
  });

  it("refuses a plan on a protected sheet before sending anything", async () => {
    const { office, host, fake } = open(
      fakeWith([{ name: "LAA", rows: tableRows(3), protected: true }], {})
    );
    await host.readSnapshot();
    const from = office.requests.length;
    await expect(host.applyPlan(ragPlan(3))).rejects.toMatchObject({
      code: "protected",
      name: "HostError",
    });
    expect(office.requests.length).toBe(from);
    expect(fake.sheet("LAA").peek(0, 7)).toBeUndefined();
  });

  it("turns Excel's AccessDenied into a HostError when a sheet was protected after the read, and keeps the old record", async () => {
    const { host, fake } = open(
      fakeWith([{ name: "LAA", rows: tableRows(3) }], { LAAMonitor_RAG_1: "'LAA'!$H$1:$H$4" })
    );
    await host.readSnapshot();
    fake.sheet("LAA").protected = true;
    const error = await host.applyPlan(ragPlan(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("access-denied");
    expect(fake.sheet("LAA").peek(0, 7)?.value ?? "").toBe("");
    expect([...fake.names.entries()]).toEqual([["LAAMonitor_RAG_1", "='LAA'!$H$1:$H$4"]]);
  });

  it("writes the whole plan when the user deleted an ownership name after the read", async () => {
    const { office, host, fake } = open(
      fakeWith([{ name: "LAA", rows: tableRows(3) }], { LAAMonitor_RAG_1: "'LAA'!$H$1:$H$4" })
    );
    await host.readSnapshot();
    fake.names.delete("LAAMonitor_RAG_1");
    await host.applyPlan(ragPlan(3));
    expect(office.requests.at(-1)?.error).toBeUndefined();
    expect(fake.sheet("LAA").peek(3, 7)?.value).toBe("Red ▼");
    expect([...fake.names.entries()]).toEqual([["LAAMonitor_RAG_1", "='LAA'!$H$1:$H$4"]]);
  });

  it("reads first when no snapshot was taken (2 + 1 round trips)", async () => {
    const { office, host } = open(fakeWith([{ name: "LAA", rows: tableRows(3) }], {}));
    await host.applyPlan(ragPlan(3));
    expect(office.requests).toHaveLength(3);
  });

  it("splits values into row chunks, one round trip each, only above the payload budget", async () => {
    const { office, host, fake } = open(
      fakeWith([{ name: "LAA", rows: tableRows(2000) }], {}),
      WEB_1_13,
      { payloadBudget: 10_000 }
    );
    office.requestLimit = 40_000;
    await host.readSnapshot();
    const from = office.requests.length;
    await host.applyPlan(ragPlan(2000));
    const trips = office.since(from);
    expect(trips.length).toBeGreaterThan(2);
    expect(trips.every((t) => t.error === undefined && t.requestBytes <= 40_000)).toBe(true);
    const laa = fake.sheet("LAA");
    for (let r = 1; r <= 2000; r++) {
      expect(laa.peek(r, 7)?.value).toMatch(/^(Green|Amber|Red)/);
      expect(laa.peek(r, 7)?.format.fill).toMatch(/^#/);
    }
  });
});

/** Applies the alternating plan to a fresh table of `rows` rows; the calls and round trips it took. */
async function applyAlternating(rows: number, options: { payloadBudget?: number } = {}) {
  const table = tableRows(rows).map((r, i) => [...r, "", "", i ? "my note" : "Notes"]);
  const { office, host, fake } = open(
    fakeWith([{ name: "LAA", rows: table }], {}),
    WEB_1_13,
    options
  );
  fake.sheet("LAA").cell(1, 8).format.fill = "#FFFF00";
  // Reading a 100,000-row sheet is the read path's concern (tested on its own): here only the writes are.
  const limit = office.responseLimit;
  office.responseLimit = undefined;
  await host.readSnapshot();
  office.responseLimit = limit;
  const from = office.requests.length;
  await host.applyPlan(alternatingPlan(rows));
  uninstall();
  return { fake, trips: office.since(from), calls: adapterCalls(callsSince(office, from)) };
}

describe("ExcelHost.applyPlan: formats as one setCellProperties block per sheet", () => {
  it("sends the same calls for 100 and 10,000 alternating rows, in one round trip", async () => {
    const small = await applyAlternating(100);
    expect(small.trips).toHaveLength(1);
    expect(small.calls.filter((k) => k === "Range.SetCellProperties")).toHaveLength(1);
    expect(small.calls.some((k) => /^Range(Fill|Font)\./.test(k))).toBe(false);
    expect((await applyAlternating(10_000)).calls).toEqual(small.calls);
  });

  it("puts each status's format on its own cells and leaves the user's column between alone", async () => {
    const { fake } = await applyAlternating(40);
    const laa = fake.sheet("LAA");
    for (let r = 1; r <= 40; r++) {
      for (const col of [7, 9]) {
        const fill = r % 2 ? FILLS.green : FILLS.red;
        expect(laa.peek(r, col)).toMatchObject({
          value: r % 2 ? "Green ▲" : "Red ▼",
          format: { fill },
        });
      }
      expect(laa.peek(r, 8)).toMatchObject({ value: "my note" });
      expect(laa.peek(r, 8)?.format).toEqual(r === 1 ? { fill: "#FFFF00" } : {});
    }
    expect(laa.peek(0, 7)?.format).toEqual({ bold: true });
    expect(laa.peek(0, 8)).toMatchObject({ value: "Notes", format: {} });
  });

  it("formats group by group through getRanges when the rectangle would be mostly empty", async () => {
    const { office, host, fake } = open(fakeWith([{ name: "LAA", rows: tableRows(3) }], {}));
    await host.readSnapshot();
    const from = office.requests.length;
    const far = { top: 20_000, left: 25, bottom: 20_000, right: 25 };
    await host.applyPlan({
      edits: [
        {
          sheet: "LAA",
          clear: [],
          blocks: [],
          formats: [
            { ranges: [COL], format: { fill: FILLS.green } },
            { ranges: [far], format: { fill: FILLS.red, numberFormat: "0%" } },
          ],
        },
      ],
      newSheets: [],
      owned: [],
    });
    const calls = callsSince(office, from);
    expect(calls).not.toContain("Range.SetCellProperties");
    expect(calls.filter((c) => c.startsWith("Worksheet.GetRanges"))).toHaveLength(2);
    const laa = fake.sheet("LAA");
    expect(laa.peek(0, 7)?.format).toEqual({ fill: FILLS.green });
    expect(laa.peek(20_000, 25)).toMatchObject({ numberFormat: "0%", format: { fill: FILLS.red } });
    expect(laa.peek(10_000, 20)).toBeUndefined();
  });

  it("keeps every request under Excel on the web's 5 MB at 100,000 rows, one round trip per chunk", async () => {
    const base = await applyAlternating(100);
    const { fake, trips, calls } = await applyAlternating(100_000);
    expect(trips.length).toBeGreaterThan(1);
    expect(trips.every((t) => t.error === undefined && t.requestBytes <= 5_000_000)).toBe(true);
    // Each chunk boundary splits one piece in two: one more call per extra request, never per row.
    expect(calls.length).toBeLessThanOrEqual(base.calls.length + 2 * (trips.length - 1));
    const laa = fake.sheet("LAA");
    for (const r of [1, 2, 49_999, 50_000, 99_999, 100_000])
      expect(laa.peek(r, 9)?.format.fill).toBe(r % 2 ? FILLS.green : FILLS.red);
  }, 60_000);
});

describe("ExcelHost: strings are always text", () => {
  const hostile = [
    "=1+1",
    "+44",
    "-5",
    "@x",
    "'quoted",
    "08/09",
    "TRUE",
    "45%",
    "1,234",
    "#N/A",
    "Salford City Council*",
  ];

  it("writes hostile strings so that Excel keeps them exactly as text", async () => {
    const { host, fake } = open(fakeWith([{ name: "LAA", rows: tableRows(2) }], {}));
    await host.readSnapshot();
    await host.applyPlan({
      edits: [
        {
          sheet: "LAA",
          clear: [],
          blocks: [{ top: 5, left: 0, values: [hostile, [12.5, null, ...hostile.slice(2)]] }],
          formats: [],
        },
      ],
      newSheets: [],
      owned: [],
    });
    const laa = fake.sheet("LAA");
    hostile.forEach((s, j) => {
      expect(laa.peek(5, j)?.value).toBe(s);
      expect(laa.peek(5, j)?.formula).toBeUndefined();
    });
    expect(laa.peek(6, 0)?.value).toBe(12.5);
  });
});

describe("ExcelHost: board sheets through Office.js", () => {
  const NAME = "Board status 2010-06-30";
  const OWNED: OwnedArea[] = [{ kind: "board-sheet", sheet: NAME }];

  it("creates, lays out and charts the sheet in one round trip, then replaces only its own sheet", async () => {
    const { office, host, fake } = open(fakeWith([{ name: "LAA", rows: tableRows(2) }], {}));
    await host.readSnapshot();
    const from = office.requests.length;
    await host.applyPlan({ edits: [], newSheets: [boardSheet(NAME, "first")], owned: OWNED });
    expect(office.requests.length - from).toBe(1);
    const board = fake.sheet(NAME);
    expect(board.peek(1, 0)).toMatchObject({ value: "=SUM(A1)" });
    expect(board.peek(1, 0)?.formula).toBeUndefined();
    expect(board.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(board.frozenRows).toBe(3);
    expect(board.rowHeights.get(3)).toBe(45);
    expect(board.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      paperSize: "A4",
      printTitleRows: "$3:$3",
      centerFooter: "As at 2010-06-30 &P of &N",
    });
    expect(board.peek(0, 3)?.numberFormat).toBe("@");
    expect(board.peek(0, 3)?.format).toMatchObject({ bold: true, fontSize: 14 });
    // One matrix of properties and one of number formats, whatever the size of the board.
    const formatCalls = callsSince(office, from).filter((c) =>
      /SetCellProperties|NumberFormat|Range(Fill|Font)/.test(c)
    );
    expect(formatCalls).toEqual(["Range.SetCellProperties", "Range.NumberFormat="]);
    expect(fake.activeSheet).toBe(NAME);
    expect(fake.names.get("LAAMonitor_Board_1")).toBe(`='${NAME}'!$A$1`);

    // A second run (after a fresh read, as the task pane does) replaces the add-in's own sheet.
    await host.readSnapshot();
    await host.applyPlan({ edits: [], newSheets: [boardSheet(NAME, "second")], owned: OWNED });
    expect(fake.sheets.map((s) => s.name)).toEqual(["LAA", NAME]);
    expect(fake.sheet(NAME).peek(0, 0)?.value).toBe("second");
    expect([...fake.names.keys()]).toEqual(["LAAMonitor_Board_1"]);
  });

  it("adds the chart after its data is written, so Excel takes series and labels from the values", async () => {
    const { host, fake } = open(fakeWith([{ name: "LAA", rows: tableRows(2) }], {}));
    await host.readSnapshot();
    await host.applyPlan({ edits: [], newSheets: [boardSheet(NAME, "first")], owned: OWNED });
    expect(fake.sheet(NAME).charts).toEqual([
      {
        type: "BarStacked",
        data: "A3:D4",
        seriesBy: "Columns",
        seriesNames: ["Green", "Amber", "Red"],
        categories: ["Housing"],
        title: "RAG by ambition",
        position: "A6:G21",
        colors: ["#C6EFCE", "#FFE699", "#F4B6B6"],
      },
    ]);
  });

  it("sets only documented page-zoom values (whole pages wide, no page count of 0)", async () => {
    const { office, host } = open(fakeWith([{ name: "LAA", rows: tableRows(2) }], {}));
    await host.readSnapshot();
    await host.applyPlan({ edits: [], newSheets: [boardSheet(NAME, "first")], owned: OWNED });
    expect(office.requests.at(-1)?.error).toBeUndefined();
  });

  it("counts row heights in the request size, so a tall board stays under 5 MB a request", async () => {
    const { office, host, fake } = open(fakeWith([{ name: "LAA", rows: tableRows(2) }], {}));
    await host.readSnapshot();
    // About 3.5 MB of values (under the 4 MB budget) and 3,000 row-height calls (about 1.8 MB).
    const rows = 3_000;
    const text = "x".repeat(1_150);
    // Alternate heights: no two neighbouring rows share one, the worst case for the row-height calls.
    const rowHeights = Object.fromEntries(
      Array.from({ length: rows }, (_, i) => [i, i % 2 ? 30 : 45])
    );
    const tall: NewSheet = {
      ...boardSheet(NAME, "first"),
      blocks: [
        { top: 0, left: 0, values: Array.from({ length: rows }, (_, i) => [`${i} ${text}`]) },
      ],
      formats: [],
      merges: [],
      rowHeights,
      chart: undefined,
    };
    const from = office.requests.length;
    await host.applyPlan({ edits: [], newSheets: [tall], owned: OWNED });
    const trips = office.since(from);
    expect(trips.every((t) => t.error === undefined && t.requestBytes <= 5_000_000)).toBe(true);
    const board = fake.sheet(NAME);
    expect(board.peek(rows - 1, 0)?.value).toBe(`${rows - 1} ${text}`);
    expect(board.rowHeights.get(rows - 1)).toBe(30);
  }, 30_000);

  it("refuses to replace a user's sheet of the same name", async () => {
    const { office, host, fake } = open(
      fakeWith(
        [
          { name: "LAA", rows: tableRows(2) },
          { name: NAME, rows: [["my notes"]] },
        ],
        {}
      )
    );
    await host.readSnapshot();
    const from = office.requests.length;
    await expect(
      host.applyPlan({ edits: [], newSheets: [boardSheet(NAME, "x")], owned: OWNED })
    ).rejects.toMatchObject({ code: "in-the-way" });
    expect(office.requests.length).toBe(from);
    expect(fake.sheet(NAME).peek(0, 0)?.value).toBe("my notes");
  });
});

describe("ExcelHost.selectCell through Office.js", () => {
  it("activates the sheet and selects the cell in one round trip", async () => {
    const { office, host, fake } = open(fakeWith());
    await host.selectCell("LAA", "D5");
    expect(office.requests).toHaveLength(1);
    expect(fake.activeSheet).toBe("LAA");
    expect(fake.selection).toEqual({ sheet: "LAA", address: "D5" });
  });

  it("reports a sheet that is gone in a plain sentence", async () => {
    const { host } = open(fakeWith());
    await expect(host.selectCell("Gone", "A1")).rejects.toMatchObject({ code: "not-found" });
  });

  it("says the sheet is hidden when the cell is on a hidden sheet", async () => {
    const { host, fake } = open(fakeWith());
    await host.readSnapshot();
    const error = await host.selectCell("Notes", "A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/'Notes' is hidden/);
    expect(fake.selection).toBeUndefined();
  });

  it("says the sheet is hidden when it was hidden after the read", async () => {
    const { host, fake } = open(fakeWith());
    await host.readSnapshot();
    fake.sheet("LAA").visibility = "Hidden";
    await expect(host.selectCell("LAA", "A1")).rejects.toMatchObject({
      message: expect.stringMatching(/'LAA' is hidden/),
    });
  });
});
