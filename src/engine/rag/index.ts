import { Catalog } from "../catalog";
import { RagResult } from "../model/rag";
import { Settings } from "../model/settings";
import { IndicatorRow, LaaTable, YearColumn, yearLabel } from "../model/table";
import { MutableRating, rateInto, RatingInput } from "./rate";
import { actualOf, previousOf, rowTolerance, targetOf, YearSource } from "./numbers";
import { RatingColumns } from "./ratings";
import { rowCount } from "../read/rows";

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
  // Index in the table's rows of rows[0]: chunks of a table come in order.
  let seen = 0;
  return (table, rows) => {
    if (table !== lastTable) {
      lastTable = table;
      years = ratedYears(table);
      // The rows of `table` when a RagResult is made, read then (rows here may be one chunk of it).
      t = out.tableIndex(table.id, table.sheet, () => table.rows, years, settings.tolerancePercent);
      seen = 0;
      // `table` is the whole table, even when `rows` is one chunk of it: room for all its ratings.
      out.reserve(rowCount(table) * years.length);
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
interface RatedYear extends YearSource {
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
  // The same numbers RatingColumns reads from the row again when it makes the RagResult.
  input.year = y.year;
  input.actual = actualOf(row, y);
  input.target = targetOf(row, y);
  input.previous = previousOf(row, y);
  input.previousLabel = y.previousLabel;
  input.polarity = row.polarity?.value;
  input.tolerancePercent = rowTolerance(row) ?? settings.tolerancePercent;
  rateInto(input, rating);
  out.add(t, rowIndex, row, y.year, rating);
}
