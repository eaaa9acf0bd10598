import { sortFindingLists, sortFindings } from "../../src/engine/analyse";
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

  describe("of several lists (a rule's findings each)", () => {
    // The tuple sort (more sheets than a packed key numbers) of the joined lists is the reference.
    const manySheets = ["A", "B", ...Array.from({ length: 17_000 }, (_, k) => `S${k}`)];
    const reference = (lists: Finding[][]): string[] =>
      sortFindings(lists.flat(), manySheets).map((x) => x.code);
    const at = (id: string, sheet: string, row: number, col = "B"): Finding =>
      f(id, { sheet, cell: `${col}${row}`, row });

    it("merges lists that are each in order, equal places in list order", () => {
      const lists = [
        [at("1:A2", "A", 2), at("1:A5", "A", 5), at("1:B1", "B", 1)],
        [f("2:workbook", {}), at("2:A2", "A", 2), at("2:A3", "A", 3), at("2:A5", "A", 5)],
        [],
        [at("4:A1", "A", 1), at("4:A2", "A", 2), at("4:B1", "B", 1), at("4:B9", "B", 9)],
      ];
      const merged = sortFindingLists(lists, ["A", "B"]).map((x) => x.code);
      expect(merged).toEqual([
        "2:workbook",
        "4:A1",
        "1:A2",
        "2:A2",
        "4:A2",
        "2:A3",
        "1:A5",
        "2:A5",
        "1:B1",
        "4:B1",
        "4:B9",
      ]);
      expect(merged).toEqual(reference(lists));
    });

    it("gives the stable order of the joined lists whether or not each is in order", () => {
      let seed = 11;
      const rand = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed % n;
      };
      for (let trial = 0; trial < 60; trial++) {
        const lists = Array.from({ length: 1 + rand(6) }, (_, l) => {
          const list = Array.from({ length: rand(40) }, (_, i) =>
            rand(10) === 0
              ? f(`${l}.${i}:wb`, {})
              : at(`${l}.${i}`, rand(3) === 0 ? "B" : "A", 1 + rand(12), rand(2) ? "C" : "AA")
          );
          // Half the trials keep every list in order (the merge); the others leave some shuffled.
          return trial % 2 === 0 ? sortFindings(list, ["A", "B"]) : list;
        });
        expect(sortFindingLists(lists, ["A", "B"]).map((x) => x.code)).toEqual(reference(lists));
      }
    });
  });
});
