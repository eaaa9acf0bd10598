import { DEFAULT_SETTINGS, planBoard } from "../../../src/engine";
import { cellHeight, wrappedLines } from "../../../src/engine/board/row-height";
import { boardOf, findRow, gridOf, makeReport } from "./report-builder";

describe("row heights for wrapped text", () => {
  it.each<[string, number, number]>([
    ["", 10, 1],
    ["short", 10, 1],
    ["exactly ten", 11, 1],
    ["two words", 5, 2],
    ["one two three four", 9, 3],
    ["first line\nsecond line", 40, 2],
    ["abcdefghijklmnopqrstuvwxyz", 10, 3],
  ])("%p wrapped at %i characters takes %i lines", (text, perLine, lines) => {
    expect(wrappedLines(text, perLine)).toBe(lines);
  });

  it("needs no height for one line, more for more lines, and room for a large title", () => {
    const wrap = { wrap: true, fontSize: 10 };
    expect(cellHeight("NI 154", wrap, 10)).toBeUndefined();
    const two = cellHeight("a ".repeat(20).trim(), wrap, 10) ?? 0;
    const four = cellHeight("a ".repeat(40).trim(), wrap, 10) ?? 0;
    expect(two).toBeGreaterThan(15);
    expect(four).toBeGreaterThan(two);
    expect(cellHeight(42, wrap, 10)).toBeUndefined();
    expect(cellHeight("Anytown Partnership", { fontSize: 16 }, 10)).toBeGreaterThan(15);
  });

  it("sets the height of a detail row whose title wraps, and leaves one-line rows alone", () => {
    const long =
      "Achievement of at least 78 points across the Early Years Foundation Stage with at least 6 in each of the scales";
    const report = makeReport([
      { ambition: "A", code: "NI 72", title: long, status: "green" },
      { ambition: "A", code: "NI 16", title: "Crime", status: "green" },
    ]);
    const board = boardOf(planBoard({ sheets: [], owned: [] }, report, { ...DEFAULT_SETTINGS }));
    const grid = gridOf(board);
    const header = findRow(grid, 1, "Code");
    const heights = board.rowHeights ?? {};
    expect(heights[header + 1]).toBeGreaterThan(3 * 12);
    expect(heights[header + 2]).toBeUndefined();
    expect(heights[0]).toBeGreaterThan(15);
    for (const row of Object.keys(heights)) expect(Number(row)).toBeLessThan(grid.length);
  });
});
