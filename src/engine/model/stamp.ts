/**
 * The settings a rating was made with. Every RAG column and board sheet the add-in writes records
 * its stamp (in the ownership record's names), so a driver can tell when what is in the workbook was
 * rated with other settings than today's, and say so.
 */
import { formatDate, formatNumber } from "./locale";
import { AmberRule, Settings } from "./settings";
import { AMBER_RULES, AMBER_RULE_TERMS } from "./vocabulary";

export interface RatingStamp {
  /** ISO `YYYY-MM-DD`. */
  readonly asAt: string;
  readonly tolerancePercent: number;
  readonly amberRule: AmberRule;
  /** The reward pot in pounds; null when none was set. */
  readonly rewardPot: number | null;
}

/** One field of the stamp: how it is written into a defined name and said in a sentence. */
interface StampField<K extends keyof RatingStamp> {
  readonly key: K;
  /** Short code in the name: letters only. */
  readonly code: string;
  /** Name characters only: letters, digits, periods. */
  encode(value: RatingStamp[K]): string;
  decode(text: string): RatingStamp[K] | undefined;
  /** What it is called in a sentence: "Amber tolerance". */
  readonly label: string;
  /** Its value in a sentence: "5%". */
  say(value: RatingStamp[K]): string;
}

const field = <K extends keyof RatingStamp>(f: StampField<K>): StampField<K> => f;

/** The stamp's fields, in the order they are written and said. A new setting is one entry here. */
const FIELDS = [
  field({
    key: "asAt",
    code: "asAt",
    encode: (v) => v.replace(/-/g, ""),
    decode: (t) => {
      const m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
      const value = m ? `${m[1]}-${m[2]}-${m[3]}` : "";
      return formatDate(value) ? value : undefined;
    },
    label: "as at",
    say: (v) => formatDate(v) ?? v,
  }),
  field({
    key: "tolerancePercent",
    code: "tol",
    encode: (v) => String(v),
    decode: (t) => {
      const n = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
      return n >= 0 && n <= 100 ? n : undefined;
    },
    label: "Amber tolerance",
    say: (v) => `${formatNumber(v)}%`,
  }),
  field({
    key: "amberRule",
    code: "amber",
    encode: (v) => v,
    decode: (t) => AMBER_RULES.find((r) => r === t),
    label: "Amber rule",
    say: (v) => `"${AMBER_RULE_TERMS[v].toLowerCase()}"`,
  }),
  field({
    key: "rewardPot",
    code: "pot",
    encode: (v) => (v === null ? "none" : String(Math.round(v))),
    decode: (t) => (t === "none" ? null : /^\d+$/.test(t) ? Number(t) : undefined),
    label: "reward pot",
    say: (v) => (v === null ? "none" : `£${formatNumber(v)}`),
  }),
] as const;

/** The stamp of a run with these settings. */
export function stampOf(settings: Settings): RatingStamp {
  return {
    asAt: settings.asAt,
    tolerancePercent: settings.tolerancePercent,
    amberRule: settings.amberRule,
    rewardPot: settings.rewardPot ?? null,
  };
}

/** "asAt.20100630__tol.5__amber.tolerance": only characters a defined name may hold. */
export function encodeStamp(stamp: RatingStamp): string {
  return FIELDS.map((f) => `${f.code}.${(f.encode as (v: unknown) => string)(stamp[f.key])}`).join(
    "__"
  );
}

/** The stamp written by {@link encodeStamp}; undefined when a field is missing or unreadable. */
export function decodeStamp(text: string): RatingStamp | undefined {
  const parts = new Map<string, string>();
  for (const part of text.split("__")) {
    const dot = part.indexOf(".");
    if (dot > 0) parts.set(part.slice(0, dot), part.slice(dot + 1));
  }
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const raw = parts.get(f.code);
    const value = raw === undefined ? undefined : f.decode(raw);
    if (value === undefined) return undefined;
    out[f.key] = value;
  }
  return out as unknown as RatingStamp;
}

type Say = (v: unknown) => string;

/** 'as at 30 June 2010; Amber tolerance 5%; Amber rule "off target, within the tolerance"'. */
export function describeStamp(stamp: RatingStamp): string {
  return FIELDS.map((f) => `${f.label} ${(f.say as Say)(stamp[f.key])}`).join("; ");
}

/**
 * What differs between the stamp something was written with and the settings now, each said as
 * "Amber tolerance 5% (now 15%)"; empty when they agree.
 */
export function stampChanges(written: RatingStamp, now: RatingStamp): string[] {
  const out: string[] = [];
  for (const f of FIELDS) {
    if (written[f.key] === now[f.key]) continue;
    const say = f.say as Say;
    out.push(`${f.label} ${say(written[f.key])} (now ${say(now[f.key])})`);
  }
  return out;
}
