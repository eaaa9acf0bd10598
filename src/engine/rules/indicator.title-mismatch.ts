import { CatalogEntry } from "../catalog";
import { FindingDraft, TableRule } from "./rule";
import { at, quote, round } from "./support/where";
import { overlap, prepareTitle, PreparedTitle, titleWords } from "./support/words";

/** Below this share of matching words the title probably describes another indicator. */
const MIN_OVERLAP = 0.5;

/** Catalogue titles are prepared once per process: the catalogue is immutable data. */
const prepared = new WeakMap<CatalogEntry, PreparedTitle>();

function preparedOf(entry: CatalogEntry): PreparedTitle {
  let p = prepared.get(entry);
  if (!p) {
    p = prepareTitle(entry.title);
    prepared.set(entry, p);
  }
  return p;
}

/**
 * indicator.title-mismatch: the title written next to an NI code shares few words with the catalogue's
 * title, which often means a mistyped code (NI 15 for NI 16). Advice only: local wording is common, so
 * the rule is word-overlap based and tolerant of abbreviations and acronyms.
 */
export const indicatorTitleMismatch: TableRule = {
  code: "indicator.title-mismatch",
  scope: "table",
  defaultSeverity: "info",
  description:
    "The title written with an NI code shares few words with that indicator's catalogue title.",
  hint: "Check the NI code: if the title describes another indicator, correct the code; otherwise use the title from the National Indicator Set.",
  check(table, ctx) {
    const out: FindingDraft[] = [];
    // Big tables repeat the same code and title; one comparison per distinct pair keeps this linear.
    const seen = new Map<number, Map<string, number>>();
    for (const row of table.rows) {
      const ind = row.indicator;
      const title = ind.title?.trim();
      if (!ind.code || !title) continue;
      const entry = ctx.catalog.lookup(ind.code.number);
      if (!entry) continue;
      let scores = seen.get(entry.number);
      if (!scores) seen.set(entry.number, (scores = new Map()));
      let score = scores.get(title);
      if (score === undefined) {
        score = overlap(titleWords(title), preparedOf(entry));
        scores.set(title, score);
      }
      if (score >= MIN_OVERLAP) continue;
      out.push({
        ...at(ind.titleCell ?? ind.cell),
        indicator: ind.code.label,
        message: `${ind.code.label} is titled ${quote(title)} here, but the National Indicator Set calls it ${quote(entry.title)}.`,
        data: {
          code: ind.code.label,
          title,
          catalogueTitle: entry.title,
          overlap: round(score),
          catalogueTitleSourced: entry.titleSourced,
        },
      });
    }
    return out;
  },
};
