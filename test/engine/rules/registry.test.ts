import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { GAP_RULES } from "../../../src/engine/gaps/rules";
import { RULES } from "../../../src/engine/rules";
import { GOV_HEADER } from "../../helpers/grid";
import { check, row } from "./check";

const ROOT = join(__dirname, "..", "..", "..");
const RULES_DIR = join(ROOT, "src", "engine", "rules");
const DOCS_DIR = join(ROOT, "docs", "rules");
const SECTIONS = ["What it checks", "Why it matters", "How to fix", "Example", "Default severity"];
const codes = RULES.map((r) => r.code);

describe("the rule registry", () => {
  it("is sorted by code, with unique codes", () => {
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("holds every rule file of src/engine/rules (and nothing else)", () => {
    const files = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "rule.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    expect([...files].sort()).toEqual([...codes].sort());
  });

  it.each(RULES.map((r) => [r.code, r] as const))("%s comes from its own file", (code, rule) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(RULES_DIR, code)) as Record<string, unknown>;
    expect(Object.values(mod)).toContain(rule);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.hint.length).toBeGreaterThan(10);
  });

  it.each(codes)("%s has a test file", (code) => {
    expect(existsSync(join(__dirname, `${code}.test.ts`))).toBe(true);
  });

  it.each(codes)("%s has a docs page with every section and its default severity", (code) => {
    const page = readFileSync(join(DOCS_DIR, `${code}.md`), "utf8");
    const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
    expect(headings).toEqual(SECTIONS);
    const severity = RULES.find((r) => r.code === code)?.defaultSeverity;
    expect(page.split("## Default severity")[1]).toContain(`**${severity}**`);
  });

  it("docs/rules/README.md lists exactly the registry's codes and the gap codes, with their severities", () => {
    const readme = readFileSync(join(DOCS_DIR, "README.md"), "utf8");
    const listed = [...readme.matchAll(/^\| \[`([a-z.-]+)`\]\(([^)]+)\) \| (\w+) \|/gm)].map(
      (m) => [m[1], m[2], m[3]]
    );
    const expected = [...RULES, ...GAP_RULES]
      .map((r) => [r.code, `${r.code}.md`, r.defaultSeverity])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(listed).toEqual(expected);
  });
});

describe("runRules", () => {
  const grid = [...GOV_HEADER, row({ D: "N/A" }), row({ B: "Streets free of litter" })];
  const found = (severities = {}): [string, string, string][] =>
    check([{ rows: grid }], { severities })
      .filter((f) => f.code === "target.placeholder" || f.code === "indicator.local")
      .map((f) => [f.cell ?? "", f.code, f.severity]);

  it("uses each rule's default severity", () => {
    expect(found()).toEqual([
      ["B4", "indicator.local", "info"],
      ["D3", "target.placeholder", "error"],
    ]);
  });

  it("lets settings override a severity or turn a rule off", () => {
    expect(found({ "target.placeholder": "warning", "indicator.local": "off" })).toEqual([
      ["D3", "target.placeholder", "warning"],
    ]);
  });

  it("fills the rule's hint and keeps a finding's own fields", () => {
    const f = check([{ rows: grid }]).find((x) => x.code === "target.placeholder");
    const rule = RULES.find((r) => r.code === "target.placeholder");
    expect(f).toMatchObject({
      sheet: "LAA",
      cell: "D3",
      row: 3,
      indicator: "NI 154",
      hint: rule?.hint,
    });
    expect(f?.data).toMatchObject({ value: "N/A", year: "2008/09" });
  });

  it("runs table rules per table and workbook rules once", () => {
    const a = { name: "A", rows: [...GOV_HEADER, row({ D: "N/A" })] };
    const b = { name: "B", rows: [...GOV_HEADER, row({ D: "N/A" })] };
    const findings = check([a, b]);
    const where = (code: string): string[] =>
      findings.filter((f) => f.code === code).map((f) => `${f.sheet ?? ""}!${f.cell ?? ""}`);
    expect(where("target.placeholder")).toEqual(["A!D3", "B!D3"]);
    expect(where("laa.statutory-missing")).toEqual(["!"]);
  });

  it("points at sheet cells and Excel's 1-based rows when the table does not start at A1", () => {
    const findings = check([{ at: "C5", rows: [...GOV_HEADER, row({ C: "TBC", G: "" })] }]);
    const cells = findings.filter((f) => f.cell !== undefined).map((f) => [f.code, f.cell, f.row]);
    expect(cells).toEqual(
      expect.arrayContaining([
        ["baseline.placeholder", "E7", 7],
        ["partner.missing", "I7", 7],
      ])
    );
  });
});
