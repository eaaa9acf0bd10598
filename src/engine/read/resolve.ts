import { Catalog } from "../catalog";
import {
  IndicatorCode,
  ParsedValue,
  Polarity,
  PolaritySource,
  YearValue,
  numericValue,
} from "../model/table";
import { tidy } from "./text";

/**
 * Resolves relative targets in column order: the first year against the baseline, each later year
 * against the previous year's target (itself possibly resolved). Left unresolved when the reference
 * is not a number.
 */
export function resolveRelatives(
  baseline: ParsedValue,
  targets: readonly YearValue[]
): YearValue[] {
  let reference = numericValue(baseline);
  let unit = baseline.kind === "number" ? baseline.unit : undefined;
  return targets.map((t) => {
    const v = t.value;
    if (v.kind !== "relative" || reference === undefined) {
      reference = numericValue(v);
      unit = v.kind === "number" ? v.unit : undefined;
      return t;
    }
    const resolved = tidy(
      v.op === "maintain"
        ? reference
        : v.op === "add"
          ? reference + v.amount
          : reference * (1 + v.amount / 100)
    );
    reference = resolved;
    return { year: t.year, value: { ...v, resolved, ...(unit ? { unit } : {}) } };
  });
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
const answer = (value: Polarity, source: PolaritySource): Resolved => ({ value, source });

/**
 * The row's polarity: its own polarity cell wins, else the catalogue, else the direction of its own
 * targets (the last numeric target against the baseline, or against the first target) when not flat.
 */
export function resolvePolarity(
  own: Polarity | undefined,
  code: IndicatorCode | undefined,
  catalog: Catalog,
  baseline: ParsedValue,
  targets: readonly YearValue[]
): Resolved | undefined {
  if (own) return answer(own, "table");
  const entry = code ? catalog.lookup(code.number) : undefined;
  if (entry && entry.polarity !== "unknown") return answer(entry.polarity, "catalogue");
  let first: number | undefined;
  let last: number | undefined;
  for (const t of targets) {
    const n = numericValue(t.value);
    if (n === undefined) continue;
    first ??= n;
    last = n;
  }
  const from = numericValue(baseline) ?? first;
  if (last === undefined || from === undefined || last === from) return undefined;
  return answer(last > from ? "higher" : "lower", "targets");
}
