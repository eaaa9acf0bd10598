import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { GAP_RULES } from "../../../src/engine/gaps/rules";
import { DEFAULT_SETTINGS } from "../../../src/engine";
import { NATIONAL_INDICATORS } from "../../../src/engine/catalog";
import { readWorkbook } from "../../../src/engine/read";
import { RULES, runRules, runRulesByRule } from "../../../src/engine/rules";
import { FindingDraft, RowDrafts, isRowDrafts } from "../../../src/engine/rules/rule";
import {
  FindingSegment,
  isRowFindings,
  segmentFinding,
  segmentLength,
} from "../../../src/engine/model/finding-list";
import { IndicatorRow, toA1 } from "../../../src/engine";
import { workbook } from "../../helpers/grid";
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

  it("checks a long table in row chunks with the same findings, in the same order, as rule by rule", () => {
    // 5,000 rows (more than two chunks) cycling through rows that trip many row-local rules.
    const variants = [
      row(),
      row({ D: "N/A", G: "" }),
      row({ B: "Streets free of litter", C: "TBC" }),
      row({ B: "NI 154 Net additional homes provided", E: 500, F: "45%" }),
      row({ B: "NI 250 Unknown", C: "-5", D: "#N/A" }),
      row({ B: "", C: "12", D: 5000 }),
      row({ B: "NI 31 Withdrawn", C: "48% (provisional)", D: "+2%", E: "reduce by 5%" }),
    ];
    const rows = Array.from({ length: 5000 }, (_, i) => variants[i % variants.length] ?? row());
    const snapshot = workbook([{ rows: [...GOV_HEADER, ...rows] }]);
    const tables = readWorkbook(snapshot, NATIONAL_INDICATORS);
    const ctx = { settings: DEFAULT_SETTINGS, catalog: NATIONAL_INDICATORS, snapshot };
    const chunked = runRules(tables, ctx).map((f) => [f.code, f.cell ?? "", f.message]);
    const whole = RULES.flatMap((rule) =>
      (rule.scope === "table"
        ? tables.flatMap((t) => drafts(rule.check(t, ctx), t.rows))
        : rule.check(tables, ctx)
      ).map((d) => [rule.code, d.cell ?? "", d.message])
    );
    expect(chunked.length).toBeGreaterThan(10000);
    expect(chunked).toEqual(whole);
  });

  it("gives a long table's findings in lists made at their size, one per chunk, that join to runRules'", () => {
    // 3,000 local indicators: one indicator.local finding a row. Grown a push at a time, one list of
    // 3,000 would be copied again and again; each check's findings are a list of their own instead.
    const rows = Array.from({ length: 3000 }, (_, i) => row({ B: `Local scheme ${i}` }));
    const snapshot = workbook([{ rows: [...GOV_HEADER, ...rows] }]);
    const tables = readWorkbook(snapshot, NATIONAL_INDICATORS);
    const ctx = { settings: DEFAULT_SETTINGS, catalog: NATIONAL_INDICATORS, snapshot };
    const lists = runRulesByRule(tables, ctx);
    const local = lists.filter((l) => segmentFinding(l, 0).code === "indicator.local");
    expect(local.length).toBeGreaterThan(10);
    // indicator.local's findings stay rows (RowFindings), a list of them per chunk.
    expect(local.every(isRowFindings)).toBe(true);
    for (const l of lists) expect(segmentLength(l)).toBeLessThanOrEqual(256);
    expect(lists.every((l) => segmentLength(l) > 0)).toBe(true);
    expect(local.reduce((n, l) => n + segmentLength(l), 0)).toBe(3000);
    expect(lists.flatMap(made)).toEqual(runRules(tables, ctx));
    // In rule order, and in row order within a rule.
    const cells = local.flatMap(made).map((f) => f.row ?? 0);
    expect(cells).toEqual([...cells].sort((a, b) => a - b));
  });

  it("keeps RowDrafts only from row-local rules, each at the cell its draft names", () => {
    const rows = [
      ...Array.from({ length: 300 }, (_, i) => row({ B: `Local scheme ${i}` })),
      row({ B: "NI 154 Net additional homes" }),
      row({ B: "NI 999 Not a code" }),
      row({ B: "" }),
    ];
    const snapshot = workbook([{ at: "C4", rows: [...GOV_HEADER, ...rows] }]);
    const tables = readWorkbook(snapshot, NATIONAL_INDICATORS);
    const ctx = { settings: DEFAULT_SETTINGS, catalog: NATIONAL_INDICATORS, snapshot };
    let checked = 0;
    for (const rule of RULES) {
      if (rule.scope !== "table") continue;
      for (const t of tables) {
        const found = rule.check(t, ctx);
        if (!isRowDrafts(found)) continue;
        expect(rule.rowLocal).toBe(true);
        for (const i of found.picks) {
          const r = t.rows[i] as IndicatorRow;
          const at = found.where(r);
          const d = found.draft(at, found.keep(r));
          expect([d.sheet, d.cell]).toEqual([at.sheet, toA1(at.row, at.col)]);
          checked++;
        }
      }
    }
    expect(checked).toBe(300);
  });

  it("marks as row-local only rules whose findings need no other row", () => {
    const local = RULES.filter((r) => r.scope === "table" && r.rowLocal).map((r) => r.code);
    expect(local).not.toContain("indicator.duplicate");
    expect(local).not.toContain("table.missing-column");
    expect(local).not.toContain("table.unexpected-years");
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

/** A check's drafts, with RowDrafts made into the drafts of their rows. */
function drafts(
  found: readonly FindingDraft[] | RowDrafts,
  rows: readonly IndicatorRow[]
): readonly FindingDraft[] {
  if (!isRowDrafts(found)) return found;
  return Array.from(found.picks, (i) => {
    const r = rows[i] as IndicatorRow;
    return found.draft(found.where(r), found.keep(r));
  });
}

/** Every finding of a segment, made. */
function made(segment: FindingSegment) {
  return Array.from({ length: segmentLength(segment) }, (_, k) => segmentFinding(segment, k));
}
