import { Finding } from "../../src/engine";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { cli, fixture, json, SAMPLE, sha256 } from "./run-cli";

type CheckJson = {
  files: {
    file: string;
    tables: { sheet: string; range: string; indicators: number }[];
    findings: Finding[];
    summary: { errors: number; warnings: number; info: number };
  }[];
};

const errorsOf = (r: CheckJson): [string | undefined, string][] =>
  (r.files[0]?.findings ?? []).filter((f) => f.severity === "error").map((f) => [f.cell, f.code]);

afterAll(removeTempDirs);

describe("laa-monitor check on xlsx fixtures", () => {
  it("reads the domain.md layout without false errors: only the N/A target and the New PI baseline", async () => {
    const r = await cli("check", fixture("domain-layout.xlsx"), "--json");
    const doc = json<CheckJson>(r);
    expect(doc.files[0]?.tables).toEqual([
      { sheet: "LAA targets", range: "A4:G13", indicators: 8 },
    ]);
    expect(errorsOf(doc)).toEqual([
      ["F9", "target.placeholder"],
      ["C10", "baseline.placeholder"],
    ]);
    expect(r.code).toBe(1);
  });

  it.each([
    ["D2", "TBC"],
    ["D3", "TBA"],
    ["D4", "tba"],
    ["D5", "XXX"],
    ["D6", "xx"],
    ["D7", "?"],
    ["D8", "N/A"],
    ["D9", "n/a"],
    ["D10", "-"],
    ["D11", "–"],
    ["D12", "New PI"],
    ["D13", "to be confirmed"],
    ["D14", "to be set"],
  ])("reports the placeholder at %s (%s) as target.placeholder and nothing else", async (cell) => {
    const doc = json<CheckJson>(await cli("check", fixture("placeholders.xlsx"), "--json"));
    const atCell = (doc.files[0]?.findings ?? []).filter((f) => f.cell === cell).map((f) => f.code);
    expect(atCell).toEqual(["target.placeholder"]);
  });

  it("finds two tables in one workbook, one inside an Excel table, and counts their indicators", async () => {
    const doc = json<CheckJson>(await cli("check", fixture("two-tables.xlsx"), "--json"));
    expect(doc.files[0]?.tables).toEqual([
      { sheet: "Designated", range: "B3:H7", indicators: 3 },
      { sheet: "Education", range: "A1:G4", indicators: 3 },
    ]);
    expect(doc.files[0]?.summary.errors).toBe(0);
  });

  it("reads percent-formatted fractions as percentages (no range or unit errors)", async () => {
    const doc = json<CheckJson>(await cli("check", fixture("percent-fractions.xlsx"), "--json"));
    const codes = (doc.files[0]?.findings ?? []).map((f) => f.code);
    expect(codes).not.toContain("target.out-of-range");
    expect(codes).not.toContain("target.unit-mismatch");
    expect(doc.files[0]?.summary.errors).toBe(0);
  });

  // A data row whose local indicator title or comment holds header words ("Number of ...", "Local
  // indicator") once split the table in two; a header under a table must now be mostly header words
  // with no numbers under the table's value columns (src/engine/read/table.ts).
  it("keeps local indicators with header-like words in one table", async () => {
    const doc = json<CheckJson>(await cli("check", fixture("local-indicators.xlsx"), "--json"));
    expect(doc.files[0]?.tables).toEqual([{ sheet: "LAA", range: "A1:H4", indicators: 3 }]);
  });

  it("prints human output grouped by file and table, one line per finding, then a summary", async () => {
    const r = await cli("check", fixture("domain-layout.xlsx"));
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(fixture("domain-layout.xlsx"));
    expect(lines[1]).toBe("  Table 'LAA targets'!A4:G13 (8 indicators)");
    expect(lines[2]).toMatch(/^ {4}'LAA targets'!F9 +error +target\.placeholder +NI 8 +\S/);
    expect(lines[3]).toMatch(/^ {4}'LAA targets'!C10 +error +baseline\.placeholder +NI 119 +\S/);
    expect(lines[lines.length - 1]).toMatch(/^ {2}2 errors, \d+ warnings?, \d+ info\.$/);
    expect(r.stderr).toBe("");
  });

  it("--verbose adds how to fix each finding", async () => {
    const r = await cli("check", fixture("domain-layout.xlsx"), "--verbose");
    expect(r.stdout).toMatch(/\n {6}Fix: \S/);
  });

  it("checks several files into one JSON document and a total line in text", async () => {
    const files = [fixture("two-tables.xlsx"), fixture("domain-layout.xlsx")];
    const doc = json<CheckJson>(await cli("check", ...files, "--json"));
    expect(doc.files.map((f) => f.file)).toEqual(files);
    const text = await cli("check", ...files);
    expect(text.stdout.trimEnd().split("\n").pop()).toMatch(/^2 files checked: 2 errors/);
    expect(text.code).toBe(1);
  });

  it("applies config severities: a code set to off disappears, and to error counts as an error", async () => {
    const { writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = tempDir("laa-config-");
    const config = join(dir, "c.json");
    writeFileSync(
      config,
      JSON.stringify({
        severities: { "target.placeholder": "off", "baseline.placeholder": "warning" },
      })
    );
    const doc = json<CheckJson>(
      await cli("check", fixture("domain-layout.xlsx"), "--json", "--config", config)
    );
    const codes = (doc.files[0]?.findings ?? []).map((f) => f.code);
    expect(codes).not.toContain("target.placeholder");
    expect(doc.files[0]?.summary.errors).toBe(0);
  });

  it("never modifies the file it checks", async () => {
    const before = sha256(SAMPLE);
    await cli("check", SAMPLE);
    expect(sha256(SAMPLE)).toBe(before);
  });
});

describe("check: a table's note rows", () => {
  it("are printed under the table and given in --json as its comments", async () => {
    const text = await cli("check", fixture("council-plan.xlsx"), "--as-at", "2010-06-30");
    expect(text.stdout).toContain("Note (Plan!A8): NI171 & NI153 targets are being renegotiated");
    const doc = json<{ files: { tables: { notes?: unknown }[] }[] }>(
      await cli("check", fixture("council-plan.xlsx"), "--json", "--as-at", "2010-06-30")
    );
    expect(doc.files[0]?.tables[0]?.notes).toEqual([
      { cell: "Plan!A8", text: "NI171 & NI153 targets are being renegotiated" },
    ]);
  });
});
