import { FinancialYear, MonitoringField } from "../model/table";
import { InYearHeader, parseInYearHeader } from "./in-year-header";
import { normalise } from "./text";
import { headerPeriod, parseYear } from "./years";

/** What a header cell names. "span-*" cells head a group of year columns ("LAA improvement target"). */
export type HeaderRole =
  | "priority"
  | "indicator"
  | "indicator-code"
  | "baseline"
  | "baseline-period"
  | "lead"
  | "polarity"
  | "tolerance"
  | "comments"
  | "contributes"
  | "refresh-status"
  | "year"
  | "in-year"
  | "cumulative"
  | "span-target"
  | "span-actual"
  | "span-rag"
  | MonitoringRole;

/** The monitoring columns: a Red's remedial action, its owner and date, data due, reward element. */
export type MonitoringRole =
  "action" | "action-owner" | "action-date" | "data-available" | "reward";

/** The TableColumns (and IndicatorRow) field of each monitoring role. */
export const MONITORING_COLUMN: Readonly<Record<MonitoringRole, MonitoringField>> = {
  action: "action",
  "action-owner": "actionOwner",
  "action-date": "actionDate",
  "data-available": "dataAvailable",
  reward: "reward",
};

export type YearKind = "target" | "actual" | "rag";

/** A recognised header cell. */
export interface HeaderCell {
  readonly role: HeaderRole;
  readonly text: string;
  readonly year?: FinancialYear;
  /** For a year cell: what its own words say; undefined = decided by the span above, else target. */
  readonly yearKind?: YearKind;
  /** For a baseline cell: the period written in the header. */
  readonly period?: string;
  /** A unit the header gives its column: "tonnes", "per 100,000". */
  readonly unit?: string;
  /** The header states values as a percentage change of the baseline ("% of baseline"). */
  readonly percentOfBaseline?: boolean;
  /** For an in-year cell ("Q2", "Year to date", "Q1 target"): what it names. */
  readonly inYear?: InYearHeader;
}

/** A header row classified cell by cell (undefined = blank or not a header word). */
export type HeaderRow = readonly (HeaderCell | undefined)[];

/** True for a cell naming the indicator column (title or code). */
export function isIndicator(c: HeaderCell | undefined): boolean {
  return c?.role === "indicator" || c?.role === "indicator-code";
}

const MAX_HEADER_LENGTH = 60;
// Headers are a few words; a longer cell is a sentence, never a header.
const MAX_HEADER_WORDS = 8;
// Any indicator-like header: the quick test a row must pass before it is read as a header.
const INDICATOR =
  /^(?:national |performance |laa |local |key |mandatory |designated |statutory |improvement )?(?:indicators?|measures?|description|title|pi|ni|nis|ref|reference|code)\b/;
const INDICATOR_CODE =
  /^(?:ni|nis|pi|ref|reference|code|no)\.?(?: ?(?:ref|reference|no|number|code)\.?)?$|^indicator (?:ref|reference|no|number|code)\.?$/;
const BASELINE_PERIOD =
  /^(?:baseline (?:year|period|date)|period|data period|base year|year of baseline)$/;
const PRIORITY =
  /^(?:the |laa |strategic |key )?(?:priorit(?:y|ies)|ambitions?|themes?|outcomes?|objectives?|block)\b/;
const LEAD = /^(?:lead|leading|accountable|responsible|partners?\b|owner|delivery partners?)/;
const POLARITY =
  /^(?:polarity|good is|good performance|direction of good|higher or lower|high ?\/ ?low)/;
// The lead partner named among other words: "Think Family / SSP Delivery Partners *Lead partner".
const LEAD_BURIED =
  /(?:^|[/*|-]\s*)(?:lead (?:partners?|agenc(?:y|ies)|organisations?|council|body|bodies|officers?|authority)|accountable body)\s*$/;
// "Refreshed/No change/Removed/New", "Refresh status", "Status at refresh".
const REFRESH = /\brefresh(?:ed)?\b|\bno change\b.*\bremoved\b/;
const TOLERANCE = /^tolerance/;
// Whether a figure builds up through the year: "Cumulative?", "Cumulative (Y/N)", "Type".
const CUMULATIVE =
  /^(?:cumulative ?\?|cumulative \((?:y\/n|yes\/no)\)|cumulative (?:or|\/) ?(?:not|snapshot|point[ -]in[ -]time|discrete|non-cumulative)\??|is (?:it |the indicator )?cumulative ?\?|(?:measure |indicator |data |target )?type)$/;
const COMMENTS = /^(?:comments?|notes?|remarks|narrative|explanation)\b/;
// Monitoring headers, tried before the lead and comment words: "Action owner" is not the lead
// partner, "Target date" is no target year, and a "Commentary" column is where boards put the
// remedial action.
const MONITORING: readonly (readonly [MonitoringRole, RegExp])[] = [
  ["action-owner", /^(?:action (?:owner|by|lead)|owner of (?:the )?action|by whom)$/],
  [
    "action-date",
    /^(?:action (?:date|due|deadline)|by when|due date|deadline|completion date|target date)$/,
  ],
  [
    "action",
    /^(?:(?:proposed |planned |agreed )?(?:remedial|corrective|improvement|recovery) actions?|actions?\b|commentary\b|comments? and actions?)/,
  ],
  [
    "data-available",
    /^(?:data (?:available|availability|due|expected)|next (?:data|figures?|results?|outturn)\b|when (?:data|figures?) (?:is |are )?(?:available|due))/,
  ],
  [
    "reward",
    /^(?:(?:in |eligible for |counts? (?:for|towards) )?(?:the )?(?:performance )?reward(?: grant| element)?\b|prg\b)/,
  ],
];
const CONTRIBUTES =
  /^(?:contribut|also contribut|also supports?|supports? (?:other )?ambitions?|cross[- ]cutting)/;
const ACTUAL_WORD =
  /\b(?:actuals?|outturns?|out-turns?|achieved|achievement|performance|results?)\b/;
const RAG_WORD = /\b(?:rag|status|rating)\b/;
const SPAN_TARGET = /\btargets?\b/;
const DIGIT = /\d/;

// Units in brackets or after the words: "(tonnes)", "(% of baseline)", "per 100,000".
const UNIT_IN_BRACKETS =
  /\(\s*(%\s*of\s*(?:the\s*)?base ?-?line|tonnes?|kg|kilogrammes?|£|£m|£000s?|(?:rate\s*)?per\s*[\d,]+(?:\s*[a-z]+)*|%|percentage points?|number|days?|weeks?)\s*\)/i;
const UNIT_AFTER = /\s(?:rate\s)?per\s[\d,]+(?:\s(?:population|people|residents|households))?$/i;
const BASE_LINE = /\bbase[ -]line\b/gi;

/** The unit a header gives its column, and the header's words without it. */
function splitUnit(display: string): { words: string; unit?: string; percentOfBaseline?: boolean } {
  const bracket = UNIT_IN_BRACKETS.exec(display);
  const after = bracket ? undefined : UNIT_AFTER.exec(display);
  const found = bracket ?? after;
  if (!found) return { words: display };
  const unit = (bracket ? (bracket[1] ?? "") : found[0]).replace(/\s+/g, " ").trim();
  const words = (display.slice(0, found.index) + display.slice(found.index + found[0].length))
    .replace(/\s+/g, " ")
    .trim();
  if (/^%\s*of/i.test(unit)) return { words, unit: "% of baseline", percentOfBaseline: true };
  return { words, unit };
}

/** Lower-cased header text, without footnote markers and trailing colons. */
export function headerText(raw: string): string {
  return normalise(raw)
    .toLowerCase()
    .replace(/[*:]+$/, "")
    .trim();
}

/** Quick test: could this cell head an indicator column? Data such as "NI 154 ..." fails (it has digits). */
export function isIndicatorHeader(text: string): boolean {
  return text.length <= MAX_HEADER_LENGTH && !DIGIT.test(text) && INDICATOR.test(text);
}

/**
 * Classifies a header cell. Digits are allowed only as a year or a period, so data cells
 * ("NI 154 Net additional homes", "2,100") are never headers. `text` in the result keeps the case.
 */
export function classifyHeader(raw: string): HeaderCell | undefined {
  if (raw.length > MAX_HEADER_LENGTH * 2) return undefined;
  const display = normalise(raw.replace(/\s+/g, " "))
    .replace(/[*:]+$/, "")
    .trim();
  if (display === "" || display.length > MAX_HEADER_LENGTH) return undefined;
  const count = display.split(" ").length;
  const sentence = /\w{3,}\.\s+\w/.test(display) || (display.endsWith(".") && count >= 4);
  if (count > MAX_HEADER_WORDS || sentence) return undefined;
  const { words, unit, percentOfBaseline } = splitUnit(display);
  const cell = classifyWords(words.replace(BASE_LINE, "baseline"), display);
  if (!cell || unit === undefined) return cell;
  return percentOfBaseline ? { ...cell, unit, percentOfBaseline } : { ...cell, unit };
}

/** The role the header's words name; `display` is the text shown in messages. */
function classifyWords(words: string, display: string): HeaderCell | undefined {
  const text = words.toLowerCase();
  if (text === "") return undefined;
  if (REFRESH.test(text)) return { role: "refresh-status", text: display };
  if (text.includes("baseline")) {
    if (BASELINE_PERIOD.test(text)) return { role: "baseline-period", text: display };
    const period = headerPeriod(words);
    return period
      ? { role: "baseline", text: display, period }
      : { role: "baseline", text: display };
  }
  if (BASELINE_PERIOD.test(text)) return { role: "baseline-period", text: display };
  if (CUMULATIVE.test(text)) return { role: "cumulative", text: display };
  // Before the year: "Q2 2009/10" is a quarter of that year, not a target year column.
  const inYear = parseInYearHeader(text);
  if (inYear) return { role: "in-year", text: display, inYear };
  const year = parseYear(text);
  if (year !== undefined) {
    const yearKind: YearKind | undefined = ACTUAL_WORD.test(text)
      ? "actual"
      : RAG_WORD.test(text)
        ? "rag"
        : SPAN_TARGET.test(text)
          ? "target"
          : undefined;
    return yearKind
      ? { role: "year", text: display, year, yearKind }
      : { role: "year", text: display, year };
  }
  if (DIGIT.test(text)) return undefined;
  if (INDICATOR.test(text)) {
    return { role: INDICATOR_CODE.test(text) ? "indicator-code" : "indicator", text: display };
  }
  for (const [role, pattern] of MONITORING) if (pattern.test(text)) return { role, text: display };
  if (PRIORITY.test(text)) return { role: "priority", text: display };
  if (LEAD.test(text) || LEAD_BURIED.test(text)) return { role: "lead", text: display };
  if (POLARITY.test(text)) return { role: "polarity", text: display };
  if (TOLERANCE.test(text)) return { role: "tolerance", text: display };
  if (COMMENTS.test(text)) return { role: "comments", text: display };
  if (CONTRIBUTES.test(text)) return { role: "contributes", text: display };
  if (RAG_WORD.test(text)) return { role: "span-rag", text: display };
  if (ACTUAL_WORD.test(text)) return { role: "span-actual", text: display };
  if (SPAN_TARGET.test(text)) return { role: "span-target", text: display };
  return undefined;
}
