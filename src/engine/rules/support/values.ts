import { CatalogEntry, LAST_LAA_YEAR } from "../../catalog";
import { InYearPeriod } from "../../model/in-year";
import {
  FinancialYear,
  IndicatorRow,
  LaaTable,
  ParsedValue,
  Unit,
  YearValue,
} from "../../model/table";
import { RuleContext } from "../rule";

/** The value fields the per-cell value rules look at. */
export type ValueField = "baseline" | "target" | "actual";

/** One value cell of a row and its year (absent for the baseline), and its quarter or month. */
export interface FieldValue {
  readonly value: ParsedValue;
  readonly year?: FinancialYear;
  /** For an in-year actual ("Q2", "YTD"). */
  readonly period?: InYearPeriod;
}

/**
 * A row's value cells of one field, in column order (for actuals, then the quarterly, monthly and
 * year-to-date ones). A table without the field's column gives none
 * (table.missing-column reports that), so rules never report cells that do not exist. Targets the
 * refresh deleted, and statutory education targets not set yet (target.not-yet-set), are left out.
 */
export function valuesOf(
  row: IndicatorRow,
  table: LaaTable,
  field: ValueField,
  ctx: RuleContext
): readonly FieldValue[] {
  if (field === "baseline")
    return table.columns.baseline === undefined ? [] : [{ value: row.baseline }];
  if (field === "actual") {
    if (!row.inYear) return row.actuals;
    const inYear = row.inYear
      .filter((v) => v.kind === "actual")
      .map((v) => ({ value: v.value, year: v.year, period: v.period }));
    return [...row.actuals, ...inYear];
  }
  return row.targets.filter((t) => t.refresh !== "deleted" && !notYetSet(row, t, ctx));
}

/**
 * True for a statutory education target still to be set: the education department agreed these a
 * year at a time, so the final LAA year's were set a year late, and before the refresh a 2010/11
 * cell is blank or "N/A".
 */
export function notYetSet(row: IndicatorRow, t: YearValue, ctx: RuleContext): boolean {
  if (t.year !== LAST_LAA_YEAR || t.refresh !== undefined || row.refresh?.status === "refreshed")
    return false;
  if (t.value.kind !== "empty" && t.value.kind !== "placeholder") return false;
  return entryOf(row, ctx)?.statutoryEducation === true;
}

/** The catalogue entry of a row's NI code, if it has a known one. */
export function entryOf(row: IndicatorRow, ctx: RuleContext): CatalogEntry | undefined {
  const code = row.indicator.code;
  return code ? ctx.catalog.lookup(code.number) : undefined;
}

/** Catalogue units whose values are changes and may legitimately be negative. */
const SIGNED_UNITS = new Set(["percentage points", "percent change or amount"]);

/** Why a number cannot be right for its indicator, or undefined when it is in range. */
export type RangeProblem =
  "percent-above-100" | "percent-below-0" | "percent-below-minus-100" | "negative";

/**
 * Range check shared by baselines, targets and actuals. A value is a percentage when it was written as one
 * or when the catalogue measures the indicator in percent; change units may be negative (but a change in
 * percent still cannot pass ±100).
 */
export function rangeProblem(
  value: number,
  unit: Unit | undefined,
  catalogUnit: string | undefined
): RangeProblem | undefined {
  const signed = catalogUnit !== undefined && SIGNED_UNITS.has(catalogUnit);
  const percent = unit === "percent" || catalogUnit === "percent";
  if (signed) return percent && value < -100 ? "percent-below-minus-100" : undefined;
  if (percent && value > 100) return "percent-above-100";
  if (percent && value < 0) return "percent-below-0";
  if (value < 0) return "negative";
  return undefined;
}

/** The number and unit a value stands for: a number, or a relative target resolved to one. */
export function numberOf(v: ParsedValue): { value: number; unit?: Unit } | undefined {
  if (v.kind === "number") return { value: v.value, unit: v.unit };
  if (v.kind === "relative" && v.resolved !== undefined) return { value: v.resolved, unit: v.unit };
  return undefined;
}

/**
 * A number the direction and stretch rules may compare. Out-of-range values are reported by their own
 * rule; comparing them too would only add knock-on findings (a 142% baseline "worse" than every target).
 */
export function comparableNumber(
  v: ParsedValue,
  catalogUnit: string | undefined
): { value: number; unit?: Unit } | undefined {
  const n = numberOf(v);
  return n && !rangeProblem(n.value, n.unit, catalogUnit) ? n : undefined;
}
