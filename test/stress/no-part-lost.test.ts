/**
 * Files keep everything (issue 29, point 4). For every workbook of test/corpus/ (charts, pivots,
 * slicers, sparklines, Power Query, external links, page breaks, header logo, macros and a form
 * button, threaded comments and notes, a sensitivity label, every kind of defined name, a table with
 * a calculated column, drop-downs, 1904 dates, openpyxl's notes, a non-standard part name), every
 * example and every fixture: `rag --out` and `board --out` keep every part the add-in does not own
 * byte for byte, change owned parts only where the plan says, and the outputs open in LibreOffice.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { CONFIG, ROOT, cli, expectOneSentence } from "../cli/run-cli";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { Parts, partDifferences, readParts } from "./package-parts";

const CORPUS = join(ROOT, "test/corpus");
const WORKBOOKS = [
  ...readdirSync(CORPUS).map((f) => join(CORPUS, f)),
  ...["examples", "test/fixtures"].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.xls[xm]$/.test(f))
      .map((f) => join(ROOT, dir, f))
  ),
].sort();

const AS_AT = ["--as-at", "2010-06-30"];
const dir = tempDir("laa-parts-");
const written: string[] = [];
afterAll(removeTempDirs);

async function parts(path: string): Promise<Parts> {
  return readParts(readFileSync(path));
}

function configFor(file: string): string[] {
  return file.includes("/examples/") || file.includes("/test/corpus/") ? ["--config", CONFIG] : [];
}

describe.each(WORKBOOKS.map((f) => [basename(f), f]))("%s", (name, file) => {
  it("rag --out keeps every part it does not own and changes its own only in its cells", async () => {
    const out = join(dir, `rag-${name}`);
    const r = await cli("rag", file, "--out", out, "--json", ...AS_AT, ...configFor(file));
    if (!existsSync(out)) {
      // Nothing written: there is nothing to rate, the sheet is protected, or a cell is in the way.
      expect(r.code === 2 || /"out"/.test(r.stdout) === false).toBe(true);
      return;
    }
    written.push(out);
    const doc = JSON.parse(r.stdout) as { files: { rag: { sheet: string; cell?: string }[] }[] };
    const edited = new Set((doc.files[0]?.rag ?? []).filter((x) => x.cell).map((x) => x.sheet));
    expect(edited.size).toBeGreaterThan(0);
    expect(partDifferences(await parts(file), await parts(out), edited)).toEqual([]);
  });

  it("board --out keeps every part and adds only the board's", async () => {
    const out = join(dir, `board-${name}`);
    await cli("board", file, "--out", out, ...AS_AT, ...configFor(file));
    if (!existsSync(out)) return;
    written.push(out);
    const before = await parts(file);
    const after = await parts(out);
    expect(partDifferences(before, after, new Set())).toEqual([]);
    const added = after.names.filter((n) => !before.names.includes(n));
    for (const n of added)
      expect(n).toMatch(
        /^xl\/(worksheets|drawings|charts)\/(_rels\/)?(sheet|drawing|chart)\d+\.xml(\.rels)?$/
      );
  });
});

describe("what the corpus is for", () => {
  const corpus = (f: string) => join(CORPUS, f);

  it("an .xlsm stays macro-enabled: its VBA project, form button and content type are kept", async () => {
    const out = join(dir, "again-macros.xlsm");
    expect((await cli("rag", corpus("macros.xlsm"), "--out", out, ...AS_AT)).code).toBe(0);
    const [a, b] = [await parts(corpus("macros.xlsm")), await parts(out)];
    for (const p of [
      "xl/vbaProject.bin",
      "xl/ctrlProps/ctrlProp1.xml",
      "xl/drawings/vmlDrawing1.vml",
    ])
      expect(b.bytes(p)).toEqual(a.bytes(p));
    expect(b.text("[Content_Types].xml")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
  });

  it("an .xlsm cannot be written as .xlsx (Excel would refuse it), nor an .xlsx as .xlsm", async () => {
    const r = await cli("rag", corpus("macros.xlsm"), "--out", join(dir, "m.xlsx"), ...AS_AT);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/must end in \.xlsm/);
    expect(existsSync(join(dir, "m.xlsx"))).toBe(false);
    const s = await cli("rag", corpus("comments.xlsx"), "--out", join(dir, "c.xlsm"), ...AS_AT);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/must end in \.xlsx/);
  });

  it("the sensitivity label, custom properties and customXml are identical", async () => {
    const out = join(dir, "again-labelled.xlsx");
    expect(
      (await cli("rag", corpus("labelled-and-locked.xlsx"), "--out", out, ...AS_AT)).code
    ).toBe(0);
    const [a, b] = [await parts(corpus("labelled-and-locked.xlsx")), await parts(out)];
    for (const p of ["docProps/custom.xml", "docMetadata/LabelInfo.xml", "customXml/item1.xml"])
      expect(b.bytes(p)).toEqual(a.bytes(p));
    expect(b.text("docProps/custom.xml")).toContain("OFFICIAL-SENSITIVE");
    expect(b.text("xl/workbook.xml")).toContain('lockStructure="1"');
  });

  it("a structure-locked workbook gets no new sheet: exit 2, one sentence, nothing written", async () => {
    const out = join(dir, "locked-board.xlsx");
    const r = await cli("board", corpus("labelled-and-locked.xlsx"), "--out", out, ...AS_AT);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/structure is protected/);
    expect(existsSync(out)).toBe(false);
  });

  it("the formatted empty column is left alone: the cell in the way is named, or the column goes elsewhere", async () => {
    const out = join(dir, "formatted.xlsx");
    const r = await cli("rag", corpus("formatted-column.xlsx"), "--out", out, ...AS_AT);
    const input = await parts(corpus("formatted-column.xlsx"));
    const cells = (p: Parts) =>
      (p.text("xl/worksheets/sheet1.xml") ?? "").match(
        /<c r="[LM]\d+"[^>]*?(\/>|>[\s\S]*?<\/c>)/g
      ) ?? [];
    if (r.code === 2) {
      expectOneSentence(r.stderr);
      expect(r.stderr).toMatch(/Cell [LM]\d+ on 'LAA'/);
      expect(existsSync(out)).toBe(false);
    } else {
      expect(cells(await parts(out))).toEqual(expect.arrayContaining(cells(input)));
    }
  });

  it("a second board with the same date replaces the first and only its parts; a second rag changes nothing", async () => {
    const file = corpus("charts-and-print.xlsx");
    const once = join(dir, "once.xlsx");
    const twice = join(dir, "twice.xlsx");
    await cli("board", file, "--out", once, ...AS_AT);
    await cli("board", once, "--out", twice, ...AS_AT);
    const [a, b] = [await parts(once), await parts(twice)];
    expect(b.names.sort()).toEqual(a.names.sort());
    for (const n of a.names) expect([n, b.text(n)]).toEqual([n, a.text(n)]);
    const ragOnce = join(dir, "rag-once.xlsx");
    const ragTwice = join(dir, "rag-twice.xlsx");
    await cli("rag", file, "--out", ragOnce, ...AS_AT);
    await cli("rag", ragOnce, "--out", ragTwice, ...AS_AT);
    const [c, d] = [await parts(ragOnce), await parts(ragTwice)];
    for (const n of c.names) expect([n, d.text(n)]).toEqual([n, c.text(n)]);
  });
});

const hasLibreOffice = spawnSync("libreoffice", ["--version"]).status === 0;
(hasLibreOffice ? describe : describe.skip)(
  "the outputs open in LibreOffice (needs libreoffice)",
  () => {
    it("converts every written workbook to PDF", () => {
      expect(written.length).toBeGreaterThan(20);
      const pdfs = tempDir("laa-parts-pdf-");
      const r = spawnSync(
        "libreoffice",
        [
          "--headless",
          `-env:UserInstallation=file://${pdfs}/lo-profile`,
          "--convert-to",
          "pdf",
          "--outdir",
          pdfs,
          ...written,
        ],
        { encoding: "utf8", timeout: 280_000 }
      );
      expect(r.status).toBe(0);
      const made = new Set(readdirSync(pdfs).filter((f) => f.endsWith(".pdf")));
      const missing = written.filter((w) => !made.has(basename(w).replace(/\.xls[xm]$/, ".pdf")));
      expect(missing).toEqual([]);
    }, 300_000);
  }
);
