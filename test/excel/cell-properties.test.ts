import { CellFormat, FormatGroup, RangeRef } from "../../src/engine";
import { cellsPiece, toCellProperties } from "../../src/excel/cell-properties";
import { chunkPieces } from "../../src/excel/value-chunks";

const cell = (row: number, col: number): RangeRef => ({
  top: row,
  left: col,
  bottom: row,
  right: col,
});
const GREEN: CellFormat = { fill: "#C6EFCE", fontColor: "#006100" };
const RED: CellFormat = { fill: "#F4B6B6", fontColor: "#7A0000", bold: true };

describe("toCellProperties", () => {
  it.each<[CellFormat, Excel.SettableCellProperties]>([
    [{}, {}],
    [{ numberFormat: "0%" }, {}],
    [GREEN, { format: { fill: { color: "#C6EFCE" }, font: { color: "#006100" } } }],
    [
      {
        bold: false,
        italic: true,
        fontSize: 14,
        wrap: true,
        horizontal: "center",
        vertical: "top",
      },
      {
        format: {
          font: { bold: false, italic: true, size: 14 },
          wrapText: true,
          horizontalAlignment: "Center",
          verticalAlignment: "Top",
        },
      },
    ],
    [
      { border: "#808080" },
      {
        format: {
          borders: Object.fromEntries(
            ["top", "bottom", "left", "right"].map((e) => [
              e,
              { style: "Continuous", weight: "Thin", color: "#808080" },
            ])
          ),
        },
      },
    ],
  ])("%j → %j", (format, props) => expect(toCellProperties(format)).toEqual(props));
});

describe("cellsPiece", () => {
  it("is one matrix over the bounding rectangle, {} where no group applies", () => {
    // Column H (7) alternates green/red; J (9) has one red cell; I (8) is the user's and has none.
    const groups: FormatGroup[] = [
      { ranges: [cell(1, 7), cell(3, 7)], format: GREEN },
      { ranges: [cell(2, 7), cell(2, 9)], format: RED },
    ];
    const piece = cellsPiece("LAA", groups)!;
    expect(piece).toMatchObject({ kind: "cells", sheet: "LAA", top: 1, left: 7 });
    const [g, r] = [toCellProperties(GREEN), toCellProperties(RED)];
    expect(piece.rows).toEqual([
      [g, {}, {}],
      [r, {}, r],
      [g, {}, {}],
    ]);
    expect(piece.numberFormat).toBeUndefined();
  });

  it("merges overlapping groups, the later one winning, as separate setters would", () => {
    const piece = cellsPiece("S", [
      { ranges: [{ top: 0, left: 0, bottom: 0, right: 1 }], format: GREEN },
      { ranges: [cell(0, 1)], format: { fill: "#FFFFFF", numberFormat: "0%" } },
    ])!;
    expect(piece.rows[0]).toEqual([
      toCellProperties(GREEN),
      toCellProperties({ ...GREEN, fill: "#FFFFFF" }),
    ]);
    expect(piece.numberFormat).toEqual([[null, "0%"]]);
  });

  it.each<[string, RangeRef[], boolean]>([
    ["a dense column", [{ top: 0, left: 0, bottom: 49_999, right: 0 }], true],
    ["a small sparse rectangle (≤ 10,000 cells)", [cell(0, 0), cell(99, 99)], true],
    ["a large sparse rectangle", [cell(0, 0), cell(20_000, 25)], false],
    [
      "a large rectangle a quarter covered",
      [{ top: 0, left: 0, bottom: 9_999, right: 0 }, cell(9_999, 3)],
      true,
    ],
    [
      "a large rectangle a fifth covered",
      [{ top: 0, left: 0, bottom: 9_999, right: 0 }, cell(9_999, 4)],
      false,
    ],
  ])("%s → one matrix: %p", (_, ranges, dense) => {
    expect(cellsPiece("S", [{ ranges, format: GREEN }]) !== undefined).toBe(dense);
  });

  it("is undefined without formats", () => {
    expect(cellsPiece("S", [])).toBeUndefined();
    expect(cellsPiece("S", [{ ranges: [], format: GREEN }])).toBeUndefined();
  });

  it("estimates its payload at least as large as its JSON, and not much larger", () => {
    const ranges = Array.from({ length: 500 }, (_, i) => cell(i, i % 2 ? 2 : 0));
    const piece = cellsPiece("S", [
      { ranges, format: { ...RED, border: "#808080", numberFormat: '0.0"%"' } },
    ])!;
    const json = JSON.stringify(piece.rows).length + JSON.stringify(piece.numberFormat).length;
    expect(piece.size).toBeGreaterThanOrEqual(json);
    expect(piece.size).toBeLessThan(json * 1.05);
    expect(piece.rowSizes.reduce((a, b) => a + b, 0)).toBe(piece.size);
  });

  it("chunks by rows like values: every row once, in order, each chunk within the budget", () => {
    const ranges = Array.from({ length: 1000 }, (_, i) => cell(i + 5, 3));
    const piece = cellsPiece("S", [
      { ranges: ranges.filter((_, i) => i % 2), format: GREEN },
      { ranges: ranges.filter((_, i) => i % 2 === 0), format: { ...RED, numberFormat: "@" } },
    ])!;
    const chunks = chunkPieces([piece], 5_000);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c.reduce((n, p) => n + p.size, 0)).toBeLessThanOrEqual(5_000);
    const parts = chunks.flat();
    expect(parts.flatMap((p) => p.rows.map((_, i) => p.top + i))).toEqual(
      Array.from({ length: 1000 }, (_, i) => i + 5)
    );
    expect(parts.flatMap((p) => (p.kind === "cells" ? p.rows : []))).toEqual(piece.rows);
    expect(parts.flatMap((p) => (p.kind === "cells" ? (p.numberFormat ?? []) : []))).toEqual(
      piece.numberFormat
    );
  });
});
