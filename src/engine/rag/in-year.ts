import { DataSchedule } from "../catalog";
import { InYearPeriod, inYearLabel, periodEndingAt } from "../model/in-year";
import { Direction } from "../model/rag";
import { ProfileMethod } from "../model/settings";
import { Polarity, yearLabel } from "../model/table";
import { DataNote } from "./data-note";
import { directionOfTravel } from "./direction";
import { YearFigures, amountAt, shareAt, valueAt } from "./in-year-figures";
import { monthLabel, monthOf } from "./periods";
import { round1, shownNumber, tidy } from "./words";

/** Everything the position of one indicator in one year needs. */
export interface InYearContext {
  readonly figures: YearFigures;
  /** The year before's figures: the same period last year, and the shares of a weighted profile. */
  readonly previous?: YearFigures;
  readonly cumulative: boolean;
  /** The whole year's target. */
  readonly target?: number;
  readonly method: ProfileMethod;
  readonly polarity?: Polarity;
  readonly noChangeBandPercent: number;
  readonly asAt: string;
  readonly schedule?: DataSchedule;
  readonly note?: DataNote;
}

/** Where an indicator stands during the year: a figure at its latest period, or why there is none. */
export type InYearPosition =
  | {
      readonly status: "figure";
      readonly period: InYearPeriod;
      /** Month of the financial year the figure reaches (April = 1). */
      readonly end: number;
      /** The year to date for a count; the latest value for a rate. */
      readonly value: number;
      readonly profiled?: number;
      /** How the profiled target was found, for the reason. */
      readonly profile: string;
      /** The same period last year, else the previous period: what the direction compares. */
      readonly previous?: number;
      readonly previousLabel: string;
      readonly direction?: Direction;
    }
  | {
      readonly status: "no-data" | "awaiting-data";
      readonly period: InYearPeriod;
      readonly reason: string;
    };

/** The reporting calendar of a table that gives only a Year to date figure: quarters. */
const QUARTER_ENDS = [3, 6, 9, 12];

/**
 * The position during the year: the latest period with a figure, unless a later period has ended
 * and its figure is due (the data schedule's lag after the period's end, or the table's Data
 * available date) and missing, which is then No data. With no figure, the latest period that has
 * ended is Awaiting data. Undefined when no period has ended and no figure is in.
 */
export function inYearPosition(ctx: InYearContext): InYearPosition | undefined {
  const f = ctx.figures;
  if (f.ends.length === 0) return yearToDateOnly(ctx);
  const now = monthOf(ctx.asAt);
  for (let i = f.ends.length - 1; i >= 0; i--) {
    const m = f.ends[i] ?? 0;
    const period = periodEndingAt(m, f.length) ?? "YTD";
    const value = valueAt(f, m, ctx.cumulative);
    if (value !== undefined) return figureAt(ctx, m, period, value);
    // A period with its own figure whose total cannot be made: the missing figure is earlier.
    if (f.own[m] !== undefined || f.toDate[m] !== undefined) continue;
    if (ended(ctx, m, now) && published(ctx, m, now)) return noData(ctx, period);
  }
  for (let i = f.ends.length - 1; i >= 0; i--) {
    const m = f.ends[i] ?? 0;
    if (ended(ctx, m, now)) return awaiting(ctx, m, periodEndingAt(m, f.length) ?? "YTD");
  }
  return undefined;
}

/** A table with only a Year to date column: taken to reach the last quarter whose figures are due. */
function yearToDateOnly(ctx: InYearContext): InYearPosition | undefined {
  const now = monthOf(ctx.asAt);
  const endedEnds = QUARTER_ENDS.filter((m) => ended(ctx, m, now));
  const last = endedEnds[endedEnds.length - 1];
  const ytd = ctx.figures.ytd;
  if (ytd !== undefined) {
    const due = endedEnds.filter((m) => published(ctx, m, now));
    const started = now - (ctx.figures.year * 12 + 3) - 1;
    const m = due[due.length - 1] ?? last ?? Math.min(12, Math.max(1, started));
    return figureAt(ctx, m, "YTD", ytd);
  }
  if (last === undefined) return undefined;
  return published(ctx, last, now) ? noData(ctx, "YTD") : awaiting(ctx, last, "YTD");
}

function figureAt(
  ctx: InYearContext,
  m: number,
  period: InYearPeriod,
  value: number
): InYearPosition {
  const profile = profileAt(ctx, m, period);
  const before = previousAt(ctx, m, period, value);
  return {
    status: "figure",
    period,
    end: m,
    value,
    ...(profile ? { profiled: profile.value } : {}),
    profile: profile?.how ?? "",
    ...(before ? { previous: before.value, direction: before.direction } : {}),
    previousLabel: before?.label ?? "",
  };
}

/**
 * The target at the end of `m`: the table's profile for the period, or its target to date at the
 * latest period; else, for a count, the year's target spread over the year (evenly, or in the shares
 * of last year's periods); for a rate or percentage, the year's target itself.
 */
export function profileAt(
  ctx: InYearContext,
  m: number,
  period: InYearPeriod
): { value: number; how: string } | undefined {
  const f = ctx.figures;
  const own = f.profile[m];
  if (own !== undefined) {
    return { value: own, how: `the table's ${periodEndingAt(m, f.length) ?? period} profile` };
  }
  if (f.profileToDate !== undefined && (period === "YTD" || m === f.latest)) {
    return { value: f.profileToDate, how: "the table's target to date" };
  }
  const target = ctx.target;
  if (target === undefined) return undefined;
  const y = yearLabel(f.year);
  const show = (n: number): string => shownNumber(n, f.percent);
  if (!ctx.cumulative) {
    return {
      value: target,
      how: `the ${y} target itself, as the figure does not build up through the year`,
    };
  }
  const unit = f.length === 3 ? "quarters" : "months";
  const weighted =
    ctx.method === "previous-year" && ctx.previous ? shareAt(ctx.previous, m, f.length) : undefined;
  if (weighted !== undefined) {
    const last = yearLabel(f.year - 1);
    return {
      value: tidy(target * weighted),
      how: `${round1(weighted * 100)}% of the ${y} target of ${show(target)}, as ${last}'s ${unit} built up`,
    };
  }
  const fallback =
    ctx.method === "previous-year" ? `; ${yearLabel(f.year - 1)} has not all its ${unit}` : "";
  const parts = `${m / f.length} of ${12 / f.length} ${unit}`;
  return {
    value: tidy((target * m) / 12),
    how: `the ${y} target of ${show(target)} spread evenly, ${parts}${fallback}`,
  };
}

/**
 * The same period last year when the table has it, else the previous period: for a count, what the
 * previous period added against what this one added; for a rate, the two values.
 */
function previousAt(
  ctx: InYearContext,
  m: number,
  period: InYearPeriod,
  value: number
): { value: number; label: string; direction?: Direction } | undefined {
  const f = ctx.figures;
  const { polarity, noChangeBandPercent: band } = ctx;
  const direction = (now: number, then: number): Direction | undefined =>
    polarity === undefined ? undefined : directionOfTravel(now, then, polarity, band);
  const last = ctx.previous;
  if (last && last.length === f.length && period !== "YTD") {
    const then = valueAt(last, m, ctx.cumulative);
    if (then !== undefined) {
      const label = inYearLabel(period, f.year - 1);
      return { value: then, label, direction: direction(value, then) };
    }
  }
  const i = f.ends.indexOf(m);
  const before = i > 0 ? f.ends[i - 1] : undefined;
  if (before === undefined) return undefined;
  const label = periodEndingAt(before, f.length) ?? "";
  if (!ctx.cumulative) {
    const then = valueAt(f, before, false);
    return then === undefined
      ? undefined
      : { value: then, label, direction: direction(value, then) };
  }
  const now = amountAt(f, m);
  const then = amountAt(f, before);
  if (now === undefined || then === undefined) return undefined;
  return { value: then, label: `what ${label} added`, direction: direction(now, then) };
}

/** Month index (year × 12 + month) at which period `m` of the year ends. */
function endIndex(ctx: InYearContext, m: number): number {
  return ctx.figures.year * 12 + 3 + m;
}

function ended(ctx: InYearContext, m: number, now: number): boolean {
  return now > endIndex(ctx, m);
}

/** The month by which the period's figure should be out: the table's date, else the schedule's lag. */
function dueMonth(ctx: InYearContext, m: number): number {
  const end = endIndex(ctx, m);
  const note = ctx.note;
  if (note?.kind === "due" && note.month >= end) return note.month;
  return end + (ctx.schedule?.lagMonths ?? 0);
}

function published(ctx: InYearContext, m: number, now: number): boolean {
  return now > dueMonth(ctx, m);
}

function noData(ctx: InYearContext, period: InYearPeriod): InYearPosition {
  const label = inYearLabel(period, ctx.figures.year);
  return { status: "no-data", period, reason: `no figure for ${label}, which has ended` };
}

function awaiting(ctx: InYearContext, m: number, period: InYearPeriod): InYearPosition {
  const due = `due about ${monthLabel(dueMonth(ctx, m))}`;
  const note = ctx.note;
  const label = inYearLabel(period, ctx.figures.year);
  const why =
    note?.kind === "due" && note.month >= endIndex(ctx, m)
      ? `the table says "${note.text}"`
      : `${ctx.schedule?.source ?? "data"}: about ${ctx.schedule?.lagMonths ?? 0} months after the period`;
  return { status: "awaiting-data", period, reason: `${label} figure ${due} (${why})` };
}
