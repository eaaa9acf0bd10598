import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { CONFIG, QUARTERLY, SAMPLE, cli } from "./run-cli";

// The CLI's output workbooks must open in a spreadsheet other than the one that wrote them. CI installs
// LibreOffice and poppler-utils (.ci/run); elsewhere this suite is reported as skipped, by name.
const hasTools =
  spawnSync("libreoffice", ["--version"]).status === 0 &&
  spawnSync("pdftotext", ["-v"]).status === 0;
const withLibreOffice = hasTools ? describe : describe.skip;

/** Converts a workbook to PDF with LibreOffice and returns the PDF's text. */
function pdfText(xlsx: string, dir: string): string {
  const convert = spawnSync(
    "libreoffice",
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/lo-profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { encoding: "utf8", timeout: 170_000 }
  );
  expect(convert.status).toBe(0);
  const pdf = readdirSync(dir).find((f) => f.endsWith(".pdf"));
  expect(pdf).toBeDefined();
  const text = spawnSync("pdftotext", ["-layout", join(dir, pdf ?? ""), "-"], { encoding: "utf8" });
  expect(text.status).toBe(0);
  return text.stdout;
}

/**
 * Prints only the board sheet of `out`, as a board member prints it (LibreOffice would print every
 * sheet): the PDF's text and each page's size in points.
 */
async function boardPrint(
  out: string,
  dir: string
): Promise<{ text: string; sizes: [number, number][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  for (const ws of [...wb.worksheets])
    if (!ws.name.startsWith("Board status")) wb.removeWorksheet(ws.id);
  const boardOnly = join(dir, "board-only.xlsx");
  await wb.xlsx.writeFile(boardOnly);
  const text = pdfText(boardOnly, dir);
  const pdf = join(dir, readdirSync(dir).find((f) => f.endsWith(".pdf")) ?? "");
  const info = spawnSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" }).stdout;
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    ([, w, h]): [number, number] => [Number(w), Number(h)]
  );
  return { text, sizes };
}

withLibreOffice("CLI output opens in LibreOffice (needs libreoffice + pdftotext)", () => {
  afterAll(removeTempDirs);

  it("laa-monitor rag: the status columns print as words with arrows", async () => {
    const dir = tempDir("laa-lo-rag-");
    const out = join(dir, "rated.xlsx");
    expect((await cli("rag", SAMPLE, "--out", out, "--as-at", "2010-06-30")).code).toBe(0);
    const text = pdfText(out, dir);
    expect(text).toContain("RAG 2008/09");
    expect(text).toContain("RAG 2009/10");
    expect(text).toMatch(/Green ▲/);
    expect(text).toMatch(/Red ▼/);
    expect(text).toMatch(/Not collected/);
    expect(text).toMatch(/Awaiting data/);
  }, 180_000);

  it("laa-monitor board: the board sheet prints with its sections and footer", async () => {
    const dir = tempDir("laa-lo-board-");
    const out = join(dir, "board.xlsx");
    const r = await cli("board", SAMPLE, "--out", out, "--as-at", "2010-06-30", "--config", CONFIG);
    expect(r.code).toBe(0);
    const text = pdfText(out, dir);
    expect(text).toContain("Northshire Partnership");
    expect(text).toContain("Summary by ambition");
    expect(text).toMatch(/LAA performance as at 30 June 2010 - Page \d+ of \d+/);
  }, 180_000);

  it("laa-monitor board: forecast, reward, missing data and actions on landscape pages one page wide", async () => {
    const dir = tempDir("laa-lo-board-reward-");
    const out = join(dir, "board.xlsx");
    const r = await cli(
      "board",
      SAMPLE,
      "--out",
      out,
      "--as-at",
      "2010-06-30",
      "--config",
      CONFIG,
      "--reward-pot",
      "2500000"
    );
    expect(r.code).toBe(0);
    const { text, sizes } = await boardPrint(out, dir);
    // Every page landscape A4 (842 × 595 points)
    expect(sizes.length).toBeGreaterThan(1);
    for (const [w, h] of sizes) expect(w).toBeGreaterThan(h);
    // One page wide: the detail table's first and last column heads print on one line
    expect(text).toMatch(/Ambition +Code +Indicator +Baseline.*Likely to.*Lead partners +Comment/);
    expect(text).toContain("Likely to achieve 2010/11?");
    expect(text).toContain("Reward at stake (estimate)");
    expect(text).toContain("£2,500,000");
    expect(text).toContain("No action recorded");
    expect(text).toContain("Place Survey not run in 2009/10.");
    expect(text).toMatch(/Awaiting data +Due about Sep 2011/);
    expect(text).toMatch(/2010\/11 projected/);
  }, 180_000);

  it("laa-monitor board during the year: the position at Q2, one landscape page wide", async () => {
    const dir = tempDir("laa-lo-board-quarterly-");
    const out = join(dir, "board.xlsx");
    const args = ["--out", out, "--as-at", "2009-11-15", "--config", CONFIG];
    expect((await cli("board", QUARTERLY, ...args)).code).toBe(0);
    const { text, sizes } = await boardPrint(out, dir);
    for (const [w, h] of sizes) expect(w).toBeGreaterThan(h);
    expect(text).toContain("Position at Q2 2009/10 (1 April to 30 September 2009)");
    expect(text).toMatch(/Target 2009\/10 +Profiled +Year to date +Status.*Lead partners +Comment/);
    expect(text).toMatch(/Red at Q2/);
    expect(text).toMatch(/Awaiting data at/);
  }, 180_000);
});
