import { FinancialYear, MonitoringField } from "../model/table";
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
  | "year"
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
}

/** A header row classified cell by cell (undefined = blank or not a header word). */
export type HeaderRow = readonly (HeaderCell | undefined)[];

/** True for a cell naming the indicator column (title or code). */
export function isIndicator(c: HeaderCell | undefined): boolean {
  return c?.role === "indicator" || c?.role === "indicator-code";
}

const MAX_HEADER_LENGTH = 60;
// Any indicator-like header: the quick test a row must pass before it is read as a header.
const INDICATOR =
  /^(?:national |performance |laa |local |key )?(?:indicators?|measures?|description|title|pi|ni|nis|ref|reference|code)\b/;
const INDICATOR_CODE =
  /^(?:ni|nis|pi|ref|reference|code|no)\.?(?: ?(?:ref|reference|no|number|code)\.?)?$|^indicator (?:ref|reference|no|number|code)\.?$/;
const BASELINE_PERIOD =
  /^(?:baseline (?:year|period|date)|period|data period|base year|year of baseline)$/;
const PRIORITY =
  /^(?:the |laa |strategic |key )?(?:priorit(?:y|ies)|ambitions?|themes?|outcomes?|objectives?|block)\b/;
const LEAD = /^(?:lead|leading|accountable|responsible|partners?\b|owner|delivery partners?)/;
const POLARITY =
  /^(?:polarity|good is|good performance|direction of good|higher or lower|high ?\/ ?low)/;
const TOLERANCE = /^tolerance/;
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
  const display = normalise(raw)
    .replace(/[*:]+$/, "")
    .trim();
  const text = display.toLowerCase();
  if (text === "" || text.length > MAX_HEADER_LENGTH) return undefined;
  if (text.includes("baseline")) {
    if (BASELINE_PERIOD.test(text)) return { role: "baseline-period", text: display };
    const period = headerPeriod(display);
    return period
      ? { role: "baseline", text: display, period }
      : { role: "baseline", text: display };
  }
  if (BASELINE_PERIOD.test(text)) return { role: "baseline-period", text: display };
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
  if (LEAD.test(text)) return { role: "lead", text: display };
  if (POLARITY.test(text)) return { role: "polarity", text: display };
  if (TOLERANCE.test(text)) return { role: "tolerance", text: display };
  if (COMMENTS.test(text)) return { role: "comments", text: display };
  if (CONTRIBUTES.test(text)) return { role: "contributes", text: display };
  if (RAG_WORD.test(text)) return { role: "span-rag", text: display };
  if (ACTUAL_WORD.test(text)) return { role: "span-actual", text: display };
  if (SPAN_TARGET.test(text)) return { role: "span-target", text: display };
  return undefined;
}
