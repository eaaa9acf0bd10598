import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  CellValue,
  HostError,
  NewSheet,
  OwnedArea,
  SheetSnapshot,
  WritePlan,
  sheetCell,
} from "../../src/engine";
import {
  ReadWorkbook,
  applyPlanToFile,
  loadWorkbook,
  readWorkbookBytes,
  workbookBytes,
  workbookToBuffer,
} from "../../src/xlsx";
import { snapshotFromWorkbook } from "../helpers/exceljs-snapshot";
import { targetWorkbook } from "./workbooks";

const RAG_RANGE = { top: 0, left: 7, bottom: 5, right: 7 };
const RAG_OWNED: OwnedArea = { kind: "rag-column", sheet: "LAA", range: RAG_RANGE };

/** The RAG edit a planner would make: header, words, one format group per status. */
function ragPlan(extraOwned: OwnedArea[] = []): WritePlan {
  return {
    edits: [
      {
        sheet: "LAA",
        clear: [RAG_RANGE],
        blocks: [
          {
            top: 0,
            left: 7,
            values: [["RAG 2008/09"], ["Red ▼"], ["Green ▲"], ["Green ▲"], ["Amber ▶"], [null]],
          },
        ],
        formats: [
          {
            ranges: [{ top: 2, left: 7, bottom: 3, right: 7 }],
            format: { fill: "#C6EFCE", fontColor: "#006100" },
          },
          {
            ranges: [{ top: 1, left: 7, bottom: 1, right: 7 }],
            format: { fill: "#F4B6B6", bold: true, border: "#808080" },
          },
        ],
        columnWidths: { 7: 14 },
      },
    ],
    newSheets: [],
    owned: [RAG_OWNED, ...extraOwned],
  };
}

function boardSheet(
  name: string,
  values: (string | number | null)[][] = [["Board status"]]
): NewSheet {
  return {
    name,
    blocks: [{ top: 0, left: 0, values }],
    formats: [
      {
        ranges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        format: { bold: true, fontSize: 14, wrap: true, horizontal: "center" },
      },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: { 0: 30, 1: 12 },
    rowHeights: { 4: 45 },
    freezeRows: 3,
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      repeatRows: { first: 2, last: 2 },
      footer: "As at 2010-06-30 &P of &N",
      paperSize: "A4",
    },
    dataBars: [{ range: { top: 3, left: 1, bottom: 5, right: 1 }, color: "#4472C4" }],
    chart: {
      type: "stacked-bar",
      title: "RAG",
      dataRange: { top: 2, left: 0, bottom: 5, right: 3 },
      anchor: { top: 8, left: 0, bottom: 20, right: 6 },
      seriesColors: ["#C6EFCE"],
    },
    activate: true,
  };
}

/** The workbook as a file, read by the adapter. */
async function fileOf(wb: ExcelJS.Workbook): Promise<ReadWorkbook> {
  return readWorkbookBytes(await workbookToBuffer(wb));
}

/** Applies the plans with the patching writer, then reads the written bytes back with ExcelJS. */
async function patched(wb: ExcelJS.Workbook, ...plans: WritePlan[]): Promise<ExcelJS.Workbook> {
  let book = await fileOf(wb);
  for (const plan of plans) book = applyPlanToFile(book, plan);
  return loadWorkbook(workbookBytes(book));
}

/** Every cell of a sheet as [address, value, numFmt, fill] for before/after comparisons. */
function cells(ws: ExcelJS.Worksheet, skipCol?: number): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      if (Number(c.col) === skipCol) return;
      out.push(JSON.stringify([c.address, c.value, c.numFmt ?? null, c.fill ?? null]));
    })
  );
  return out;
}

describe("applyPlanToFile: RAG edits", () => {
  it("writes values, formats and widths, records ownership, and keeps every other cell (values, formulas, formats)", async () => {
    const wb = targetWorkbook();
    const before = cells(wb.getWorksheet("LAA")!);
    const back = await patched(wb, ragPlan());
    const ws = back.getWorksheet("LAA")!;
    expect(ws.getCell("H1").value).toBe("RAG 2008/09");
    expect(ws.getCell("H2").value).toBe("Red ▼");
    expect(ws.getCell("H3").fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(ws.getCell("H3").font).toMatchObject({ color: { argb: "FF006100" } });
    expect(ws.getCell("H2").font).toMatchObject({ bold: true });
    expect(ws.getCell("H2").border).toMatchObject({
      top: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getColumn(8).width).toBe(14);
    // The formula and the fill of untouched cells survive the round trip.
    expect(ws.getCell("G2").value).toEqual({ formula: "C2+D2", result: 210 });
    expect(cells(ws, 8)).toEqual(before.filter((c) => !c.startsWith('["H')));
    expect(snapshotFromWorkbook(back).owned).toEqual([RAG_OWNED]);
  });

  it("is idempotent: applying the same plan twice gives the same cells as once", async () => {
    const once = applyPlanToFile(await fileOf(targetWorkbook()), ragPlan());
    const twice = applyPlanToFile(
      applyPlanToFile(await fileOf(targetWorkbook()), ragPlan()),
      ragPlan()
    );
    expect(twice.snapshot).toEqual(once.snapshot);
    // Not a byte more: the second run finds the cell formats the first appended and reuses them.
    expect(workbookBytes(twice)).toEqual(workbookBytes(once));
  });

  it("clears the add-in's old cells (value and style) before writing", async () => {
    const plan = ragPlan();
    const back = await patched(targetWorkbook(), plan, {
      ...plan,
      edits: [{ ...plan.edits[0]!, blocks: [], formats: [] }],
    });
    const ws = back.getWorksheet("LAA")!;
    expect(ws.getCell("H2").value).toBeNull();
    expect(ws.getCell("H3").fill).toBeUndefined();
  });

  it("refuses an edit on a protected sheet and changes nothing", async () => {
    const wb = targetWorkbook();
    await wb.getWorksheet("LAA")!.protect("", {});
    const book = await fileOf(wb);
    const before = workbookBytes(book);
    const plan: WritePlan = { ...ragPlan(), newSheets: [boardSheet("Board status 2010-06-30")] };
    let error: unknown;
    try {
      applyPlanToFile(book, plan);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("protected");
    expect((error as HostError).message).toContain("'LAA'");
    expect(workbookBytes(book)).toEqual(before);
  });

  it("refuses to write over an empty cell the user formatted, naming it, and changes nothing", async () => {
    const wb = targetWorkbook();
    wb.getWorksheet("LAA")!.getCell("H3").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFF2CC" },
    };
    const book = await fileOf(wb);
    const before = workbookBytes(book);
    // A first run: nothing is owned yet, so nothing is cleared.
    const plan = ragPlan();
    const first = { ...plan, edits: [{ ...plan.edits[0]!, clear: [] }] };
    expect(() => applyPlanToFile(book, first)).toThrow(
      expect.objectContaining({
        code: "in-the-way",
        message: expect.stringMatching(/^Cell H3 on 'LAA'/),
      })
    );
    expect(workbookBytes(book)).toEqual(before);
  });

  it("refuses an edit on a sheet that is gone", async () => {
    const plan = ragPlan();
    const book = await fileOf(targetWorkbook());
    expect(() =>
      applyPlanToFile(book, {
        ...plan,
        edits: [{ ...plan.edits[0]!, sheet: "Gone" }],
      })
    ).toThrow(expect.objectContaining({ code: "not-found" }));
  });
});

describe("applyPlanToFile: strings are always text", () => {
  const hostile = ["=1+1", "+44", "-5", "@x", '=HYPERLINK("http://evil")', "08/09", "#N/A", "TRUE"];

  it("round-trips hostile strings as strings, and the saved XML has no <f> for them", async () => {
    const wb = targetWorkbook(1);
    const plan: WritePlan = {
      edits: [
        { sheet: "LAA", clear: [], blocks: [{ top: 5, left: 0, values: [hostile] }], formats: [] },
      ],
      newSheets: [{ ...boardSheet("Board"), blocks: [{ top: 3, left: 0, values: [hostile] }] }],
      owned: [{ kind: "board-sheet", sheet: "Board" }],
    };
    const bytes = workbookBytes(applyPlanToFile(await fileOf(wb), plan));
    const back = snapshotFromWorkbook(await loadWorkbook(bytes));
    const laa = back.sheets.find((s) => s.name === "LAA")!;
    const board = back.sheets.find((s) => s.name === "Board")!;
    const row = (s: SheetSnapshot, r: number): CellValue[] =>
      hostile.map((_, c) => sheetCell(s, r, c));
    expect(row(laa, 5)).toEqual(hostile);
    expect(row(board, 3)).toEqual(hostile);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string"))
    );
    const formulas = sheetXml.flatMap((xml) => xml.match(/<f>[^<]*<\/f>/g) ?? []);
    // The only formulas are the user's own Total column (G2), never a written string.
    expect(formulas).toEqual(["<f>C2+D2</f>"]);
  });
});

describe("applyPlanToFile: board sheets", () => {
  it("creates the sheet with merges, widths, frozen rows, print settings, its chart, and records it", async () => {
    const wb = targetWorkbook();
    const name = "Board status 2010-06-30";
    const plan: WritePlan = {
      edits: [],
      newSheets: [boardSheet(name)],
      owned: [{ kind: "board-sheet", sheet: name }],
    };
    const bytes = workbookBytes(applyPlanToFile(await fileOf(wb), plan));
    const back = await loadWorkbook(bytes);
    const ws = back.getWorksheet(name)!;
    expect(ws.getCell("A1").value).toBe("Board status");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A1").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
    expect(snapshotFromWorkbook(back).sheets[1]!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
    ]);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getRow(5).height).toBe(45);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: "3:3",
    });
    expect(ws.headerFooter.oddFooter).toBe("&CAs at 2010-06-30 &P of &N");
    // A real chart (a file can have one now), so the data bars, its stand-in, are not written.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(xml).not.toMatch(/dataBar/);
    expect(xml).toMatch(/<drawing r:id="rId\d+"\/>/);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain("<c:f>'Board status 2010-06-30'!$B$3:$B$3</c:f>");
    expect(chart).toContain('<a:srgbClr val="C6EFCE"/>');
    expect(snapshotFromWorkbook(back).owned).toEqual([{ kind: "board-sheet", sheet: name }]);
  });

  it("replaces its own sheet of the same name, in place, without touching the others", async () => {
    const wb = targetWorkbook();
    wb.addWorksheet("After");
    const name = "Board status 2010-06-30";
    const owned: OwnedArea[] = [{ kind: "board-sheet", sheet: name }];
    const back = await patched(
      wb,
      { edits: [], newSheets: [boardSheet(name, [["first run"]])], owned },
      { edits: [], newSheets: [boardSheet(name, [["second run"]])], owned }
    );
    expect(back.worksheets.map((w) => w.name)).toEqual(["LAA", "After", name]);
    expect(back.getWorksheet(name)!.getCell("A1").value).toBe("second run");
    expect(snapshotFromWorkbook(back).owned).toEqual(owned);
  });

  it("refuses to replace a user's sheet of the same name (any case) and changes nothing", async () => {
    const wb = targetWorkbook();
    wb.addWorksheet("Board Status 2010-06-30").getCell("A1").value = "my notes";
    const book = await fileOf(wb);
    const before = workbookBytes(book);
    const name = "Board status 2010-06-30";
    expect(() =>
      applyPlanToFile(book, {
        ...ragPlan([{ kind: "board-sheet", sheet: name }]),
        newSheets: [boardSheet(name)],
      })
    ).toThrow(expect.objectContaining({ code: "in-the-way" }));
    expect(workbookBytes(book)).toEqual(before);
  });

  it("keeps the user's own defined names when rewriting the record", async () => {
    const wb = targetWorkbook();
    wb.definedNames.add("LAA!$B$2:$B$6", "Indicators");
    const back = await patched(wb, ragPlan(), { edits: [], newSheets: [], owned: [] });
    expect(back.definedNames.model.map((d) => d.name)).toEqual(["Indicators"]);
    expect(snapshotFromWorkbook(back).owned).toEqual([]);
  });
});

describe("applyPlanToFile: taking the add-in's output back out", () => {
  const name = "Board status 2010-06-30";

  /** LAA with RAG and a board written by the add-in, then a user's sheet after the board, active. */
  async function writtenThenUserSheet(): Promise<ReadWorkbook> {
    const owned: OwnedArea[] = [RAG_OWNED, { kind: "board-sheet", sheet: name }];
    const written = await patched(targetWorkbook(), {
      ...ragPlan(),
      newSheets: [boardSheet(name)],
      owned,
    });
    const after = written.addWorksheet("After");
    after.getCell("A1").value = "my heading";
    after.pageSetup.printTitlesRow = "1:1";
    written.views = [{ activeTab: 2 } as ExcelJS.WorkbookView];
    const book = readWorkbookBytes(await workbookToBuffer(written));
    expect(book.snapshot.owned).toEqual(owned);
    return book;
  }

  it("deletes its own board sheet with its chart, and the sheets after it keep their names and views", async () => {
    const book = await writtenThenUserSheet();
    const plan: WritePlan = { edits: [], newSheets: [], deleteSheets: [name], owned: [] };
    const bytes = workbookBytes(applyPlanToFile(book, plan));
    const back = await loadWorkbook(bytes);
    expect(back.worksheets.map((w) => w.name)).toEqual(["LAA", "After"]);
    // The user's print titles were scoped to the third sheet; they follow it to the second.
    expect(back.getWorksheet("After")!.pageSetup.printTitlesRow).toBe("1:1");
    expect(back.views[0]?.activeTab).toBe(1);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /chart|drawing/.test(f))).toEqual([]);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).not.toMatch(/chart|drawing/);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const sheetParts = rels.match(/worksheets\/sheet\d+\.xml/g) ?? [];
    expect(sheetParts).toHaveLength(2);
    expect(sheetParts.every((p) => zip.file(`xl/${p}`) !== null)).toBe(true);
  });

  it("refuses to delete a sheet it did not make and changes nothing", async () => {
    const book = await fileOf(targetWorkbook());
    const before = workbookBytes(book);
    expect(() =>
      applyPlanToFile(book, { edits: [], newSheets: [], deleteSheets: ["LAA"], owned: [] })
    ).toThrow(
      expect.objectContaining({ code: "in-the-way", message: expect.stringContaining("'LAA'") })
    );
    expect(workbookBytes(book)).toEqual(before);
  });

  it("gives a status column back the sheet's standard width, and the cells are as before", async () => {
    const wb = targetWorkbook();
    const before = cells(wb.getWorksheet("LAA")!);
    const back = await patched(wb, ragPlan(), {
      edits: [{ sheet: "LAA", clear: [RAG_RANGE], blocks: [], formats: [], standardWidths: [7] }],
      newSheets: [],
      owned: [],
    });
    const ws = back.getWorksheet("LAA")!;
    expect(ws.getColumn(8).width).toBeUndefined();
    expect(cells(ws)).toEqual(before);
  });
});

describe("applyPlanToFile: typed writes (the demo's Change a cell)", () => {
  it("keeps the cell's own format, and a formatted empty cell is no obstacle", async () => {
    const wb = targetWorkbook();
    const ws0 = wb.getWorksheet("LAA")!;
    ws0.getCell("C2").numFmt = "0.0%";
    ws0.getCell("H3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    const plan: WritePlan = {
      edits: [
        {
          sheet: "LAA",
          clear: [],
          blocks: [
            { top: 1, left: 2, values: [[0.25]] },
            { top: 2, left: 7, values: [["=typed"]] },
          ],
          formats: [],
        },
      ],
      newSheets: [],
      owned: [],
    };
    const book = await fileOf(wb);
    expect(() => applyPlanToFile(book, plan)).toThrow(
      expect.objectContaining({ code: "in-the-way" })
    );
    const back = await loadWorkbook(workbookBytes(applyPlanToFile(book, plan, { typed: true })));
    const ws = back.getWorksheet("LAA")!;
    expect(ws.getCell("C2").value).toBe(0.25);
    expect(ws.getCell("C2").numFmt).toBe("0.0%");
    expect(ws.getCell("C2").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("H3").value).toBe("=typed");
    expect(ws.getCell("H3").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  });
});
