import { Catalog } from "../catalog";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import { IndicatorRow, LaaTable, ParsedValue, YearColumn, yearLabel } from "../model/table";
import { MutableRating, rateInto, RatingInput } from "./rate";
import { RatingColumns } from "./ratings";

export { rateIndicator } from "./rate";
export type { Rating, RatingInput } from "./rate";
export { directionOfTravel } from "./direction";
export { yearEnded, yearEnd } from "./financial-year";
export { RatingColumns, ratingColumns, reportWithRatings } from "./ratings";

/**
 * Rates every indicator of every table for every year that has an actual column (the first column
 * of a year when a year appears twice). Polarity is the row's resolved polarity; the check rule
 * `polarity.unknown` reports a missing one, so no findings are made here.
 */
export function rateTables(
  tables: readonly LaaTable[],
  settings: Settings,
  _catalog: Catalog
): RagResult[] {
  const out = new RatingColumns();
  const rate = rater(settings, out);
  for (const table of tables) rate(table, table.rows);
  return [...out.toArray()];
}

/**
 * The same ratings, made rows at a time: each call rates `rows` of `table` (in order) into `out`.
 * Lets analyse rate a long table chunk by chunk while the rows are still in the CPU cache.
 */
export function rater(
  settings: Settings,
  out: RatingColumns
): (table: LaaTable, rows: readonly IndicatorRow[]) => void {
  const input = newScratch();
  // What is the same for every rating is written once; rateRow writes the rest (rateInto keeps nothing).
  input.amberRule = settings.amberRule;
  input.noChangeBandPercent = settings.noChangeBandPercent;
  input.asAt = settings.asAt;
  const rating: MutableRating = { status: "no-data", direction: undefined, reason: "" };
  let lastTable: LaaTable | undefined;
  let years: RatedYear[] = [];
  let t = 0;
  // Index in table.rows of rows[0]: chunks of a table come in order.
  let seen = 0;
  return (table, rows) => {
    if (table !== lastTable) {
      lastTable = table;
      years = ratedYears(table);
      t = out.tableIndex(table.id, table.sheet, table.rows);
      seen = 0;
      // `table` is the whole table, even when `rows` is one chunk of it: room for all its ratings.
      out.reserve(table.rows.length * years.length);
    }
    // Index loops: an iterator, before the optimiser compiles this, allocates per row and year.
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as IndicatorRow;
      for (let k = 0; k < years.length; k++)
        rateRow(t, seen + r, row, years[k] as RatedYear, settings, input, rating, out);
    }
    seen += rows.length;
  };
}

/** What is the same for every row of a year: worked out once, not per row. */
interface RatedYear {
  readonly year: number;
  /** Index into columns.actuals and row.actuals. */
  readonly index: number;
  /** Index into columns.targets and row.targets of the year's (first) target column. */
  readonly targetIndex?: number;
  /** Index of the previous year's actual column; undefined for the first actual year (baseline). */
  readonly prevIndex?: number;
  readonly previousLabel: string;
}

function ratedYears(table: LaaTable): RatedYear[] {
  const { actuals, targets } = table.columns;
  const first = actuals.filter((c, i) => actuals.findIndex((d) => d.year === c.year) === i);
  return first.map((c) => {
    const prevIndex = indexOfYear(actuals, c.year - 1);
    return {
      year: c.year,
      index: actuals.indexOf(c),
      targetIndex: indexOfYear(targets, c.year),
      prevIndex,
      previousLabel: prevIndex === undefined ? "the baseline" : yearLabel(c.year - 1),
    };
  });
}

function indexOfYear(columns: readonly YearColumn[], year: number): number | undefined {
  const i = columns.findIndex((c) => c.year === year);
  return i < 0 ? undefined : i;
}

type Scratch = { -readonly [K in keyof RatingInput]: RatingInput[K] };

/** A rating input to refill per rating: rateIndicator reads it and keeps nothing of it. */
const newScratch = (): Scratch => ({
  year: 0,
  actual: undefined,
  target: undefined,
  previous: undefined,
  previousLabel: "",
  polarity: undefined,
  tolerancePercent: 0,
  amberRule: "tolerance",
  noChangeBandPercent: 0,
  asAt: "",
});

function rateRow(
  t: number,
  rowIndex: number,
  row: IndicatorRow,
  y: RatedYear,
  settings: Settings,
  input: Scratch,
  rating: MutableRating,
  out: RatingColumns
): void {
  const actual = numberOf(row.actuals[y.index]);
  // A row's values follow the table's columns: the year's target column gives its target.
  const target = y.targetIndex === undefined ? undefined : numberOf(row.targets[y.targetIndex]);
  // The previous year's actual when the table has a column for it; else (first actual year) the baseline.
  const previous =
    y.prevIndex === undefined ? numberOf(row.baseline) : numberOf(row.actuals[y.prevIndex]);
  const tolerancePercent = rowTolerance(row) ?? settings.tolerancePercent;
  input.year = y.year;
  input.actual = actual;
  input.target = target;
  input.previous = previous;
  input.previousLabel = y.previousLabel;
  input.polarity = row.polarity?.value;
  input.tolerancePercent = tolerancePercent;
  rateInto(input, rating);
  out.add(t, rowIndex, row, y.year, rating, target, actual, previous, tolerancePercent);
}

/**
 * The number a value stands for. The reader makes number values from finite numbers only, so theirs is
 * passed on untouched (a whole number stays a small integer rather than becoming a boxed double in
 * every rating); a resolved relative target is checked.
 */
function numberOf(v: ParsedValue | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (v.kind === "number") return v.value;
  if (v.kind !== "relative" || v.resolved === undefined) return undefined;
  return Number.isFinite(v.resolved) ? v.resolved : undefined;
}

/** A Tolerance column value in percent ("10%", 10, or 0.1 formatted as %); ignored unless ≥ 0. */
function rowTolerance(row: IndicatorRow): number | undefined {
  const n = numberOf(row.tolerance);
  return n !== undefined && n >= 0 ? n : undefined;
}
