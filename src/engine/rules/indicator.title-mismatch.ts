import { NONE, Rule } from "./rule";
import { at, quote, round } from "./support/where";
import { overlap, prepareTitle, titleWords } from "./support/words";

/** Below this share of matching words the title probably describes another indicator. */
const MIN_OVERLAP = 0.5;

/**
 * indicator.title-mismatch: the title written next to an NI code shares few words with the catalogue's
 * title, which often means a mistyped code (NI 15 for NI 16). Advice only: local wording is common, so
 * the rule is word-overlap based and tolerant of abbreviations and acronyms.
 */
export const indicatorTitleMismatch: Rule = {
  code: "indicator.title-mismatch",
  defaultSeverity: "info",
  description:
    "The title written with an NI code shares few words with that indicator's catalogue title.",
  hint: "Check the NI code: if the title describes another indicator, correct the code; otherwise use the title from the National Indicator Set.",
  row(row, _table, ctx) {
    const ind = row.indicator;
    const title = ind.title?.trim();
    const entry = ind.code && title ? ctx.catalog.lookup(ind.code.number) : undefined;
    if (!ind.code || !title || !entry) return NONE;
    const score = overlap(titleWords(title), prepareTitle(entry.title));
    if (score >= MIN_OVERLAP) return NONE;
    return [
      {
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
      },
    ];
  },
};
