/**
 * The words and symbols the pane, the CLI and the board sheet all use for statuses, directions of
 * travel, amber rules and the cross-cutting matrix: one table each, so a new status or mark is one
 * line here and every driver shows it the same way.
 */
import { MatrixPair } from "./gaps";
import {
  DIRECTION_ARROW,
  Direction,
  RagStatus,
  RatingPeriod,
  STATUS_WORD,
  statusPhrase,
} from "./rag";
import { AmberRule } from "./settings";

/** How a status reads at a glance; drivers map it to a colour and an icon (never the only cue). */
export type StatusTone = "good" | "warning" | "bad" | "neutral";

export interface StatusTerms {
  /** The word everywhere: "Green", "No data", "Not due". */
  readonly label: string;
  readonly tone: StatusTone;
  /** What it means, for legends. */
  readonly meaning: string;
}

/** Every status in the order it is counted and listed (board, pane, CLI). */
export const STATUS_TERMS: Readonly<Record<RagStatus, StatusTerms>> = {
  green: { label: STATUS_WORD.green, tone: "good", meaning: "on or better than target" },
  amber: {
    label: STATUS_WORD.amber,
    tone: "warning",
    meaning: "off target, within the Amber band",
  },
  red: { label: STATUS_WORD.red, tone: "bad", meaning: "off target beyond the Amber band" },
  "no-data": {
    label: STATUS_WORD["no-data"],
    tone: "neutral",
    meaning: "no actual reported, or nothing numeric to rate it against",
  },
  "awaiting-data": {
    label: STATUS_WORD["awaiting-data"],
    tone: "neutral",
    meaning: "the period has ended, the figure is not published yet",
  },
  "not-collected": {
    label: STATUS_WORD["not-collected"],
    tone: "neutral",
    meaning: "no figure will exist for the period (a survey not run)",
  },
  "not-due": { label: "Not due", tone: "neutral", meaning: "the year has not ended yet" },
};

/** The statuses in their one order (the order of {@link STATUS_TERMS}). */
export const STATUS_ORDER = Object.keys(STATUS_TERMS) as readonly RagStatus[];

export interface DirectionTerms {
  readonly arrow: string;
  readonly word: string;
}

export const DIRECTION_TERMS: Readonly<Record<Direction, DirectionTerms>> = {
  improving: { arrow: DIRECTION_ARROW.improving, word: "improving" },
  worsening: { arrow: DIRECTION_ARROW.worsening, word: "worsening" },
  "no-change": { arrow: DIRECTION_ARROW["no-change"], word: "no change" },
};

/** "▲ improving, ▼ worsening, ▶ no change": the legend wherever the arrows appear. */
export const DIRECTION_LEGEND = Object.values(DIRECTION_TERMS)
  .map((d) => `${d.arrow} ${d.word}`)
  .join(", ");

/**
 * "Direction of travel, against the previous year: ▲ improving, …." — what an arrow compares with, for
 * ratings of whole years, of periods during a year, or both.
 */
export function directionLegend(rated: {
  readonly years: boolean;
  readonly periods: boolean;
}): string {
  const year = "against the previous year";
  const period = "against the same period last year, or else the previous period";
  const against = !rated.periods
    ? year
    : rated.years
      ? `${year} (during the year, ${period})`
      : period;
  return `Direction of travel, ${against}: ${DIRECTION_LEGEND}.`;
}

/** A status as written in a line: "Green ▲", "Amber at Q2 ▼", "No data", "Not due". */
export function statusText(
  status: RagStatus,
  direction?: Direction,
  period: RatingPeriod = "year"
): string {
  const word = status === "not-due" ? STATUS_TERMS[status].label : statusPhrase(status, period);
  return direction ? `${word} ${DIRECTION_TERMS[direction].arrow}` : word;
}

/** What each amber rule means, as the settings and the board's legend say it. */
export const AMBER_RULE_TERMS: Readonly<Record<AmberRule, string>> = {
  tolerance: "Off target, within the tolerance",
  improving: "Off target, but improving on last year",
  forecast: "Off target, but on track for the final year's target",
};

/** The amber rules LAA Monitor knows. */
export const AMBER_RULES = Object.keys(AMBER_RULE_TERMS) as readonly AmberRule[];

/** A pair of the cross-cutting matrix: what the matrix claims against what the table backs. */
export type PairState = "evidenced" | "gap" | "shared" | "none";

export interface MarkTerms {
  readonly mark: string;
  readonly legend: string;
}

/** The matrix's marks, in legend order, plus the diagonal (an ambition against itself). */
export const MATRIX_TERMS: Readonly<Record<PairState | "self", MarkTerms>> = {
  evidenced: { mark: "✓", legend: "claimed and evidenced" },
  gap: { mark: "✗", legend: "claimed, no evidence (a gap)" },
  shared: { mark: "○", legend: "evidenced, not claimed" },
  none: { mark: "·", legend: "neither" },
  self: { mark: "—", legend: "the same ambition" },
};

/** Claimed and backed; claimed and not backed (a gap); backed but not claimed; neither. */
export function pairState(pair: Pick<MatrixPair, "claimed" | "evidenced">): PairState {
  if (pair.claimed) return pair.evidenced ? "evidenced" : "gap";
  return pair.evidenced ? "shared" : "none";
}

/** "✓ claimed and evidenced; ✗ …": the matrix legend in one line. */
export const MATRIX_LEGEND = Object.values(MATRIX_TERMS)
  .map((t) => `${t.mark} ${t.legend}`)
  .join("; ");
