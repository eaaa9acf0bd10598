import { Catalog } from "../catalog";
import { CellRef } from "../model/cell";
import { InYearColumn, InYearValue } from "../model/in-year";
import { SheetGrid, gridCell, gridFormat } from "../model/snapshot";
import {
  IndicatorRow,
  MonitoringField,
  ParsedValue,
  RowText,
  TableColumns,
  YearColumn,
  YearValue,
} from "../model/table";
import { formatKind } from "./formats";
import { parseIndicator } from "./indicator";
import { splitList } from "./lists";
import { parseRefreshStatus } from "./refresh";
import { parsePolarity, resolvePolarity, resolveRelatives } from "./resolve";
import { cellText, normalise } from "./text";
import { parseValue } from "./values";

/** What a table tells the row reader besides the row: where things are and the header's baseline period. */
export interface RowContext {
  readonly sheet: SheetGrid;
  readonly columns: TableColumns;
  readonly baselineHeaderPeriod?: string;
  readonly catalog: Catalog;
}

type Priority = IndicatorRow["priority"];
const NONE: readonly string[] = Object.freeze([]);
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads one indicator row of a table; `priority` was decided by the caller (written or carried). */
export function readRow(ctx: RowContext, row: number, priority: Priority): IndicatorRow {
  const { sheet, columns } = ctx;
  const name = sheet.name;
  const indicatorCol = columns.indicator ?? 0;
  const indicatorCell: CellRef = { sheet: name, row, col: indicatorCol };
  const indicatorRaw = normalise(cellText(gridCell(sheet, row, indicatorCol)));
  const parsed = parseIndicator(indicatorRaw, columns.indicatorTitle !== undefined);
  let title = parsed.title;
  let titleCell: CellRef | undefined;
  if (columns.indicatorTitle !== undefined) {
    titleCell = { sheet: name, row, col: columns.indicatorTitle };
    const text = normalise(cellText(gridCell(sheet, row, columns.indicatorTitle)));
    if (text !== "") title = text;
  }
  // Without a baseline column the baseline is "empty" at the indicator cell; table.missing-column says why.
  const baselineEmpty = columns.baseline === undefined;
  const baseline: ParsedValue = baselineEmpty
    ? { kind: "empty", cell: indicatorCell, raw: "" }
    : inUnit(value(ctx, row, columns.baseline ?? indicatorCol), columns.baselineUnit);
  const targets = resolveRelatives(baseline, years(ctx, row, columns.targets));
  const actuals = years(ctx, row, columns.actuals);
  const partnersCol = columns.leadPartners ?? indicatorCol;
  const partnersRaw = columns.leadPartners === undefined ? "" : text(ctx, row, partnersCol);
  const polarityCell =
    columns.polarity === undefined ? undefined : polarityOf(ctx, row, columns.polarity);
  // Optional fields are set only when present, so a row holds no empty keys.
  const indicator: Mutable<IndicatorRow["indicator"]> = { cell: indicatorCell, raw: indicatorRaw };
  if (parsed.code) indicator.code = parsed.code;
  if (title !== undefined) indicator.title = title;
  if (parsed.badCode !== undefined) indicator.badCode = parsed.badCode;
  if (titleCell) indicator.titleCell = titleCell;
  if (parsed.laaMarker) indicator.laaMarker = true;
  const out: Mutable<IndicatorRow> = {
    row,
    indicator,
    baseline,
    targets,
    actuals,
    partners: {
      cell: { sheet: name, row, col: partnersCol },
      raw: partnersRaw,
      names: splitList(partnersRaw),
    },
    contributesTo:
      columns.contributesTo === undefined ? NONE : splitList(text(ctx, row, columns.contributesTo)),
  };
  if (priority) out.priority = priority;
  const period = baselinePeriodOf(ctx, row, baseline, baselineEmpty);
  if (period) out.baselinePeriod = period;
  if (polarityCell) out.polarityCell = polarityCell;
  const polarity = resolvePolarity(
    polarityCell?.polarity,
    parsed.code,
    ctx.catalog,
    baseline,
    targets
  );
  if (polarity) out.polarity = polarity;
  if (columns.tolerance !== undefined) out.tolerance = tolerance(ctx, row, columns.tolerance);
  if (columns.refreshStatus !== undefined) {
    const cell = { sheet: name, row, col: columns.refreshStatus };
    const status = parseRefreshStatus(text(ctx, row, columns.refreshStatus), cell);
    if (status) out.refresh = status;
  }
  if (columns.comments !== undefined) {
    const comment = text(ctx, row, columns.comments);
    if (comment !== "")
      out.comment = { cell: { sheet: name, row, col: columns.comments }, text: comment };
  }
  for (const field of MONITORING_FIELDS) {
    const col = columns[field];
    const found = col === undefined ? undefined : monitoringText(ctx, row, col);
    if (found) out[field] = found;
  }
  if (columns.inYear) out.inYear = inYear(ctx, row, columns.inYear);
  if (columns.cumulative !== undefined) {
    const raw = text(ctx, row, columns.cumulative);
    const cumulative = parseCumulative(raw);
    if (raw !== "") {
      out.cumulativeCell = {
        cell: { sheet: name, row, col: columns.cumulative },
        raw,
        ...(cumulative === undefined ? {} : { cumulative }),
      };
    }
  }
  return out;
}

const CUMULATIVE_YES = /^(?:y|yes|true|cumulative|cum\.?|count|total|running total|additive)$/i;
const CUMULATIVE_NO =
  /^(?:n|no|false|non-cumulative|not cumulative|snapshot|point[ -]in[ -]time|discrete|rate|percentage|%|proportion|average|ratio|stock)$/i;

/** A Cumulative? / Type cell: "Yes", "Cumulative", "Count" or "No", "Snapshot", "Rate". */
export function parseCumulative(text: string): boolean | undefined {
  const t = text.replace(/[.*]+$/, "").trim();
  if (CUMULATIVE_YES.test(t)) return true;
  if (CUMULATIVE_NO.test(t)) return false;
  return undefined;
}

function inYear(ctx: RowContext, row: number, cols: readonly InYearColumn[]): InYearValue[] {
  return cols.map((c) => ({
    year: c.year,
    period: c.period,
    kind: c.kind,
    ...(c.toDate ? { toDate: true } : {}),
    value: inUnit(value(ctx, row, c.col), c.unit),
  }));
}

const MONITORING_FIELDS: readonly MonitoringField[] = [
  "action",
  "actionOwner",
  "actionDate",
  "dataAvailable",
  "reward",
];

/** A monitoring cell's text; a date typed as a date reads as ISO text, not as Excel's day number. */
function monitoringText(ctx: RowContext, row: number, col: number): RowText | undefined {
  const raw = gridCell(ctx.sheet, row, col);
  const iso =
    typeof raw === "number" && formatKind(gridFormat(ctx.sheet, row, col)) === "date"
      ? isoDate(raw)
      : undefined;
  const t = iso ?? normalise(cellText(raw));
  return t === "" ? undefined : { cell: { sheet: ctx.sheet.name, row, col }, text: t };
}

/** "2010-09-30" from an Excel day number (1900 date system); undefined outside 1900–9999. */
function isoDate(serial: number): string | undefined {
  if (!(serial >= 61 && serial < 2958466)) return undefined;
  // Days from 1970-01-01 (serial 25569), then the civil date by Hinnant's algorithm: no Date object.
  const z = Math.floor(serial) - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, w: number): string => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function value(ctx: RowContext, row: number, col: number): ParsedValue {
  const raw = gridCell(ctx.sheet, row, col);
  return parseValue(raw, gridFormat(ctx.sheet, row, col), { sheet: ctx.sheet.name, row, col });
}

/** A plain number under a header that says "(%)" is a percentage. */
function inUnit(v: ParsedValue, unit: string | undefined): ParsedValue {
  return unit === "%" && v.kind === "number" && v.unit === "number" ? { ...v, unit: "percent" } : v;
}

function text(ctx: RowContext, row: number, col: number): string {
  return normalise(cellText(gridCell(ctx.sheet, row, col)));
}

function years(ctx: RowContext, row: number, cols: readonly YearColumn[]): YearValue[] {
  return cols.map((c) => ({ year: c.year, value: inUnit(value(ctx, row, c.col), c.unit) }));
}

function baselinePeriodOf(
  ctx: RowContext,
  row: number,
  baseline: ParsedValue,
  empty: boolean
): IndicatorRow["baselinePeriod"] {
  if (!empty && baseline.kind === "number" && baseline.period) {
    return { text: baseline.period, from: "cell" };
  }
  if (ctx.columns.baselinePeriod !== undefined) {
    const t = text(ctx, row, ctx.columns.baselinePeriod);
    if (t !== "") return { text: t, from: "column" };
  }
  return ctx.baselineHeaderPeriod ? { text: ctx.baselineHeaderPeriod, from: "header" } : undefined;
}

function polarityOf(ctx: RowContext, row: number, col: number): IndicatorRow["polarityCell"] {
  const raw = text(ctx, row, col);
  if (raw === "") return undefined;
  const polarity = parsePolarity(raw);
  return { cell: { sheet: ctx.sheet.name, row, col }, raw, ...(polarity ? { polarity } : {}) };
}

/** Tolerance in percent: "10%", 0.1 with a % format, or a plain 10 (read as percent, as headed). */
function tolerance(ctx: RowContext, row: number, col: number): ParsedValue {
  const v = value(ctx, row, col);
  return v.kind === "number" && v.unit === "number" ? { ...v, unit: "percent" } : v;
}
