import { DataSchedule } from "../catalog";
import { RagStatus } from "../model/rag";
import { FinancialYear, yearLabel } from "../model/table";
import { DataNote, notCollectedIn } from "./data-note";
import { monthLabel, monthOf, periodEnd, periodEnded } from "./periods";

/** What a year without an actual is, and why. */
export interface MissingVerdict {
  readonly status: Extract<RagStatus, "no-data" | "awaiting-data" | "not-collected" | "not-due">;
  readonly reason: string;
}

/**
 * Tells apart the reasons a year has no actual, in this order: no figure will exist (the table's
 * Data available column says so; else, unless that column gives a date, the catalogue's last year
 * of data is past); the period is still running; the figure is not published yet at the as-at date
 * (the table's date, else the period's end plus the schedule's lag); else the figure is due and
 * missing. An indicator the schedule does not list has financial-year data and no lag, so a missing
 * actual is No data as soon as the year ends.
 */
export function missingActual(
  year: FinancialYear,
  asAt: string,
  schedule: DataSchedule | undefined,
  note: DataNote | undefined
): MissingVerdict {
  const label = yearLabel(year);
  if (notCollectedIn(note, year)) return { status: "not-collected", reason: note?.text ?? "" };
  if (note?.kind !== "due" && schedule?.lastYear !== undefined && year > schedule.lastYear) {
    const why = (schedule.notCollected ?? `${schedule.source} ended`).replace("{year}", label);
    return { status: "not-collected", reason: why };
  }
  if (!periodEnded(year, asAt, schedule)) {
    return { status: "not-due", reason: `${periodName(year, schedule)} has not ended` };
  }
  const now = monthOf(asAt);
  if (note?.kind === "due") {
    return now <= note.month
      ? {
          status: "awaiting-data",
          reason: `due about ${monthLabel(note.month)} (the table says "${note.text}")`,
        }
      : { status: "no-data", reason: `no actual for ${label}: the table said "${note.text}"` };
  }
  if (schedule && schedule.lagMonths > 0) {
    const due = `due about ${monthLabel(periodEnd(year, schedule) + schedule.lagMonths)}`;
    if (now <= periodEnd(year, schedule) + schedule.lagMonths) {
      const lag = `${schedule.source}: about ${schedule.lagMonths} months after the period`;
      return { status: "awaiting-data", reason: `${due} (${lag})` };
    }
    return { status: "no-data", reason: `no actual for ${label}, ${due}` };
  }
  return { status: "no-data", reason: `no actual for ${label}, which has ended` };
}

/** "2009/10", or the period it stands for when that is not the financial year. */
function periodName(year: FinancialYear, schedule: DataSchedule | undefined): string {
  switch (schedule?.basis) {
    case "academic-year":
      return `the ${yearLabel(year)} academic year`;
    case "calendar-year":
      return `calendar year ${year}`;
    case "survey":
      return `the ${year} survey`;
    case "snapshot":
      return `the snapshot of ${yearLabel(year)}`;
    default:
      return yearLabel(year);
  }
}
