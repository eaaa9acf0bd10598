/**
 * The part of the Excel object model the emulator answers, type by type: properties (read and/or write),
 * navigation properties, indexers and methods, each with the ExcelApi version that introduced it. Anything
 * not listed here is refused with ApiNotFound, so an adapter call outside the emulated API fails its test
 * instead of passing silently. Names are the wire names the library sends (PascalCase).
 */
import { CellValue, RangeRef, parseRangeA1, rangeToA1 } from "../../../src/engine";
import {
  FakeCell,
  FakeExcel,
  FakeSheet,
  SPECIAL_CELLS,
  cellPropertyEntries,
  parseWritten,
  quote,
} from "../fake-excel";

/** An object the library addresses by an object path; null is Excel's "null object". */
export type Node =
  | { readonly t: "Workbook" }
  | { readonly t: "WorksheetCollection" | "NamedItemCollection" | "TableCollection" }
  | {
      readonly t: "Worksheet" | "WorksheetProtection" | "WorksheetFreezePanes";
      readonly sheet: string;
    }
  | { readonly t: "PageLayout" | "HeaderFooterGroup" | "HeaderFooter"; readonly sheet: string }
  | { readonly t: "ChartCollection"; readonly sheet: string }
  | { readonly t: "Range" | "RangeAreas"; readonly sheet: string; readonly areas: RangeRef[] }
  | {
      readonly t: "RangeFormat" | "RangeFill" | "RangeFont" | "RangeBorderCollection";
      readonly target: Target;
    }
  | { readonly t: "RangeBorder"; readonly target: Target; readonly edge: string }
  | { readonly t: "NamedItem"; readonly name: string }
  | { readonly t: "Table"; readonly index: number }
  | { readonly t: "Chart" | "ChartTitle" | "ChartSeriesCollection"; readonly chart: Chart }
  | {
      readonly t: "ChartSeries" | "ChartSeriesFormat" | "ChartFill";
      readonly chart: Chart;
      readonly i: number;
    };

/** Cells a format applies to. */
export interface Target {
  readonly sheet: string;
  readonly areas: RangeRef[];
}

/** A chart as the workbook model keeps it: what Excel took from its source range when it was added. */
export interface Chart extends Record<string, unknown> {
  type: string;
  data: string;
  seriesBy: string;
  /** Series names Excel found in the header row when the chart was added ("Series1"… when it found none). */
  seriesNames: string[];
  /** Category labels Excel found in the first column. */
  categories: string[];
  colors: string[];
  title?: string;
  position?: string;
}

/** An Office.js error: the code is what the adapter branches on. */
export class HostFault extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400
  ) {
    super(message);
  }
}

export interface Env {
  readonly book: FakeExcel;
  /** Is ExcelApi `version` part of this host? */
  supports(version: string): boolean;
}

interface PropDef {
  readonly since?: string;
  readonly get?: (node: Node, env: Env) => unknown;
  readonly set?: (node: Node, value: unknown, env: Env) => void;
}
interface NavDef {
  readonly since?: string;
  readonly of: (node: Node, env: Env) => Node;
}
interface MethodDef {
  readonly since?: string;
  /** Returns a Node (for an object path), a value, or undefined. */
  readonly call: (node: Node, args: unknown[], env: Env) => unknown;
}
export interface TypeDef {
  readonly props?: Readonly<Record<string, PropDef>>;
  readonly navs?: Readonly<Record<string, NavDef>>;
  readonly methods?: Readonly<Record<string, MethodDef>>;
  /** `collection.getItem(key)`, sent as an indexer path. */
  readonly indexer?: (node: Node, args: unknown[], env: Env) => Node | null;
  /** The items of a collection, for `load("items/…")`. */
  readonly items?: (node: Node, env: Env) => Node[];
}

const WHOLE_SHEET: RangeRef = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
/** Excel reads at most this many cells in one request (and the emulator will not build more). */
export const MAX_READ_CELLS = 5_000_000;

export function sheetOf(env: Env, name: string): FakeSheet {
  const s = env.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!s)
    throw new HostFault("ItemNotFound", `The requested resource doesn't exist. (${name})`, 404);
  return s;
}

function guard(env: Env, sheet: string): FakeSheet {
  const s = sheetOf(env, sheet);
  if (s.protected)
    throw new HostFault(
      "AccessDenied",
      "The cell or chart you're trying to change is protected.",
      403
    );
  return s;
}

const cells = (a: RangeRef) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

function eachCell(env: Env, t: Target, fn: (c: FakeCell) => void): void {
  const s = guard(env, t.sheet);
  for (const a of t.areas)
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) fn(s.cell(r, c));
}

function grid<T>(env: Env, n: Node, f: (c: FakeCell | undefined) => T): T[][] {
  const { sheet, areas } = n as Target;
  const a = areas[0] as RangeRef;
  if (cells(a) > MAX_READ_CELLS)
    throw new HostFault(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload size has exceeded the limit (${cells(a)} cells).`,
      413
    );
  const s = sheetOf(env, sheet);
  return Array.from({ length: a.bottom - a.top + 1 }, (_, i) =>
    Array.from({ length: a.right - a.left + 1 }, (_, j) => f(s.peek(a.top + i, a.left + j)))
  );
}

function matrix<T>(value: unknown, a: RangeRef, what: string): T[][] {
  const rows = value as T[][];
  if (
    !Array.isArray(rows) ||
    rows.length !== a.bottom - a.top + 1 ||
    rows.some((r) => !Array.isArray(r) || r.length !== a.right - a.left + 1)
  ) {
    throw new HostFault(
      "InvalidArgument",
      `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range.`
    );
  }
  return rows;
}

function single(n: Node): RangeRef {
  return (n as Target).areas[0] as RangeRef;
}

function rangeNode(sheet: string, areas: RangeRef[], t: "Range" | "RangeAreas" = "Range"): Node {
  return { t, sheet, areas };
}

const addressOf = (sheet: string, areas: RangeRef[]) =>
  areas.map((a) => `${quote(sheet)}!${rangeToA1(a)}`).join(", ");

function formatProp(key: string): PropDef {
  return {
    set: (n, v, env) =>
      eachCell(env, (n as { target: Target }).target, (c) => {
        c.format[key] = v;
      }),
  };
}

const TARGET = (n: Node): Target => ({ sheet: (n as Target).sheet, areas: (n as Target).areas });

const RANGE_COMMON: TypeDef = {
  props: {
    Address: { get: (n) => addressOf((n as Target).sheet, (n as Target).areas) },
  },
  navs: {
    Format: { of: (n) => ({ t: "RangeFormat", target: TARGET(n) }) },
  },
  methods: {
    Clear: {
      call: (n, _args, env) =>
        eachCell(env, TARGET(n), (c) => {
          c.value = "";
          c.numberFormat = "General";
          c.format = {};
          delete c.formula;
          delete c.quotePrefix;
        }),
    },
  },
};

function chartSeries(sheet: FakeSheet, a: RangeRef): Pick<Chart, "seriesNames" | "categories"> {
  const at = (r: number, c: number): CellValue => sheet.peek(r, c)?.value ?? "";
  const header = Array.from({ length: a.right - a.left }, (_, j) => at(a.top, a.left + 1 + j));
  const labelled = header.length > 0 && header.every((h) => typeof h === "string" && h !== "");
  if (!labelled) {
    // Excel finds no header row or label column in empty cells: every column becomes a series of numbers.
    return {
      seriesNames: Array.from({ length: a.right - a.left + 1 }, (_, j) => `Series${j + 1}`),
      categories: [],
    };
  }
  return {
    seriesNames: header.map(String),
    categories: Array.from({ length: a.bottom - a.top }, (_, i) =>
      String(at(a.top + 1 + i, a.left))
    ),
  };
}

const ZOOM_KEYS = new Set(["horizontalFitToPages", "verticalFitToPages", "scale"]);

/** PageLayoutZoomOptions as documented: whole page counts of at least 1, or a scale of 10–400. */
function checkZoom(v: unknown): void {
  const bad = (why: string) => {
    throw new HostFault(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format (zoom: ${why}).`
    );
  };
  if (!v || typeof v !== "object") bad("not an object");
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (!ZOOM_KEYS.has(k)) bad(`unknown key ${k}`);
    if (x === null) continue;
    if (typeof x !== "number" || !Number.isInteger(x)) bad(`${k} is not a whole number`);
    if (k === "scale" ? (x as number) < 10 || (x as number) > 400 : (x as number) < 1)
      bad(`${k} = ${String(x)} is out of range`);
  }
}

export const API: Readonly<Record<string, TypeDef>> = {
  Workbook: {
    navs: {
      Worksheets: { of: () => ({ t: "WorksheetCollection" }) },
      Names: { of: () => ({ t: "NamedItemCollection" }) },
      Tables: { of: () => ({ t: "TableCollection" }) },
    },
  },
  WorksheetCollection: {
    items: (_n, env) => env.book.sheets.map((s) => ({ t: "Worksheet", sheet: s.name })),
    indexer: (_n, [name], env) => ({ t: "Worksheet", sheet: sheetOf(env, String(name)).name }),
    methods: {
      GetItemAt: {
        call: (_n, [i], env) => {
          const s = env.book.sheets[Number(i)];
          if (!s) throw new HostFault("ItemNotFound", "The requested resource doesn't exist.", 404);
          return { t: "Worksheet", sheet: s.name };
        },
      },
      Add: {
        call: (_n, [name], env) => {
          const n = String(name);
          if (env.book.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase()))
            throw new HostFault("ItemAlreadyExists", `A sheet named '${n}' already exists.`, 409);
          env.book.sheets.push(new FakeSheet(n));
          return { t: "Worksheet", sheet: n };
        },
      },
    },
  },
  Worksheet: {
    props: {
      Name: { get: (n, env) => sheetOf(env, (n as { sheet: string }).sheet).name },
      Visibility: { get: (n, env) => sheetOf(env, (n as { sheet: string }).sheet).visibility },
    },
    navs: {
      Protection: {
        since: "1.2",
        of: (n) => ({ t: "WorksheetProtection", sheet: (n as { sheet: string }).sheet }),
      },
      FreezePanes: {
        since: "1.7",
        of: (n) => ({ t: "WorksheetFreezePanes", sheet: (n as { sheet: string }).sheet }),
      },
      PageLayout: {
        since: "1.9",
        of: (n) => ({ t: "PageLayout", sheet: (n as { sheet: string }).sheet }),
      },
      Charts: { of: (n) => ({ t: "ChartCollection", sheet: (n as { sheet: string }).sheet }) },
    },
    methods: {
      GetRange: {
        call: (n, [address]) => {
          const sheet = (n as { sheet: string }).sheet;
          if (address === undefined || address === null || address === "")
            return rangeNode(sheet, [WHOLE_SHEET]);
          const areas = parseAddressList(String(address));
          if (areas.length !== 1)
            throw new HostFault("InvalidArgument", `Bad address '${String(address)}'.`);
          return rangeNode(sheet, areas);
        },
      },
      GetRangeByIndexes: {
        since: "1.7",
        call: (n, [row, col, rows, cols]) => {
          const [r, c, h, w] = [row, col, rows, cols].map(Number) as [
            number,
            number,
            number,
            number,
          ];
          if (
            h < 1 ||
            w < 1 ||
            r < 0 ||
            c < 0 ||
            r + h - 1 > WHOLE_SHEET.bottom ||
            c + w - 1 > WHOLE_SHEET.right
          )
            throw new HostFault(
              "InvalidArgument",
              "The argument is invalid or missing or has an incorrect format."
            );
          return rangeNode((n as { sheet: string }).sheet, [
            { top: r, left: c, bottom: r + h - 1, right: c + w - 1 },
          ]);
        },
      },
      GetRanges: {
        since: "1.9",
        call: (n, [address]) =>
          rangeNode(
            (n as { sheet: string }).sheet,
            parseAddressList(String(address)),
            "RangeAreas"
          ),
      },
      GetUsedRangeOrNullObject: {
        since: "1.4",
        call: (n, [valuesOnly], env) => {
          const sheet = sheetOf(env, (n as { sheet: string }).sheet);
          const used = sheet.usedIn(WHOLE_SHEET, valuesOnly === true);
          return used ? rangeNode(sheet.name, [used]) : null;
        },
      },
      Activate: {
        call: (n, _args, env) => {
          const sheet = sheetOf(env, (n as { sheet: string }).sheet);
          if (sheet.visibility !== "Visible")
            throw new HostFault(
              "InvalidOperation",
              "You can't activate a hidden or very hidden sheet."
            );
          env.book.activeSheet = sheet.name;
        },
      },
      Delete: {
        call: (n, _args, env) => {
          const sheet = sheetOf(env, (n as { sheet: string }).sheet);
          env.book.sheets.splice(env.book.sheets.indexOf(sheet), 1);
        },
      },
    },
  },
  WorksheetProtection: {
    props: {
      Protected: { get: (n, env) => sheetOf(env, (n as { sheet: string }).sheet).protected },
    },
  },
  WorksheetFreezePanes: {
    methods: {
      FreezeRows: {
        call: (n, [count], env) => {
          guard(env, (n as { sheet: string }).sheet).frozenRows = Number(count);
        },
      },
    },
  },
  PageLayout: {
    props: {
      Orientation: {
        set: (n, v, env) => {
          if (v !== "Landscape" && v !== "Portrait")
            throw new HostFault("InvalidArgument", `orientation ${String(v)}`);
          guard(env, (n as { sheet: string }).sheet).pageLayout.orientation = v;
        },
      },
      PaperSize: {
        set: (n, v, env) =>
          void (guard(env, (n as { sheet: string }).sheet).pageLayout.paperSize = v),
      },
      Zoom: {
        set: (n, v, env) => {
          checkZoom(v);
          guard(env, (n as { sheet: string }).sheet).pageLayout.zoom = v;
        },
      },
    },
    navs: {
      HeadersFooters: {
        of: (n) => ({ t: "HeaderFooterGroup", sheet: (n as { sheet: string }).sheet }),
      },
    },
    methods: {
      SetPrintTitleRows: {
        call: (n, [rows], env) => {
          if (!/^\$\d+:\$\d+$/.test(String(rows)))
            throw new HostFault("InvalidArgument", `print title rows ${String(rows)}`);
          guard(env, (n as { sheet: string }).sheet).pageLayout.printTitleRows = rows;
        },
      },
    },
  },
  HeaderFooterGroup: {
    navs: {
      DefaultForAllPages: {
        of: (n) => ({ t: "HeaderFooter", sheet: (n as { sheet: string }).sheet }),
      },
    },
  },
  HeaderFooter: {
    props: {
      CenterFooter: {
        set: (n, v, env) =>
          void (guard(env, (n as { sheet: string }).sheet).pageLayout.centerFooter = v),
      },
    },
  },
  ChartCollection: {
    methods: {
      Add: {
        call: (n, [type, source, seriesBy], env) => {
          const sheet = guard(env, (n as { sheet: string }).sheet);
          const src = source as Node | null;
          if (!src || src.t !== "Range")
            throw new HostFault("InvalidArgument", "sourceData must be a range.");
          const a = single(src);
          const chart: Chart = {
            type: String(type),
            data: rangeToA1(a),
            seriesBy: String(seriesBy),
            ...chartSeries(sheet, a),
            colors: [],
          };
          sheet.charts.push(chart);
          return { t: "Chart", chart };
        },
      },
    },
  },
  Chart: {
    navs: {
      Title: { of: (n) => ({ t: "ChartTitle", chart: (n as { chart: Chart }).chart }) },
      Series: { of: (n) => ({ t: "ChartSeriesCollection", chart: (n as { chart: Chart }).chart }) },
    },
    methods: {
      SetPosition: {
        call: (n, [from, to]) => {
          (n as { chart: Chart }).chart.position = `${String(from)}:${String(to)}`;
        },
      },
    },
  },
  ChartTitle: {
    props: { Text: { set: (n, v) => void ((n as { chart: Chart }).chart.title = String(v)) } },
  },
  ChartSeriesCollection: {
    methods: {
      GetItemAt: {
        call: (n, [i]) => {
          const chart = (n as { chart: Chart }).chart;
          if (Number(i) >= chart.seriesNames.length)
            throw new HostFault("ItemNotFound", `The chart has no series ${String(i)}.`, 404);
          return { t: "ChartSeries", chart, i: Number(i) };
        },
      },
    },
  },
  ChartSeries: {
    props: {
      Name: {
        get: (n) => (n as { chart: Chart; i: number }).chart.seriesNames[(n as { i: number }).i],
      },
    },
    navs: {
      Format: { of: (n) => ({ ...(n as { chart: Chart; i: number }), t: "ChartSeriesFormat" }) },
    },
  },
  ChartSeriesFormat: {
    navs: { Fill: { of: (n) => ({ ...(n as { chart: Chart; i: number }), t: "ChartFill" }) } },
  },
  ChartFill: {
    methods: {
      SetSolidColor: {
        call: (n, [color]) => {
          const { chart, i } = n as { chart: Chart; i: number };
          chart.colors[i] = String(color);
        },
      },
    },
  },
  Range: {
    props: {
      ...RANGE_COMMON.props,
      Values: {
        get: (n, env) => grid(env, n, (c) => c?.value ?? ""),
        set: (n, v, env) => {
          const a = single(n);
          const rows = matrix<CellValue | null>(v, a, "input");
          const s = guard(env, (n as Target).sheet);
          rows.forEach((row, i) =>
            row.forEach((x, j) => {
              if (x === null) return;
              const cell = s.cell(a.top + i, a.left + j);
              delete cell.formula;
              delete cell.quotePrefix;
              Object.assign(cell, typeof x === "string" ? parseWritten(x) : { value: x });
            })
          );
        },
      },
      NumberFormat: {
        get: (n, env) => grid(env, n, (c) => c?.numberFormat ?? "General"),
        set: (n, v, env) => {
          const a = single(n);
          const rows = matrix<string | null>(v, a, "number format");
          const s = guard(env, (n as Target).sheet);
          rows.forEach((row, i) =>
            row.forEach((f, j) => {
              if (f !== null) s.cell(a.top + i, a.left + j).numberFormat = f;
            })
          );
        },
      },
      RowIndex: { get: (n) => single(n).top },
      ColumnIndex: { get: (n) => single(n).left },
      RowCount: { get: (n) => single(n).bottom - single(n).top + 1 },
      ColumnCount: { get: (n) => single(n).right - single(n).left + 1 },
      CellCount: { get: (n) => cells(single(n)) },
    },
    navs: RANGE_COMMON.navs,
    methods: {
      ...RANGE_COMMON.methods,
      SetCellProperties: {
        since: "1.9",
        call: (n, [props], env) => {
          const a = single(n);
          const rows = matrix<Excel.SettableCellProperties>(props, a, "cell properties");
          const s = guard(env, (n as Target).sheet);
          rows.forEach((row, i) =>
            row.forEach((p, j) => {
              const entries = cellPropertyEntries(p);
              if (!entries.length) return;
              const cell = s.cell(a.top + i, a.left + j);
              for (const [key, v] of entries) cell.format[key] = v;
            })
          );
        },
      },
      // The library splits an array of more than 1,500 cells into row blocks: it checks the size once,
      // then sets each block on getRow(i).getBoundingRect(getRow(j)).
      _ValidateArraySize: {
        since: "1.3",
        call: (n, [rows, cols]) => {
          const a = single(n);
          if (Number(rows) !== a.bottom - a.top + 1 || Number(cols) !== a.right - a.left + 1)
            throw new HostFault(
              "InvalidArgument",
              "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
            );
        },
      },
      GetRow: {
        call: (n, [row]) => {
          const a = single(n);
          const r = a.top + Number(row);
          if (r > a.bottom)
            throw new HostFault("InvalidArgument", `Row ${String(row)} is outside the range.`);
          return rangeNode((n as Target).sheet, [{ ...a, top: r, bottom: r }]);
        },
      },
      GetBoundingRect: {
        call: (n, [other]) => {
          const a = single(n);
          const b = single(other as Node);
          return rangeNode((n as Target).sheet, [
            {
              top: Math.min(a.top, b.top),
              left: Math.min(a.left, b.left),
              bottom: Math.max(a.bottom, b.bottom),
              right: Math.max(a.right, b.right),
            },
          ]);
        },
      },
      Merge: {
        since: "1.2",
        call: (n, _args, env) => void guard(env, (n as Target).sheet).merges.push(single(n)),
      },
      Select: {
        call: (n, _args, env) => {
          const { sheet } = n as Target;
          const s = sheetOf(env, sheet);
          if (s.visibility !== "Visible")
            throw new HostFault("InvalidOperation", "You can't select a range on a hidden sheet.");
          env.book.activeSheet = s.name;
          env.book.selection = { sheet: s.name, address: rangeToA1(single(n)) };
        },
      },
      GetMergedAreasOrNullObject: {
        since: "1.13",
        call: (n, _args, env) => {
          const a = single(n);
          const { sheet } = n as Target;
          const inside = sheetOf(env, sheet).merges.filter(
            (m) => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right
          );
          return inside.length ? rangeNode(sheet, inside, "RangeAreas") : null;
        },
      },
      GetSpecialCellsOrNullObject: {
        since: "1.9",
        call: (n, [cellType], env) => {
          const { sheet } = n as Target;
          const s = sheetOf(env, sheet);
          const keep = SPECIAL_CELLS[String(cellType)];
          if (!keep && cellType !== "DataValidations")
            throw new HostFault(
              "InvalidArgument",
              `The emulator has no special cells of type ${String(cellType)}.`
            );
          const found = keep ? s.areasWhere(single(n), keep) : s.validatedIn(single(n));
          return found.length ? rangeNode(sheet, found, "RangeAreas") : null;
        },
      },
      GetUsedRangeOrNullObject: {
        since: "1.4",
        call: (n, [valuesOnly], env) => {
          const { sheet } = n as Target;
          const used = sheetOf(env, sheet).usedIn(single(n), valuesOnly === true);
          return used ? rangeNode(sheet, [used]) : null;
        },
      },
    },
  },
  RangeAreas: {
    props: {
      ...RANGE_COMMON.props,
      AreaCount: { get: (n) => (n as Target).areas.length },
      CellCount: { get: (n) => (n as Target).areas.reduce((k, a) => k + cells(a), 0) },
    },
    navs: RANGE_COMMON.navs,
    methods: RANGE_COMMON.methods,
  },
  RangeFormat: {
    props: {
      WrapText: formatProp("wrapText"),
      HorizontalAlignment: formatProp("horizontalAlignment"),
      VerticalAlignment: formatProp("verticalAlignment"),
      ColumnWidth: {
        set: (n, v, env) => {
          const { target } = n as { target: Target };
          const s = guard(env, target.sheet);
          for (const a of target.areas)
            for (let c = a.left; c <= a.right; c++) s.columnWidths.set(c, Number(v));
        },
      },
      UseStandardWidth: {
        since: "1.7",
        set: (n, v, env) => {
          const { target } = n as { target: Target };
          const s = guard(env, target.sheet);
          // Setting it to false has no effect (documented); true drops the column's own width.
          if (v !== true) return;
          for (const a of target.areas)
            for (let c = a.left; c <= a.right; c++) s.columnWidths.delete(c);
        },
      },
      RowHeight: {
        set: (n, v, env) => {
          const { target } = n as { target: Target };
          const s = guard(env, target.sheet);
          for (const a of target.areas)
            for (let r = a.top; r <= a.bottom; r++) s.rowHeights.set(r, Number(v));
        },
      },
    },
    navs: {
      Fill: { of: (n) => ({ t: "RangeFill", target: (n as { target: Target }).target }) },
      Font: { of: (n) => ({ t: "RangeFont", target: (n as { target: Target }).target }) },
      Borders: {
        of: (n) => ({ t: "RangeBorderCollection", target: (n as { target: Target }).target }),
      },
    },
  },
  RangeFill: { props: { Color: formatProp("fill") } },
  RangeFont: {
    props: {
      Color: formatProp("fontColor"),
      Bold: formatProp("bold"),
      Italic: formatProp("italic"),
      Size: formatProp("fontSize"),
    },
  },
  RangeBorderCollection: {
    indexer: (n, [edge]) => {
      const e = String(edge);
      if (!/^(Edge(Top|Bottom|Left|Right)|Inside(Horizontal|Vertical)|Diagonal(Down|Up))$/.test(e))
        throw new HostFault("InvalidArgument", `No border ${e}.`);
      return { t: "RangeBorder", target: (n as { target: Target }).target, edge: e };
    },
  },
  RangeBorder: {
    props: Object.fromEntries(
      ["Style", "Weight", "Color"].map((p) => [
        p,
        {
          set: (n: Node, v: unknown, env: Env) => {
            const { target, edge } = n as { target: Target; edge: string };
            eachCell(env, target, (c) => {
              c.format[`border.${edge}.${p.toLowerCase()}`] = v;
            });
          },
        },
      ])
    ),
  },
  NamedItemCollection: {
    items: (_n, env) => [...env.book.names.keys()].map((name) => ({ t: "NamedItem", name })),
    indexer: (_n, [name], env) => {
      if (!env.book.names.has(String(name)))
        throw new HostFault(
          "ItemNotFound",
          `The requested resource doesn't exist. (${String(name)})`,
          404
        );
      return { t: "NamedItem", name: String(name) };
    },
    methods: {
      GetItemOrNullObject: {
        since: "1.4",
        call: (_n, [name], env) =>
          env.book.names.has(String(name)) ? { t: "NamedItem", name: String(name) } : null,
      },
      GetItemAt: {
        call: (_n, [i], env) => {
          const name = [...env.book.names.keys()][Number(i)];
          if (name === undefined)
            throw new HostFault("ItemNotFound", "The requested resource doesn't exist.", 404);
          return { t: "NamedItem", name };
        },
      },
      Add: {
        since: "1.4",
        call: (_n, [name, reference], env) => {
          const n = String(name);
          if (env.book.names.has(n))
            throw new HostFault("ItemAlreadyExists", `The name '${n}' already exists.`, 409);
          const ref = String(reference);
          env.book.names.set(n, ref.startsWith("=") ? ref : `=${ref}`);
          return { t: "NamedItem", name: n };
        },
      },
    },
  },
  NamedItem: {
    props: {
      Name: { get: (n) => (n as { name: string }).name },
      Formula: { since: "1.7", get: (n, env) => env.book.names.get((n as { name: string }).name) },
    },
    methods: {
      Delete: {
        since: "1.4",
        call: (n, _args, env) => {
          if (!env.book.names.delete((n as { name: string }).name))
            throw new HostFault("ItemNotFound", "The requested resource doesn't exist.", 404);
        },
      },
    },
  },
  TableCollection: {
    items: (_n, env) => env.book.tables.map((_t, index) => ({ t: "Table", index })),
    methods: {
      GetItemAt: {
        call: (_n, [i], env) => {
          if (!env.book.tables[Number(i)])
            throw new HostFault("ItemNotFound", "The requested resource doesn't exist.", 404);
          return { t: "Table", index: Number(i) };
        },
      },
    },
  },
  Table: {
    props: { Name: { get: (n, env) => env.book.tables[(n as { index: number }).index]?.name } },
    navs: {
      Worksheet: {
        since: "1.2",
        of: (n, env) => ({
          t: "Worksheet",
          sheet: env.book.tables[(n as { index: number }).index]?.sheet ?? "",
        }),
      },
    },
    methods: {
      GetRange: {
        call: (n, _args, env) => {
          const t = env.book.tables[(n as { index: number }).index];
          if (!t) throw new HostFault("ItemNotFound", "The requested resource doesn't exist.", 404);
          return rangeNode(t.sheet, [t.range]);
        },
      },
    },
  },
};

/** "A1:B2, 'My sheet'!C3, D4" → rectangles (sheet names dropped: every address is on one sheet). */
export function parseAddressList(address: string): RangeRef[] {
  return address.split(",").map((part) => {
    const range = parseRangeA1(part.trim().replace(/^.*!/, "").replace(/\$/g, ""));
    if (!range) throw new HostFault("InvalidArgument", `Bad address '${part.trim()}'.`);
    return range;
  });
}
