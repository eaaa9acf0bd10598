/**
 * Rows and tables built by hand, for tests of what comes after the reader (rating, planning, gaps,
 * the board): the test says what the reader hands over and nothing more. Cells lie in the table's
 * columns; as in the reader, a row of a table without a baseline or lead-partners column has them
 * empty at the indicator cell.
 */
import {
  CellRef,
  CellValue,
  FinancialYear,
  IndicatorRow,
  LaaTable,
  ParsedValue,
  Polarity,
  RangeRef,
  TableColumns,
  YearColumn,
  YearValue,
  rangeToA1,
  yearLabel,
} from "../../src/engine";

/** One indicator row as a test writes it: each value is what its cell holds. */
export interface RowSpec {
  /** The indicator cell: "NI 154 Net additional homes", "NI 102b", or a local indicator's title. */
  readonly indicator: string;
  /** The priority written on this row, or carried down from the row `from` where it is written. */
  readonly priority?: string | { readonly text: string; readonly from: number };
  readonly baseline?: CellValue;
  /** Cells by financial year (2008 = 2008/09) in the table's target columns; a year left out is empty. */
  readonly targets?: Readonly<Record<number, CellValue>>;
  /** Cells by financial year in the table's actual columns; a year left out is empty. */
  readonly actuals?: Readonly<Record<number, CellValue>>;
  /**
   * Numbers in baseline, targets and actuals are percentages: fractions shown as percentages (true:
   * 0.452 is 45.2%), or written as percentages ("written": 45.2 is 45.2%).
   */
  readonly percent?: boolean | "written";
  /** The lead partners cell; names are split at ; , / & and "and", nothing else is cleaned. */
  readonly partners?: string;
  /** The row's resolved polarity, as if the table's Polarity column gave it. */
  readonly polarity?: Polarity;
  readonly tolerance?: CellValue;
  readonly comment?: string;
  /** The "Contributes to" cell; one ambition a line or between semicolons. */
  readonly contributesTo?: string;
  /** The baseline's period, as written in its cell ("2007/08"). */
  readonly baselinePeriod?: string;
  /** A "Data available" cell. */
  readonly dataAvailable?: string;
  /** A "Reward" cell ("No", "Removed from reward element"). */
  readonly reward?: string;
}

/** A plain cell as the reader parses it: a number (a percentage when `percent`), empty, or text. */
export function parsed(
  raw: CellValue | undefined,
  cell: CellRef,
  percent: boolean | "written" = false
): ParsedValue {
  if (raw === undefined || raw === "") return { kind: "empty", cell, raw: "" };
  if (typeof raw !== "number") return { kind: "text", cell, raw, text: String(raw) };
  if (percent === "written") return { kind: "number", cell, raw, value: raw, unit: "percent" };
  return percent
    ? { kind: "number", cell, raw, value: raw * 100, unit: "percent" }
    : { kind: "number", cell, raw, value: raw, unit: "number" };
}

/** Year columns from column `col` on, one a column, headed "2008/09" unless told. */
export function yearColumns(
  col: number,
  years: readonly FinancialYear[],
  header: (year: FinancialYear) => string = yearLabel
): YearColumn[] {
  return years.map((year, k) => ({ year, col: col + k, header: header(year) }));
}

/**
 * The columns of GOV_HEADER (test/helpers/grid.ts): A priority, B indicator, C baseline, D–F targets
 * 2008/09–2010/11, G lead partners. Tests add actuals and other columns from H.
 */
export const GOV_COLUMNS: TableColumns = {
  priority: 0,
  indicator: 1,
  baseline: 2,
  leadPartners: 6,
  targets: yearColumns(3, [2008, 2009, 2010], (year) => yearLabel(year).slice(2)),
  actuals: [],
  rag: [],
};

/** The indicator row `spec` describes, on sheet row `row` (0-based) of a table with `columns`. */
export function indicatorRow(
  spec: RowSpec,
  row: number,
  columns: TableColumns,
  sheet = "LAA"
): IndicatorRow {
  const at = (col: number): CellRef => ({ sheet, row, col });
  const column = (
    name: keyof Omit<TableColumns, "targets" | "actuals" | "rag" | "baselineUnit" | "inYear">
  ): number => {
    const col = columns[name];
    if (col === undefined) throw new Error(`the test table has no ${name} column`);
    return col;
  };
  const indicatorCell = at(columns.indicator ?? 0);
  const value = (raw: CellValue | undefined, col: number) => parsed(raw, at(col), spec.percent);
  const years = (
    kind: "targets" | "actuals",
    values: Readonly<Record<number, CellValue>> = {}
  ): YearValue[] => {
    for (const year of Object.keys(values).map(Number))
      if (!columns[kind].some((c) => c.year === year))
        throw new Error(`the test table has no ${kind} column for ${year}`);
    return columns[kind].map((c) => ({ year: c.year, value: value(values[c.year], c.col) }));
  };
  const partners = spec.partners ?? "";
  const out: { -readonly [K in keyof IndicatorRow]: IndicatorRow[K] } = {
    row,
    indicator: { cell: indicatorCell, raw: spec.indicator, ...indicatorCode(spec.indicator) },
    baseline:
      columns.baseline === undefined && spec.baseline === undefined
        ? { kind: "empty", cell: indicatorCell, raw: "" }
        : value(spec.baseline, column("baseline")),
    targets: years("targets", spec.targets),
    actuals: years("actuals", spec.actuals),
    partners: {
      cell: at(
        partners === "" ? (columns.leadPartners ?? indicatorCell.col) : column("leadPartners")
      ),
      raw: partners,
      names: split(partners, /;|,|\/|&| and /),
    },
    contributesTo: [],
  };
  if (spec.priority !== undefined) {
    const { text, from } =
      typeof spec.priority === "string" ? { text: spec.priority, from: row } : spec.priority;
    out.priority = {
      text,
      cell: { sheet, row: from, col: column("priority") },
      carried: from !== row,
    };
  }
  if (spec.polarity) out.polarity = { value: spec.polarity, source: "table" };
  if (spec.tolerance !== undefined) out.tolerance = value(spec.tolerance, column("tolerance"));
  if (spec.comment !== undefined)
    out.comment = { cell: at(column("comments")), text: spec.comment };
  if (spec.baselinePeriod !== undefined)
    out.baselinePeriod = { text: spec.baselinePeriod, from: "cell" };
  if (spec.dataAvailable !== undefined)
    out.dataAvailable = { cell: at(column("dataAvailable")), text: spec.dataAvailable };
  if (spec.reward !== undefined) out.reward = { cell: at(column("reward")), text: spec.reward };
  if (spec.contributesTo !== undefined) {
    column("contributesTo"); // throws when the table has no such column
    out.contributesTo = split(spec.contributesTo, /;|\n/);
  }
  return out;
}

/**
 * A table of `rows` with `columns` on `sheet`: a two-row header at the top (rows 1–2) unless told,
 * reaching down to its last row and across to its last column unless `range` says otherwise.
 */
export function laaTable(
  rows: readonly IndicatorRow[],
  columns: TableColumns,
  opts: { sheet?: string; headerRows?: readonly number[]; range?: RangeRef } = {}
): LaaTable {
  const sheet = opts.sheet ?? "LAA";
  const headerRows = opts.headerRows ?? [0, 1];
  const named = [columns.targets, columns.actuals, columns.rag].flat().map((c) => c.col);
  for (const col of Object.values(columns)) if (typeof col === "number") named.push(col);
  const range = opts.range ?? {
    top: 0,
    left: 0,
    bottom: Math.max(...headerRows, ...rows.map((r) => r.row)),
    right: Math.max(0, ...named),
  };
  return { id: `${sheet}!${rangeToA1(range)}`, sheet, range, headerRows, columns, rows: [...rows] };
}

/** A table whose rows, one per spec, follow a two-row header from sheet row 3 (0-based 2). */
export function tableOf(
  specs: readonly RowSpec[],
  columns: TableColumns,
  opts: { sheet?: string } = {}
): LaaTable {
  return laaTable(
    specs.map((spec, i) => indicatorRow(spec, 2 + i, columns, opts.sheet)),
    columns,
    opts
  );
}

/** The code in "NI 154 Net additional homes" ("NI 102b" keeps its part) and the title after it. */
function indicatorCode(raw: string): Pick<IndicatorRow["indicator"], "code" | "title"> {
  const m = /^NI\s*(\d+)([a-z]?)\s*(.*)$/i.exec(raw);
  if (!m) return raw === "" ? {} : { title: raw };
  const [, number = "", part = "", title = ""] = m;
  return {
    code: { number: Number(number), ...(part ? { part } : {}), label: `NI ${number}${part}` },
    ...(title ? { title } : {}),
  };
}

function split(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
