/**
 * `laa-monitor clean`: after rag and board, every example and fixture goes back to what it was before
 * the add-in wrote (every cell, width, merge, sheet and name, as a dump of the workbook shows them).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { dumpWorkbook } from "../stress/workbook-dump";
import { CONFIG, ROOT, SAMPLE, cli, json, sha256 } from "./run-cli";

afterAll(removeTempDirs);
const tmp = tempDir("laa-clean-");

const WORKBOOKS = ["examples", "test/fixtures"].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => `${dir}/${f}`)
);

async function dump(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return dumpWorkbook(wb);
}

/** Workbooks the add-in wrote to and the test then cleaned (those with actuals, or a board). */
let cleanedCount = 0;

describe("laa-monitor clean", () => {
  it.each(WORKBOOKS)("takes rag's and board's output back out of %s", async (workbook) => {
    const file = join(ROOT, workbook);
    const base = join(tmp, workbook.replace(/\//g, "__"));
    const written = `${base}.written.xlsx`;
    const cleaned = `${base}.clean.xlsx`;
    const asAt = ["--as-at", "30/06/2010", "--config", CONFIG];
    await cli("rag", file, ...asAt, "--out", written);
    // rag writes nothing for a table without actuals: the board then goes into a copy of its own.
    const ragWrote = existsSync(written);
    await cli(
      "board",
      ragWrote ? written : file,
      ...asAt,
      ...(ragWrote ? ["--in-place"] : ["--out", written])
    );
    // Nothing written at all (no table, a protected sheet in the way): nothing to take out.
    if (!existsSync(written)) return;
    cleanedCount++;
    const r = await cli("clean", written, "--out", cleaned);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(await dump(cleaned)).toEqual(await dump(file));
  });

  it("did write to and clean the workbooks that have actuals (the examples and two fixtures)", () => {
    expect(cleanedCount).toBeGreaterThanOrEqual(4);
  });

  it("says what it removed, and never touches the input", async () => {
    const written = join(tmp, "said.xlsx");
    await cli("rag", SAMPLE, "--as-at", "2010-06-30", "--out", written);
    await cli("board", written, "--as-at", "2010-06-30", "--in-place");
    const before = sha256(written);
    const r = await cli("clean", written, "--out", join(tmp, "said-clean.xlsx"));
    expect(r.stdout.split("\n").slice(1, 6)).toEqual([
      "  - RAG 2008/09 on 'LAA' (L5:L51)",
      "  - RAG 2009/10 on 'LAA' (M5:M51)",
      "  - The sheet 'Board status 2010-06-30'",
      "  Removed LAA Monitor's 2 status columns and the sheet 'Board status 2010-06-30', and its record.",
      `  Wrote ${join(tmp, "said-clean.xlsx")}.`,
    ]);
    expect(sha256(written)).toBe(before);
    const j = json<{ files: { removed: string[]; out: string }[] }>(
      await cli("clean", written, "--out", join(tmp, "said-clean2.xlsx"), "--json")
    );
    expect(j.files[0]?.removed).toHaveLength(3);
  });

  it("writes nothing for a workbook LAA Monitor never wrote to", async () => {
    const out = join(tmp, "never.xlsx");
    const r = await cli("clean", SAMPLE, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("there is nothing to remove");
    expect(r.stdout).toContain("Nothing was written.");
    expect(readdirSync(tmp)).not.toContain("never.xlsx");
  });

  it("needs --out or --in-place, like rag and board", async () => {
    const r = await cli("clean", SAMPLE);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out <new\.xlsx>/);
  });
});
