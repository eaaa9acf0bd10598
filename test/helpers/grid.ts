import {
  CellValue,
  OwnedArea,
  RangeRef,
  SheetArea,
  SheetSnapshot,
  WorkbookSnapshot,
  singleArea,
} from "../../src/engine";
import { parseRangeA1 } from "../../src/engine/model/address";

/** A test sheet: rows of cells starting at `origin` (default A1); ragged rows are padded with "". */
export interface GridSheet {
  name?: string;
  /** A1 address of values[0][0]; default "A1". */
  at?: string;
  rows: CellValue[][];
  /** Number formats by A1 address, e.g. { D5: "0.0%" }. */
  formats?: Record<string, string>;
  /** Merged areas as A1 ranges, e.g. ["A5:A9"]. */
  merges?: string[];
  tables?: { name: string; range: string }[];
  protected?: boolean;
  /** Cells holding a user's format, validation or note but no value, as A1 ranges. */
  styled?: string[];
  /** What the adapter says it could not read. */
  unread?: string;
}

/** Builds a sheet snapshot from readable rows, the way an adapter would. */
export function sheet(spec: GridSheet): SheetSnapshot {
  const origin = spec.at ? parseRangeA1(spec.at) : { top: 0, left: 0 };
  if (!origin) throw new Error(`bad origin ${spec.at}`);
  const width = Math.max(0, ...spec.rows.map((r) => r.length));
  const values = spec.rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
  const numberFormats = values.map((r) => r.map(() => "General"));
  for (const [addr, fmt] of Object.entries(spec.formats ?? {})) {
    const pos = parseRangeA1(addr);
    if (!pos) throw new Error(`bad format address ${addr}`);
    const row = numberFormats[pos.top - origin.top];
    if (!row || pos.left - origin.left >= row.length)
      throw new Error(`format outside grid ${addr}`);
    row[pos.left - origin.left] = fmt;
  }
  const range = (a1: string): RangeRef => {
    const r = parseRangeA1(a1);
    if (!r) throw new Error(`bad range ${a1}`);
    return r;
  };
  return {
    name: spec.name ?? "LAA",
    areas: singleArea({ row: origin.top, col: origin.left }, values, numberFormats),
    merges: (spec.merges ?? []).map(range),
    tables: (spec.tables ?? []).map((t) => ({ name: t.name, range: range(t.range) })),
    protected: spec.protected ?? false,
    ...(spec.styled ? { styled: spec.styled.map(range) } : {}),
    ...(spec.unread ? { unread: spec.unread } : {}),
  };
}

/** The one area of a test sheet (the tests' sheets are a single used range). */
export function onlyArea(sheet: SheetSnapshot | undefined): SheetArea {
  const [area, more] = sheet?.areas ?? [];
  if (!area || more)
    throw new Error(`expected a sheet of one area, got ${sheet?.areas.length ?? 0}`);
  return area;
}

/** A workbook snapshot from one or more test sheets. */
export function workbook(sheets: GridSheet[], owned: OwnedArea[] = []): WorkbookSnapshot {
  return { sheets: sheets.map(sheet), owned };
}

/**
 * A government-format header: two rows, Priority, Indicator and Baseline in A–C, the years 08/09,
 * 09/10 and 10/11 in D–F under a spanning "LAA improvement target", then `more` columns from G.
 */
export function govHeader(...more: string[]): CellValue[][] {
  return [
    ["Priority", "Indicator", "Baseline", "LAA improvement target", "", "", ...more],
    ["", "", "", "08/09", "09/10", "10/11", ...more.map(() => "")],
  ];
}

/** The government-format header: two rows, years under a spanning "LAA improvement target". */
export const GOV_HEADER: CellValue[][] = govHeader("Lead partners");

/**
 * A small rated table: the government header with Lead partners and two years of actuals (H, I), and
 * two indicators with their baselines, targets and actuals.
 */
export function ratedTable(): CellValue[][] {
  return [
    ...govHeader("Lead partners", "Actual 2008/09", "Actual 2009/10"),
    [
      "Safer",
      "NI 16 Serious acquisitive crime rate",
      "16.2 (2007/08)",
      15.5,
      15,
      14.5,
      "Police",
      15.8,
      17.5,
    ],
    [
      "Housing",
      "NI 154 Net additional homes provided",
      "2,100 (2007/08)",
      2200,
      2400,
      2600,
      "Council",
      2150,
      2300,
    ],
  ];
}
