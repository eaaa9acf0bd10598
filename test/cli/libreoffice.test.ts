import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { CONFIG, SAMPLE, cli } from "./run-cli";

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
    expect(text).toMatch(/No data/);
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
});
