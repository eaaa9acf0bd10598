import { Catalog } from "../catalog";
import { IndicatorCode, ParsedValue, Polarity, PolaritySource, numericValue } from "../model/table";
import { tidy } from "./text";

/**
 * Resolves relative targets in column order: the first year against the baseline, each later year
 * against the previous year's target (itself possibly resolved). Left unresolved when the reference
 * is not a number. The targets are `count` values of the list from `from` (a row's, in the table's
 * shared list), resolved in place.
 */
export function resolveRelatives(
  baseline: ParsedValue,
  targets: ParsedValue[],
  from = 0,
  count = targets.length - from
): ParsedValue[] {
  let reference = numericValue(baseline);
  let unit = baseline.kind === "number" ? baseline.unit : undefined;
  for (let i = from; i < from + count; i++) {
    const v = targets[i];
    if (!v) continue;
    if (v.kind === "relative" && reference !== undefined) {
      const resolved = tidy(
        v.op === "maintain"
          ? reference
          : v.op === "add"
            ? reference + v.amount
            : reference * (1 + v.amount / 100)
      );
      // A copy, now resolved (the value read from the cell may be shared with other cells).
      targets[i] = { ...v, resolved, unit: unit ?? v.unit };
      reference = resolved;
    } else {
      reference = numericValue(v);
      unit = v.kind === "number" ? v.unit : undefined;
    }
  }
  return targets;
}

const HIGHER =
  /^(?:high|higher|up|increase|increasing|bigger|more|max(?:imise)?)\b|^[↑⬆▲+]|\b(?:higher|high|bigger|more) (?:is|=) (?:good|better)/i;
const LOWER =
  /^(?:low|lower|down|decrease|decreasing|smaller|less|fewer|min(?:imise)?)\b|^[↓⬇▼-]|\b(?:lower|low|smaller|less|fewer) (?:is|=) (?:good|better)/i;

/** Reads a polarity cell: "High", "Higher is better", "Low is good", "↑", "↓". */
export function parsePolarity(text: string): Polarity | undefined {
  if (text === "") return undefined;
  if (HIGHER.test(text)) return "higher";
  if (LOWER.test(text)) return "lower";
  return undefined;
}

type Resolved = { readonly value: Polarity; readonly source: PolaritySource };
const SOURCES: readonly PolaritySource[] = ["table", "catalogue", "targets"];
const shared = (value: Polarity): Readonly<Record<PolaritySource, Resolved>> =>
  Object.fromEntries(SOURCES.map((source) => [source, Object.freeze({ value, source })])) as Record<
    PolaritySource,
    Resolved
  >;
// Six possible answers, shared: a 100k-row table need not allocate one per row (nor a key string).
const HIGHER_FROM = shared("higher");
const LOWER_FROM = shared("lower");
const answer = (value: Polarity, source: PolaritySource): Resolved =>
  (value === "higher" ? HIGHER_FROM : LOWER_FROM)[source];

/**
 * The row's polarity: its own polarity cell wins, else the catalogue, else the direction of its own
 * targets (the last numeric target against the baseline, or against the first target) when not flat.
 */
export function resolvePolarity(
  own: Polarity | undefined,
  code: IndicatorCode | undefined,
  catalog: Catalog,
  baseline: ParsedValue,
  targets: readonly ParsedValue[],
  start = 0,
  count = targets.length - start
): Resolved | undefined {
  if (own) return answer(own, "table");
  const entry = code ? catalog.lookup(code.number) : undefined;
  if (entry && entry.polarity !== "unknown") return answer(entry.polarity, "catalogue");
  let first: number | undefined;
  let last: number | undefined;
  for (let i = start; i < start + count; i++) {
    const n = numericValue(targets[i] as ParsedValue);
    if (n === undefined) continue;
    first ??= n;
    last = n;
  }
  const from = numericValue(baseline) ?? first;
  if (last === undefined || from === undefined || last === from) return undefined;
  return answer(last > from ? "higher" : "lower", "targets");
}
