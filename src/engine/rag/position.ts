import { RowContext, accumulation } from "./context";
import { InYearPosition, inYearPosition } from "./in-year";
import { YearFigures, figuresOf } from "./in-year-figures";

/** A row's position during a year, with the figures it was found in. */
export interface FoundPosition {
  readonly position: InYearPosition;
  readonly figures: YearFigures;
  readonly cumulative: boolean;
}

/**
 * The row's position during `year` against the year's `target`, or undefined when the table has no
 * in-year columns for the year or the year has none yet (nothing ended, nothing in).
 */
export function positionIn(
  ctx: RowContext,
  year: number,
  target: number | undefined
): FoundPosition | undefined {
  const { row, schedule, note } = ctx;
  const { settings } = ctx.shared;
  const figures = figuresOf(row.inYear, year);
  if (!figures) return undefined;
  const previous = figuresOf(row.inYear, year - 1);
  const cumulative = accumulation(ctx).cumulative;
  const position = inYearPosition({
    figures,
    ...(previous ? { previous } : {}),
    cumulative,
    ...(target === undefined ? {} : { target }),
    method: settings.profile,
    ...(row.polarity ? { polarity: row.polarity.value } : {}),
    noChangeBandPercent: settings.noChangeBandPercent,
    asAt: settings.asAt,
    ...(schedule ? { schedule } : {}),
    ...(note ? { note } : {}),
  });
  return position ? { position, figures, cumulative } : undefined;
}
