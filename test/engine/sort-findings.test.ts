import { sortFindings } from "../../src/engine/analyse";
import { Finding } from "../../src/engine";

const f = (id: string, place: Partial<Finding>): Finding => ({
  code: id,
  severity: "info",
  message: id,
  hint: "",
  ...place,
});

// In the order sortFindings must give: workbook-level first, then sheet order, then row, then column;
// a finding with a row but no cell sits before that row's cells; equal places keep their order.
const ordered: Finding[] = [
  f("workbook", {}),
  f("workbook-2", {}),
  f("A table", { sheet: "A" }),
  f("A row 3", { sheet: "A", row: 3 }),
  f("A!B3", { sheet: "A", cell: "B3", row: 3 }),
  f("A!B3 again", { sheet: "A", cell: "B3", row: 3 }),
  f("A!AA3", { sheet: "A", cell: "AA3", row: 3 }),
  f("A!$C$10", { sheet: "A", cell: "$C$10", row: 10 }),
  f("A!A1048576", { sheet: "A", cell: "A1048576", row: 1048576 }),
  f("B!A1", { sheet: "B", cell: "A1", row: 1 }),
  f("B!XFD2", { sheet: "B", cell: "XFD2", row: 2 }),
  f("unknown sheet is first", { sheet: "Z", cell: "A1" }),
];

/** Deterministic shuffle, so equal places still show their original order. */
function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("sortFindings", () => {
  const expected = [
    "workbook",
    "workbook-2",
    "unknown sheet is first",
    ...ordered.slice(2, -1).map((x) => x.code),
  ];

  it("orders by sheet, row and column with workbook-level findings first, ties as they came", () => {
    // Reversed, except that the ties (the two workbook findings, the two B3 findings) keep their order.
    const input = [...ordered].reverse();
    const swap = (a: string, b: string): void => {
      const x = input.findIndex((y) => y.code === a);
      const y = input.findIndex((z) => z.code === b);
      [input[x], input[y]] = [input[y] as Finding, input[x] as Finding];
    };
    swap("workbook", "workbook-2");
    swap("A!B3", "A!B3 again");
    expect(sortFindings(input, ["A", "B"]).map((x) => x.code)).toEqual(expected);
  });

  it("gives the same order for a workbook of more sheets than a packed key can number", () => {
    const many = Array.from({ length: 17_000 }, (_, k) => `S${k}`);
    const sheets = ["A", "B", ...many];
    const input = shuffled(ordered);
    expect(sortFindings(input, sheets).map((x) => x.code)).toEqual(
      sortFindings(input, ["A", "B"]).map((x) => x.code)
    );
    const late = [
      f("S16999!A1", { sheet: "S16999", cell: "A1" }),
      f("A!A1", { sheet: "A", cell: "A1" }),
    ];
    expect(sortFindings(late, sheets).map((x) => x.code)).toEqual(["A!A1", "S16999!A1"]);
  });
});
