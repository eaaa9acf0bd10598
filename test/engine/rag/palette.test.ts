import { STATUS_FILL, STATUS_WORD } from "../../../src/engine";
import { CHART_COLORS } from "../../../src/engine/board/styles";

/** WCAG 2 relative luminance of "#RRGGBB". */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const entries = Object.entries(STATUS_FILL);

describe("STATUS_FILL palette", () => {
  it("has a fill and a word for every status a cell can show, the three missing-data ones included", () => {
    expect(Object.keys(STATUS_FILL).sort()).toEqual(
      ["amber", "awaiting-data", "green", "no-data", "not-collected", "red"].sort()
    );
    for (const status of Object.keys(STATUS_FILL))
      expect(STATUS_WORD[status as keyof typeof STATUS_WORD].length).toBeGreaterThan(0);
  });

  it.each(entries)("%s: text contrast on the fill is at least 4.5:1", (_status, { fill, font }) => {
    expect(contrast(fill, font)).toBeGreaterThanOrEqual(4.5);
  });

  it("dark text on light fills", () => {
    for (const [, { fill, font }] of entries)
      expect(luminance(fill)).toBeGreaterThan(luminance(font));
  });

  const pairs = entries.flatMap(([a, x], i) =>
    entries.slice(i + 1).map(([b, y]) => [a, b, x.fill, y.fill])
  );
  it.each(pairs)("%s and %s differ in greyscale lightness by at least 0.08", (_a, _b, fa, fb) => {
    expect(Math.abs(luminance(fa as string) - luminance(fb as string))).toBeGreaterThanOrEqual(
      0.08
    );
  });
});

describe("the board chart's series colours", () => {
  const colours = Object.entries(CHART_COLORS);
  const pairs = colours.flatMap(([a, x], i) => colours.slice(i + 1).map(([b, y]) => [a, b, x, y]));
  it.each(pairs)("%s and %s differ in greyscale lightness by at least 0.08", (_a, _b, x, y) => {
    expect(Math.abs(luminance(x as string) - luminance(y as string))).toBeGreaterThanOrEqual(0.08);
  });
});
