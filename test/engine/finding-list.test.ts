import fc from "fast-check";
import {
  analyse,
  CellRef,
  Finding,
  FindingList,
  RowFindings,
  Severity,
  summarise,
  toA1,
  withDefaults,
} from "../../src/engine";
import { sortFindingLists } from "../../src/engine/analyse";
import { NATIONAL_INDICATORS } from "../../src/engine/catalog";
import { readWorkbook } from "../../src/engine/read";
import { runRules } from "../../src/engine/rules";
import { GOV_HEADER, workbook } from "../helpers/grid";
import { row } from "./rules/check";

const made = (id: string, severity: Severity = "info"): Finding => ({
  code: `made.${id}`,
  severity,
  message: `Finding ${id}.`,
  hint: "Fix it.",
});

/** Findings on sheet S, column B of rows `rows` (0-based), made at each read, counting the reads. */
function rowFindings(rows: readonly number[], severity: Severity = "warning") {
  const counter = { reads: 0 };
  const list: RowFindings = {
    count: rows.length,
    severity,
    finding(k) {
      counter.reads++;
      const r = rows[k] as number;
      return {
        code: "rows.x",
        severity,
        message: `Row ${r}.`,
        hint: "Fix it.",
        sheet: "S",
        cell: toA1(r, 1),
        row: r + 1,
      };
    },
    place: (k): CellRef => ({ sheet: "S", row: rows[k] as number, col: 1 }),
  };
  return { list, counter };
}

describe("FindingList", () => {
  const a = [made("a"), made("b", "error"), made("c")];
  const { list: rows, counter } = rowFindings([4, 5, 9, 12]);
  // a[0..2), rows[0..3), a[2..3), rows[3..4)
  const list = new FindingList([a, rows], Int32Array.of(0, 0, 2, 1, 0, 3, 0, 2, 3, 1, 3, 4));
  const expected = [
    a[0],
    a[1],
    rows.finding(0),
    rows.finding(1),
    rows.finding(2),
    a[2],
    rows.finding(3),
  ];

  it("reads like the array of its runs' findings", () => {
    expect(list.length).toBe(7);
    expect(Array.from(list)).toEqual(expected);
    expect(expected.map((_, i) => list.at(i))).toEqual(expected);
    expect(list.at(-1)).toEqual(expected[6]);
    expect(list.at(7)).toBeUndefined();
    expect(list.at(-8)).toBeUndefined();
    expect(list.map((f, i) => `${i}:${f.code}`)).toEqual(expected.map((f, i) => `${i}:${f?.code}`));
    expect(list.filter((f) => f.code === "rows.x")).toHaveLength(4);
    expect(list.find((f) => f.cell === "B10")?.row).toBe(10);
    expect(list.some((f) => f.severity === "error")).toBe(true);
    expect(list.every((f) => f.hint === "Fix it.")).toBe(true);
    const seen: number[] = [];
    list.forEach((_, i) => seen.push(i));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(JSON.parse(JSON.stringify({ findings: list }))).toEqual({
      findings: JSON.parse(JSON.stringify(expected)),
    });
  });

  it("makes findings kept as rows at each read, equal each time, and counts them without making them", () => {
    const before = counter.reads;
    expect(list.summary()).toEqual({ errors: 1, warnings: 4, info: 2 });
    expect(summarise(list)).toEqual(summarise(expected as Finding[]));
    expect(counter.reads).toBe(before);
    expect(list.at(2)).toEqual(list.at(2));
    expect(list.at(2)).not.toBe(list.at(2));
    expect(counter.reads).toBe(before + 4);
    // Findings made already are the same objects.
    expect(list.at(0)).toBe(a[0]);
  });

  it("slices as Array.prototype.slice does, for any bounds", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 }), (s, e) => {
        expect(list.slice(s, e)).toEqual(expected.slice(s, e));
        expect(list.slice(s)).toEqual(expected.slice(s));
      })
    );
    expect(list.slice()).toEqual(expected);
  });

  it("refuses runs outside their segment", () => {
    expect(() => new FindingList([a], Int32Array.of(0, 0, 4))).toThrow(RangeError);
    expect(() => new FindingList([a], Int32Array.of(0, 2, 2))).toThrow(RangeError);
    expect(() => new FindingList([a], Int32Array.of(1, 0, 1))).toThrow(RangeError);
    expect(FindingList.of([]).length).toBe(0);
    expect(Array.from(FindingList.of(a))).toEqual(a);
  });

  it("merges findings kept as rows with made ones in sheet, row and column order", () => {
    const { list: r1 } = rowFindings([2, 6, 7]);
    const madeOnes: Finding[] = [
      { ...made("A3"), sheet: "S", cell: "A3", row: 3 },
      { ...made("B7"), sheet: "S", cell: "B7", row: 7 },
      { ...made("C7"), sheet: "S", cell: "C7", row: 7 },
    ];
    const merged = sortFindingLists([madeOnes, r1, [made("workbook")]], ["S"]);
    expect(merged.map((f) => f.cell ?? "-")).toEqual(["-", "A3", "B3", "B7", "B7", "C7", "B8"]);
    // B7 twice: the made one first (its list comes first), as a stable sort would put them.
    expect(merged.at(3)?.code).toBe("made.B7");
  });
});

describe("analyse's findings", () => {
  const settings = withDefaults({ asAt: "2010-06-30" });
  const rows = [
    ...Array.from({ length: 600 }, (_, i) =>
      row({
        B: i % 7 === 0 ? `NI ${150 + (i % 40)}` : `Local scheme ${i}`,
        C: i % 5 === 0 ? "TBC" : "40%",
      })
    ),
  ];
  const snapshot = workbook([{ rows: [...GOV_HEADER, ...rows] }]);

  it("keep local indicators as rows, and read as the findings made one by one would", () => {
    const report = analyse(snapshot, settings);
    const tables = readWorkbook(snapshot, NATIONAL_INDICATORS);
    const eager = runRules(tables, { settings, catalog: NATIONAL_INDICATORS, snapshot });
    const local = eager.filter((f) => f.code === "indicator.local");
    expect(local.length).toBeGreaterThan(400);
    const fromReport = Array.from(report.findings);
    // Every check finding is there (the gap findings come on top), in sheet/row/column order.
    const index = new Map(fromReport.map((f, k) => [JSON.stringify(f), k]));
    const positions = eager.map((f) => index.get(JSON.stringify(f)) ?? -1);
    expect(positions).not.toContain(-1);
    const localAt = positions.filter((_, k) => eager[k]?.code === "indicator.local");
    expect(localAt).toEqual([...localAt].sort((x, y) => x - y));
    expect(report.summary).toEqual(summarise(fromReport));
    const i = localAt[0] as number;
    expect(report.findings.at(i)).toEqual(report.findings.at(i));
    expect(report.findings.at(i)).not.toBe(report.findings.at(i));
  });

  it("take the severity the settings give the rule, in the findings and in the summary", () => {
    const warned = withDefaults({
      asAt: "2010-06-30",
      severities: { "indicator.local": "warning" },
    });
    const report = analyse(snapshot, warned);
    const local = report.findings.filter((f) => f.code === "indicator.local");
    expect(local.length).toBeGreaterThan(400);
    expect(new Set(local.map((f) => f.severity))).toEqual(new Set(["warning"]));
    expect(report.summary).toEqual(summarise(Array.from(report.findings)));
    const off = analyse(
      snapshot,
      withDefaults({ asAt: "2010-06-30", severities: { "indicator.local": "off" } })
    );
    expect(off.findings.some((f) => f.code === "indicator.local")).toBe(false);
    expect(off.summary.info).toBe(report.summary.info);
  });
});
