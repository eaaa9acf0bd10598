import {
  CellValue,
  FormatGroup,
  RagStatus,
  RangeRef,
  STATUS_FILL,
  withDefaults,
} from "../../../src/engine";
import { planRag } from "../../../src/engine/plan";
import { statusFormatGroups } from "../../../src/engine/plan/format-runs";
import { workbook } from "../../helpers/grid";
import { LABELS as SIMPLE_LABELS, simpleReport, simpleRows } from "./simple-table";

const settings = withDefaults({ asAt: "2010-06-30" });
/** The plan tests' labels without the empty column after Actual 2008 and without Comments. */
const LABELS = SIMPLE_LABELS.filter((label) => label !== "" && label !== "Comments");

/** Indicators whose 2008/09 status follows `pattern` (g, a, r, n = no data) and 2009/10 is all green. */
function rows(n: number, pattern: (i: number) => string): CellValue[][] {
  const actual: Record<string, CellValue> = { g: 100, a: 97, r: 50, n: "" };
  return Array.from({ length: n }, (_, i) => [
    "Ind " + i,
    90,
    "High",
    100,
    actual[pattern(i)] ?? "",
    100,
    120,
  ]);
}

function statusGroups(n: number, pattern: (i: number) => string): FormatGroup[] {
  const wb = workbook([{ rows: simpleRows(rows(n, pattern), LABELS) }]);
  const outcome = planRag(wb, simpleReport(wb, settings), settings);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan.edits[0]?.formats.filter((g) => g.format.fill) ?? [];
}

/** True when no two ranges of a group touch in the same column: they are maximal runs. */
function maximal(ranges: readonly RangeRef[]): boolean {
  const sorted = [...ranges].sort((a, b) => a.left - b.left || a.top - b.top);
  return sorted.every((r, i) => {
    const prev = sorted[i - 1];
    return r.left === r.right && (!prev || prev.left !== r.left || prev.bottom + 1 < r.top);
  });
}

const cells = (g: FormatGroup): number => g.ranges.reduce((n, r) => n + r.bottom - r.top + 1, 0);

describe("status formats are grouped runs, never one group per cell", () => {
  it.each<[string, (i: number) => string, number]>([
    ["alternating green/red", (i) => (i % 2 ? "r" : "g"), 2],
    ["four statuses in turn", (i) => "garn"[i % 4] ?? "g", 4],
    ["blocks of ten", (i) => (Math.floor(i / 10) % 2 ? "a" : "g"), 2],
  ])("1,000 rows, %s: at most 4 groups, ranges are maximal runs", (_name, pattern, groups) => {
    const found = statusGroups(1000, pattern);
    expect(found).toHaveLength(groups);
    for (const g of found) expect(maximal(g.ranges)).toBe(true);
    // Every indicator is coloured once in each of the two columns (2009/10 is one green run).
    expect(found.reduce((n, g) => n + cells(g), 0)).toBe(2000);
  });

  it("blocks of ten become a hundred ranges, and the all-green column a single range", () => {
    const found = statusGroups(1000, (i) => (Math.floor(i / 10) % 2 ? "a" : "g"));
    const green = found.find((g) => g.format.fill === STATUS_FILL.green.fill);
    const amber = found.find((g) => g.format.fill === STATUS_FILL.amber.fill);
    expect(amber?.ranges).toHaveLength(50);
    expect(green?.ranges).toHaveLength(51);
  });

  it.each<[(RagStatus | undefined)[], Record<string, string[]>]>([
    [
      ["green", "green", "green", "red", "red", undefined, "green"],
      { green: ["3:5", "9:9"], red: ["6:7"] },
    ],
    [["not-due", "no-data", "no-data", "amber"], { "no-data": ["4:5"], amber: ["6:6"] }],
    [
      ["not-collected", "not-collected", "awaiting-data", "no-data"],
      { "no-data": ["6:6"], "awaiting-data": ["5:5"], "not-collected": ["3:4"] },
    ],
    [[], {}],
  ])("runs of %j", (statuses, expected) => {
    const groups = statusFormatGroups([{ col: 2, top: 2, statuses }]);
    const byFill = Object.fromEntries(
      groups.map((g) => [
        Object.entries(STATUS_FILL).find(([, v]) => v.fill === g.format.fill)?.[0] ?? "?",
        g.ranges.map((r) => `${r.top + 1}:${r.bottom + 1}`),
      ])
    );
    expect(byFill).toEqual(expected);
    for (const g of groups) {
      const entry = Object.values(STATUS_FILL).find((v) => v.fill === g.format.fill);
      expect(g.format.fontColor).toBe(entry?.font);
    }
  });
});
