import { AMBER_RULES, AmberRule, FinancialYear, parseDate } from "../engine";
import { DEFAULT_LIMITS, ZipLimits } from "../xlsx";
import { orList } from "./format/text";
import { CliError } from "./io";

/** Validates --as-at: a real date, day first (30/06/2010, 30 June 2010) or ISO (2010-06-30). */
export function parseAsAt(text: string): string {
  const iso = parseDate(text);
  if (!iso) {
    throw new CliError(
      `--as-at "${text}" is not a date: write it day first, e.g. 30/06/2010, or as 2010-06-30.`
    );
  }
  return iso;
}

/** The output formats; --json is --format json. */
export const FORMATS = ["stylish", "compact", "json"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Validates --format (with --json as its alias). */
export function parseFormat(format: string | undefined, json: boolean | undefined): OutputFormat {
  if (format === undefined) return json ? "json" : "stylish";
  const f = FORMATS.find((x) => x === format.trim().toLowerCase());
  if (!f) {
    throw new CliError(
      `--format "${format}" is not a format LAA Monitor knows: use ${FORMATS.join(", ")}.`
    );
  }
  if (json && f !== "json")
    throw new CliError(`--json asks for --format json: give one or the other, not both.`);
  return f;
}

/** Validates --tolerance: a percentage of the target, 0–100. */
export function parseTolerance(text: string): number {
  const n = Number(text.trim().replace(/%$/, ""));
  if (text.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new CliError(
      `--tolerance "${text}" is not a percentage between 0 and 100, e.g. --tolerance 5.`
    );
  }
  return n;
}

/** Validates --amber: which convention makes a miss Amber. */
export function parseAmberRule(text: string): AmberRule {
  const rule = AMBER_RULES.find((r) => r === text);
  if (rule) return rule;
  throw new CliError(
    `--amber "${text}" is not a rule LAA Monitor knows: use --amber ${orList(AMBER_RULES)}.`
  );
}

/** Validates --reward-pot: an amount in pounds ("2500000", "2,500,000", "£2500000"), more than 0. */
export function parseRewardPot(text: string): number {
  const t = text.trim().replace(/^£/, "");
  const n = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(t)
    ? Number(t.replace(/,/g, ""))
    : NaN;
  if (!Number.isFinite(n) || n <= 0) {
    throw new CliError(
      `--reward-pot "${text}" is not an amount of money: write it in pounds, e.g. --reward-pot 2500000.`
    );
  }
  return n;
}

/**
 * Validates --year: a financial year written 2009/10, 2009-10, 2009/2010, 09/10 or 2009; returns its
 * starting calendar year (2009 for 2009/10).
 */
export function parseYear(text: string): FinancialYear {
  const t = text.trim();
  const pair = /^(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(t);
  const single = /^\d{4}$/.exec(t);
  const full = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
  if (single) return Number(t);
  if (pair) {
    const start = full(pair[1] ?? "");
    const end = full(pair[2] ?? "");
    if (end === start + 1 || (pair[2]?.length === 2 && Number(pair[2]) === (start + 1) % 100))
      return start;
  }
  throw new CliError(`--year "${text}" is not a financial year: write it like 2009/10.`);
}

const UNITS: Record<string, number> = { "": 1024 * 1024, kb: 1024, mb: 1024 * 1024, gb: 1024 ** 3 };

/**
 * Validates --limits: what LAA Monitor will open, e.g. "part=300MB,total=2GB,entries=20000,ratio=800"
 * (sizes in KB, MB or GB, MB when no unit is given). Unnamed limits keep their defaults.
 */
export function parseLimits(text: string): ZipLimits {
  const out: { -readonly [K in keyof ZipLimits]: ZipLimits[K] } = { ...DEFAULT_LIMITS };
  for (const item of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(part|total|entries|ratio)\s*=\s*(\d+(?:\.\d+)?)\s*(kb|mb|gb)?$/i.exec(item);
    const key = m?.[1]?.toLowerCase();
    const n = Number(m?.[2]);
    const unit = (m?.[3] ?? "").toLowerCase();
    const sized = key === "part" || key === "total";
    if (!m || !(n > 0) || (!sized && unit !== "")) {
      throw new CliError(
        `--limits "${text}" is not a list of limits: write it like part=200MB,total=1GB,entries=10000,ratio=500.`
      );
    }
    if (key === "part") out.partBytes = Math.round(n * (UNITS[unit] as number));
    else if (key === "total") out.totalBytes = Math.round(n * (UNITS[unit] as number));
    else if (key === "entries") out.entries = Math.round(n);
    else out.ratio = n;
  }
  return out;
}
