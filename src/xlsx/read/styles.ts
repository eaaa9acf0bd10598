/** styles.xml as the reader needs it: each cell format's number format, and whether a user set it. */
import { Tag, attributes, children, elementEnd, findTag } from "../xml/scan";

/** Excel's built-in number formats by id (the ones every locale shares). */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** One element of a list in styles.xml (a font, fill, border or xf): where it is and its text. */
export interface StyleItem {
  readonly tag: Tag;
  readonly end: number;
  readonly xml: string;
}

export interface StyleList {
  /** The list element (`<fonts>`), or undefined when styles.xml has none. */
  readonly tag?: Tag;
  readonly end: number;
  readonly items: readonly StyleItem[];
}

export interface Styles {
  readonly xml: string;
  readonly numFmts: ReadonlyMap<number, string>;
  readonly numFmtList: StyleList;
  readonly fonts: StyleList;
  readonly fills: StyleList;
  readonly borders: StyleList;
  readonly cellXfs: StyleList;
  /** Number format code of each cell format (index = the cell's `s`). */
  readonly formatOf: readonly string[];
  /** True for each cell format that carries a user's fill, border or number format. */
  readonly userFormatted: readonly boolean[];
}

function list(xml: string, name: string): StyleList {
  const tag = findTag(xml, name);
  if (!tag) return { end: -1, items: [] };
  const items = children(xml, tag).map((c) => ({
    tag: c.tag,
    end: c.end,
    xml: xml.slice(c.tag.start, c.end),
  }));
  return { tag, end: elementEnd(xml, tag), items };
}

function visibleFill(fill: string): boolean {
  const m = /patternType\s*=\s*["']([^"']*)["']/.exec(fill);
  // A gradient fill has no patternType; "none" and Excel's reserved "gray125" are no fill.
  if (!m) return /gradientFill/.test(fill);
  return m[1] !== "none" && m[1] !== "gray125";
}

function visibleBorder(border: string): boolean {
  return /\sstyle\s*=\s*["'](?!none["'])[^"']+["']/.test(border);
}

const EMPTY: Styles = {
  xml: "",
  numFmts: new Map(),
  numFmtList: { end: -1, items: [] },
  fonts: { end: -1, items: [] },
  fills: { end: -1, items: [] },
  borders: { end: -1, items: [] },
  cellXfs: { end: -1, items: [] },
  formatOf: [],
  userFormatted: [],
};

export function readStyles(xml: string | undefined): Styles {
  if (xml === undefined) return EMPTY;
  const numFmtList = list(xml, "numFmts");
  const numFmts = new Map<number, string>();
  for (const item of numFmtList.items) {
    const a = attributes(xml, item.tag);
    numFmts.set(Number(a.numFmtId), a.formatCode ?? "General");
  }
  const fills = list(xml, "fills");
  const borders = list(xml, "borders");
  const cellXfs = list(xml, "cellXfs");
  const formatOf: string[] = [];
  const userFormatted: boolean[] = [];
  for (const item of cellXfs.items) {
    const a = attributes(xml, item.tag);
    const id = Number(a.numFmtId ?? 0);
    formatOf.push(numFmts.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
    const fill = fills.items[Number(a.fillId ?? 0)]?.xml ?? "";
    const border = borders.items[Number(a.borderId ?? 0)]?.xml ?? "";
    userFormatted.push(id !== 0 || visibleFill(fill) || visibleBorder(border));
  }
  return {
    xml,
    numFmts,
    numFmtList,
    fonts: list(xml, "fonts"),
    fills,
    borders,
    cellXfs,
    formatOf,
    userFormatted,
  };
}
