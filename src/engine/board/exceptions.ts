import { inYearLabel } from "../model/in-year";
import { FinancialYear, IndicatorRow, yearLabel } from "../model/table";
import { isPercent } from "../rag/row-values";
import { COL, forecastHeading, putDirection, putForecast, putShown, putStatus } from "./detail";
import { BoardLine, Shown, computedShown, numberShown, shown } from "./lines";
import { SheetBuilder } from "./sheet-builder";
import { S } from "./styles";
import { HEADING } from "./title";

/** Written, in bold, where a Red or an off-track target has no remedial action. */
export const NO_ACTION = "No action recorded";

/**
 * The exceptions, each with its trend (the baseline, every rated year's target, actual and status,
 * and the final year's target beside the projection) and its remedial action, owner and date.
 */
export function writeExceptions(
  b: SheetBuilder,
  exceptions: readonly BoardLine[],
  finalYear: FinancialYear | undefined
): void {
  b.put(b.addRow(), 0, HEADING.exceptions, S.section);
  if (exceptions.length === 0) {
    b.put(
      b.addRow(),
      0,
      "No exceptions: no indicator is Red or off track, and no Amber indicator is getting worse.",
      S.plain
    );
    return;
  }
  const heads = [
    "Ambition",
    "Code",
    "Indicator",
    "Year",
    "Target",
    "Actual",
    "Status",
    "Direction of travel",
    forecastHeading(finalYear),
    "Action owner and date",
    "Remedial action",
  ];
  const head = b.addRow();
  heads.forEach((h, col) =>
    b.put(head, col, h, col >= COL.target && col <= COL.forecast ? S.headerCenter : S.header)
  );
  for (const line of exceptions) writeException(b, line);
}

/**
 * One exception: a row per rated year (target, actual, status, direction) and, when the final year
 * is not rated yet, a row with its target and the projection. The first row names the indicator
 * and its action. Each column keeps one style down the exception's rows, so a long list still
 * costs a few format ranges.
 */
function writeException(b: SheetBuilder, line: BoardLine): void {
  const row = line.row;
  const action = row?.action?.text;
  const actionStyle = action ? S.text : S.missingAction;
  const forecast = line.forecast;
  const years = line.history;
  const projected = forecast && !years.some((r) => r.year === forecast.year) ? forecast : undefined;
  const rows = years.length + (projected ? 1 : 0);
  for (let i = 0; i < Math.max(1, rows); i++) {
    const at = b.addRow();
    const first = i === 0;
    b.put(at, COL.ambition, first ? line.ambition : null, S.textBold);
    b.put(at, COL.code, first ? line.code : null, S.text);
    b.put(at, COL.title, first ? line.title : null, S.text);
    b.put(at, COL.partners, first ? ownerAndDate(row) : null, S.text);
    b.put(at, COL.comment, first ? (action ?? NO_ACTION) : null, actionStyle);
    const r = years[i];
    if (r && r.period !== "year") {
      // A year rated during the year: its period, the target profiled to it and the year to date.
      const percent = percentUnit(row, r.year);
      b.put(at, COL.baseline, inYearLabel(r.period, r.year), S.text);
      putShown(b, at, COL.target, computedShown(r.profiled, percent), S.textRight);
      putShown(b, at, COL.actual, computedShown(r.actual, percent), S.textRight);
    } else if (r) {
      b.put(at, COL.baseline, yearLabel(r.year), S.text);
      putShown(
        b,
        at,
        COL.target,
        valueOf(row, "targets", r.year) ?? numberShown(r.target),
        S.textRight
      );
      putShown(
        b,
        at,
        COL.actual,
        valueOf(row, "actuals", r.year) ?? numberShown(r.actual),
        S.textRight
      );
    }
    if (r) {
      putStatus(b, at, r.status, r.period);
      putDirection(b, at, r.direction);
      putForecast(b, at, forecast && r.year === forecast.year ? forecast : undefined);
    } else if (projected) {
      b.put(at, COL.baseline, `${yearLabel(projected.year)} projected`, S.text);
      const target = valueOf(row, "targets", projected.year) ?? numberShown(projected.target);
      putShown(b, at, COL.target, target, S.textRight);
      const value = computedShown(projected.projected, projected.unit === "percent");
      putShown(b, at, COL.actual, value, S.textItalic, true);
      b.put(at, COL.status, null, S.text);
      putDirection(b, at, undefined);
      putForecast(b, at, projected);
    }
  }
}

/** "Housing Strategy Manager, by 2010-12-31", from the table's Action owner and Action date. */
function ownerAndDate(row: IndicatorRow | undefined): string | null {
  const owner = row?.actionOwner?.text;
  const date = row?.actionDate?.text;
  if (owner && date) return `${owner}, by ${date}`;
  if (owner) return owner;
  return date ? `By ${date}` : null;
}

function valueOf(
  row: IndicatorRow | undefined,
  which: "targets" | "actuals",
  year: number
): Shown | undefined {
  const v = row?.[which].find((y) => y.year === year)?.value;
  return v && v.kind !== "empty" ? shown(v) : undefined;
}

/** Whether the year's figures are percentages, as its target cell was read. */
function percentUnit(row: IndicatorRow | undefined, year: number): boolean {
  return isPercent(row?.targets.find((t) => t.year === year)?.value);
}
