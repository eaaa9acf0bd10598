import { CatalogEntry } from "../../catalog";
import { FinancialYear, IndicatorRow, LaaTable, ParsedValue, Unit } from "../../model/table";
import { RuleContext } from "../rule";
import { Comparable } from "./direction";
import { addRowKinds, FieldKinds, KIND, recordedKinds } from "../../read/kinds";

/** The value fields the per-cell value rules look at. */
export type ValueField = "baseline" | "target" | "actual";

/** Called once per value cell of a field, with the cell's column; `year` is absent for the baseline. */
export type ValueVisitor = (
  row: IndicatorRow,
  value: ParsedValue,
  col: number,
  year?: FinancialYear
) => void;

/**
 * Visits every value cell of one field in table order. A table without the field's column is skipped
 * (table.missing-column reports that), so rules never report cells that do not exist.
 */
export function forEachValue(
  table: LaaTable,
  field: ValueField,
  visit: ValueVisitor,
  only: number = ANY
): void {
  // Most rules look for one rare kind (a placeholder, an error): skip the pass when none is there.
  if ((kindsIn(table, field) & only) === 0) return;
  const rows = table.rows;
  if (field === "baseline") {
    const col = table.columns.baseline;
    if (col === undefined) return;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as IndicatorRow;
      visit(row, row.baseline, col);
    }
    return;
  }
  // A row's values follow the table's columns of the field, one for one.
  const cols = field === "target" ? table.columns.targets : table.columns.actuals;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as IndicatorRow;
    const { list, targets, actuals } = row.years;
    const from = field === "target" ? row.at : row.at + targets;
    const n = field === "target" ? targets : actuals;
    for (let i = 0; i < n; i++) {
      const c = cols[i];
      if (c) visit(row, list[from + i] as ParsedValue, c.col, c.year);
    }
  }
}

export { KIND };
const ANY = 0x1ff;

const FIELD_SLOT: Readonly<Record<ValueField, number>> = { baseline: 0, target: 1, actual: 2 };
const kindCache = new WeakMap<LaaTable, FieldKinds>();

/**
 * The kinds present in each value field of a table: those the reader recorded as it read the rows,
 * else found in one pass (a chunk of a long table: its rows, still in the CPU cache) and kept for
 * every rule.
 */
function kindsIn(table: LaaTable, field: ValueField): number {
  let kinds = kindCache.get(table) ?? recordedKinds(table);
  if (!kinds) {
    const found: [number, number, number] = [0, 0, 0];
    for (const row of table.rows) addRowKinds(found, row);
    kinds = found;
    kindCache.set(table, kinds);
  }
  // A table without a baseline column has no baseline values to visit.
  if (field === "baseline" && table.columns.baseline === undefined) return 0;
  return kinds[FIELD_SLOT[field] as 0 | 1 | 2];
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
  // 0–100 is in range for every unit (most values): decided before the unit is looked at.
  if (value >= 0 && value <= 100) return undefined;
  const signed = catalogUnit !== undefined && SIGNED_UNITS.has(catalogUnit);
  const percent = unit === "percent" || catalogUnit === "percent";
  if (signed) return percent && value < -100 ? "percent-below-minus-100" : undefined;
  if (percent && value > 100) return "percent-above-100";
  if (percent && value < 0) return "percent-below-0";
  if (value < 0) return "negative";
  return undefined;
}

/** The number and unit a value stands for: a number, or a relative target resolved to one. */
export function numberOf(v: ParsedValue): Comparable | undefined {
  // A number value already has the shape: returned as is, so rules allocate nothing per cell.
  if (v.kind === "number") return v;
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
): Comparable | undefined {
  const n = numberOf(v);
  return n && !rangeProblem(n.value, n.unit, catalogUnit) ? n : undefined;
}
