import { Catalog, DataSchedule } from "../catalog";
import { Accumulation } from "../model/in-year";
import { RatedIndicator } from "../model/rag";
import { Settings } from "../model/settings";
import { IndicatorRow, LaaTable, ParsedValue } from "../model/table";
import { Overrides, accumulationOf, overridesOf } from "./accumulation";
import { DataNote, readDataNote } from "./data-note";
import { finalYear, numberOf, rowLabel, rowTolerance } from "./row-values";

/** What every row of a table shares: worked out once per table. */
export interface TableContext {
  readonly table: LaaTable;
  readonly settings: Settings;
  readonly catalog: Catalog;
  /** The last target year, and the first (a baseline without a period is put the year before). */
  readonly final: number | undefined;
  readonly firstTarget: number;
  /** The settings' cumulative / point-in-time overrides, keyed for lookup. */
  readonly overrides: Overrides;
}

/** One row with what every year of it shares. Internal: absent values stay undefined. */
export interface RowContext {
  readonly shared: TableContext;
  readonly row: IndicatorRow;
  /** Which indicator every rating of the row is about. */
  readonly rated: RatedIndicator;
  readonly schedule: DataSchedule | undefined;
  readonly note: DataNote | undefined;
  readonly tolerancePercent: number;
  readonly finalValue: ParsedValue | undefined;
  readonly finalTarget: number | undefined;
}

/** The table's shared context, worked out once per table. */
export function tableContext(table: LaaTable, settings: Settings, catalog: Catalog): TableContext {
  let first = Infinity;
  for (const c of table.columns.targets) first = Math.min(first, c.year);
  return {
    table,
    settings,
    catalog,
    final: finalYear(table),
    firstTarget: first,
    overrides: overridesOf(settings),
  };
}

/** A row's context: which indicator it is, its data schedule, Data available note, tolerance and final target. */
export function rowContext(shared: TableContext, row: IndicatorRow): RowContext {
  const code = row.indicator.code;
  const final = shared.final;
  const finalValue =
    final === undefined ? undefined : row.targets.find((t) => t.year === final)?.value;
  return {
    shared,
    row,
    rated: {
      tableId: shared.table.id,
      sheet: shared.table.sheet,
      row: row.row,
      indicator: rowLabel(row),
      priority: row.priority?.text,
    },
    schedule: code ? shared.catalog.lookup(code.number)?.schedule : undefined,
    note: row.dataAvailable ? readDataNote(row.dataAvailable.text) : undefined,
    tolerancePercent: rowTolerance(row) ?? shared.settings.tolerancePercent,
    finalValue,
    finalTarget: numberOf(finalValue),
  };
}

/** Whether the row's figure builds up through the year; worked out only for rows rated in-year. */
export function accumulation(ctx: RowContext): Accumulation {
  return accumulationOf(ctx.row, ctx.shared.overrides, ctx.shared.catalog);
}
