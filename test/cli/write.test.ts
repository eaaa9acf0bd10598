import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { cli, expectOneSentence, fixture, json, SAMPLE, sha256 } from "./run-cli";

type RagJson = {
  files: {
    file: string;
    out?: string;
    rag: {
      sheet: string;
      indicator: string;
      year: string;
      status: string;
      direction?: string;
      cell?: string;
    }[];
    summary: { errors: number };
  }[];
};

const tmp = (): string => tempDir("laa-cli-");
afterAll(removeTempDirs);

async function cellText(file: string, sheet: string, address: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return String(wb.getWorksheet(sheet)?.getCell(address).value ?? "");
}

/** Every cell's value of every sheet, as text, for before/after comparisons. */
async function allValues(file: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => (out[`${ws.name}!${c.address}`] = JSON.stringify(c.value)))
    )
  );
  return out;
}

const status = (doc: RagJson, indicator: string, year: string): string | undefined =>
  doc.files[0]?.rag.find((r) => r.indicator === indicator && r.year === year)?.status;

describe("laa-monitor rag", () => {
  it("rates the sample as an officer would at 2010-06-30 and writes the words where it says", async () => {
    const out = join(tmp(), "rated.xlsx");
    const before = sha256(SAMPLE);
    const r = await cli("rag", SAMPLE, "--out", out, "--as-at", "2010-06-30", "--json");
    expect(r.code).toBe(0);
    const doc = json<RagJson>(r);
    expect(doc.files[0]?.out).toBe(out);
    expect(status(doc, "NI 154", "2009/10")).toBe("red"); // 1,420 homes against 2,400
    expect(status(doc, "NI 6", "2009/10")).toBe("green"); // 23.1% against 23%
    expect(status(doc, "NI 7", "2009/10")).toBe("amber"); // 17.0% against 17.5%: 2.9% short
    expect(status(doc, "NI 1", "2009/10")).toBe("no-data"); // Place Survey not repeated
    expect(status(doc, "NI 16", "2008/09")).toBe("green"); // lower is better: 13.4 against 14.1
    const written = (doc.files[0]?.rag ?? []).filter((x) => x.cell);
    expect(written.length).toBeGreaterThan(90);
    for (const x of written.slice(0, 12)) {
      const word = { green: "Green", amber: "Amber", red: "Red", "no-data": "No data" }[x.status];
      expect(await cellText(out, x.sheet, x.cell ?? "")).toMatch(new RegExp(`^${word}`));
    }
    expect(sha256(SAMPLE)).toBe(before);
  });

  it("--tolerance and --amber change the rating (NI 20 and NI 112 in 2009/10)", async () => {
    const dir = tmp();
    const rate = async (...args: string[]): Promise<RagJson> =>
      json<RagJson>(
        await cli(
          "rag",
          SAMPLE,
          "--out",
          join(dir, "r.xlsx"),
          "--as-at",
          "2010-06-30",
          "--json",
          ...args
        )
      );
    // NI 20: 6.9 against 6.4 (lower is better) misses by 7.8%: Red at 5%, Amber at 10%.
    expect(status(await rate(), "NI 20", "2009/10")).toBe("red");
    expect(status(await rate("--tolerance", "10"), "NI 20", "2009/10")).toBe("amber");
    // NI 112: 34.9 against 29.5 is far off, but better than 36.8 the year before.
    expect(status(await rate(), "NI 112", "2009/10")).toBe("red");
    expect(status(await rate("--amber", "improving"), "NI 112", "2009/10")).toBe("amber");
  });

  it("running again in place on its own output changes nothing", async () => {
    const dir = tmp();
    const once = join(dir, "once.xlsx");
    expect((await cli("rag", SAMPLE, "--out", once, "--as-at", "2010-06-30")).code).toBe(0);
    const first = await allValues(once);
    const r = await cli("rag", once, "--in-place", "--as-at", "2010-06-30");
    expect(r.code).toBe(0);
    expect(await allValues(once)).toEqual(first);
  });

  it("writes nothing to a protected sheet and says so", async () => {
    const out = join(tmp(), "never.xlsx");
    const r = await cli(
      "rag",
      fixture("protected-sheet.xlsx"),
      "--out",
      out,
      "--as-at",
      "2010-06-30"
    );
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/protected/);
    expect(existsSync(out)).toBe(false);
  });

  it("a table with headers but no indicator rows: no file written, one sentence why, no empty listing", async () => {
    const dir = tmp();
    const input = join(dir, "headers-only.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("LAA").addRow([
      "Priority",
      "Indicator",
      "Baseline",
      "2008/09",
      "2009/10",
      "2010/11",
      "Lead partners",
      "Actual 2008/09",
    ]);
    await wb.xlsx.writeFile(input);
    const out = join(dir, "never.xlsx");
    const r = await cli("rag", input, "--out", out, "--as-at", "2010-06-30");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The LAA table at 'LAA'!A1:H1 has no indicator rows under its header/);
    expect(r.stdout).not.toMatch(/Where\s+Indicator/);
    expect(existsSync(out)).toBe(false);
  });

  it("--in-place changes only the file it is given", async () => {
    const copy = join(tmp(), "copy.xlsx");
    copyFileSync(SAMPLE, copy);
    const before = sha256(SAMPLE);
    expect((await cli("rag", copy, "--in-place", "--as-at", "2010-06-30")).code).toBe(0);
    expect(await cellText(copy, "LAA", "L5")).toMatch(/^RAG 20/);
    expect(sha256(SAMPLE)).toBe(before);
  });
});

describe("laa-monitor gaps", () => {
  it("--json prints the GapView: seven ambitions and every ordered pair", async () => {
    const r = await cli("gaps", SAMPLE, "--json");
    const view = JSON.parse(r.stdout) as { ambitions: { name: string }[]; pairs: unknown[] };
    expect(view.ambitions.map((a) => a.name)).toEqual([
      "Resilient communities",
      "Affordable housing",
      "Lives not services",
      "Economic growth",
      "Safer communities",
      "Environment",
      "Working together",
    ]);
    expect(view.pairs).toHaveLength(7 * 6);
    expect(r.code).toBe(0);
  });

  it("prints a numbered matrix with a legend", async () => {
    const r = await cli("gaps", SAMPLE);
    expect(r.stdout).toMatch(/\n {7}1 {2}2 {2}3 {2}4 {2}5 {2}6 {2}7\n/);
    // The same marks as the task pane's matrix: ✓ ✗ ○ ·, and — for an ambition against itself.
    expect(r.stdout).toMatch(/\n {4}1 {2}— {2}[✓✗○·]/);
    expect(r.stdout).toContain(
      "Legend: ✓ claimed and evidenced; ✗ claimed, no evidence (a gap); ○"
    );
  });
});

describe("laa-monitor board", () => {
  it("adds 'Board status <as-at>' to a copy and leaves the input alone", async () => {
    const out = join(tmp(), "board.xlsx");
    const before = sha256(SAMPLE);
    const r = await cli(
      "board",
      SAMPLE,
      "--out",
      out,
      "--as-at",
      "2010-06-30",
      "--year",
      "2009/10"
    );
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "LAA",
      "Cross-cutting",
      "Board status 2010-06-30",
    ]);
    expect(sha256(SAMPLE)).toBe(before);
  });
});
