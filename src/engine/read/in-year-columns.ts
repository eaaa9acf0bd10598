import { InYearColumn, InYearKind, InYearPeriod } from "../model/in-year";
import { FinancialYear } from "../model/table";
import { HeaderCell, HeaderRow } from "./header";

/** The in-year column a header names, before its sheet column is known; undefined when none. */
export type InYearHead = Omit<InYearColumn, "col"> & { readonly unit?: string };

/** Cells that head an in-year column themselves or under a period above: "Q2", "Actual", "Target". */
function underPeriod(c: HeaderCell | undefined): boolean {
  return c?.role === "in-year" || c?.role === "span-actual" || c?.role === "span-target";
}

/**
 * What stands above column `i` of a two-row header: its own top cell, or, where that is blank (a
 * merged year or quarter), the nearest top cell to the left across columns that are in-year too.
 */
export function aboveInYear(
  top: HeaderRow | undefined,
  bottom: HeaderRow,
  i: number
): HeaderCell | undefined {
  if (!top) return undefined;
  for (let j = i; j >= 0; j--) {
    const t = top[j];
    if (t) return t;
    if (!underPeriod(bottom[j])) return undefined;
  }
  return undefined;
}

/** True when the cell below heads an in-year column under what stands above it. */
export function isInYearBelow(c: HeaderCell | undefined, above: HeaderCell | undefined): boolean {
  if (c?.role === "in-year") return true;
  return underPeriod(c) && above?.role === "in-year" && above.inYear?.period !== undefined;
}

const KIND_OF_SPAN: Readonly<Record<string, InYearKind>> = {
  "span-target": "profile",
  "span-actual": "actual",
};

/**
 * The in-year column at `i`, from its cell (`low`, the bottom row) and what stands above it: a year
 * ("2009/10") or a span ("Quarterly performance", "Target 2009/10") over "Q1 | Q2 | YTD", or a
 * period ("Q1 2009/10") over "Actual | Target". Undefined when the column is not in-year, or names
 * no year anywhere (nothing can be rated without one).
 */
export function inYearHead(
  low: HeaderCell | undefined,
  above: HeaderCell | undefined
): InYearHead | undefined {
  const own = low?.role === "in-year" ? low.inYear : undefined;
  const over = above?.role === "in-year" ? above.inYear : undefined;
  let cell = low;
  let kind: InYearKind | undefined = own?.kind;
  if (!own) {
    // A period over "Actual" / "Target", or a period heading the column itself (merged down).
    if (!over?.period) return undefined;
    if (low && !underPeriod(low)) return undefined;
    kind = low ? KIND_OF_SPAN[low.role] : undefined;
    cell = low ?? above;
  }
  const period: InYearPeriod = own?.period ?? over?.period ?? "YTD";
  const year = own?.year ?? over?.year ?? yearOf(above);
  if (year === undefined || !cell) return undefined;
  kind ??= over?.kind ?? kindOf(above) ?? "actual";
  const toDate =
    kind === "actual" && (period === "YTD" || own?.toDate === true || (!own && over?.toDate));
  const unit = cell.unit ?? above?.unit;
  return {
    year,
    period,
    kind,
    ...(toDate ? { toDate: true } : {}),
    header: cell === above || !above ? cell.text : `${above.text} ${cell.text}`,
    ...(unit ? { unit } : {}),
  };
}

function yearOf(c: HeaderCell | undefined): FinancialYear | undefined {
  return c?.role === "year" ? c.year : undefined;
}

function kindOf(c: HeaderCell | undefined): InYearKind | undefined {
  if (!c) return undefined;
  if (c.role === "year") {
    if (c.yearKind === "actual") return "actual";
    if (c.yearKind === "target") return "profile";
    return undefined;
  }
  return KIND_OF_SPAN[c.role];
}
