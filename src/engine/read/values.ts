import { CellValue, isExcelError } from "../model/cell";
import { ParsedValue, Unit } from "../model/table";
import { formatKind } from "./formats";
import { normalise, tidy } from "./text";

const PLACEHOLDER =
  /^[([]?\s*(t\.?b\.?[cad]\.?|x+|\?+|n\/?a\.?|n\.a\.?|-+|new( pi| indicator| measure)?|to be (confirmed|agreed|set|determined|advised|announced)|not (available|applicable|known)|unknown|awaited|pending)\s*[)\]]?\.?$/;
const DEFERRED =
  /\b(to be (set|established|agreed|confirmed|determined|measured|collected|calculated|baselined)|will be (set|established|available|agreed)|(set|established|available|agreed) (from|following|after|once|when)|place survey|tell ?us( survey)?)\b/;
const NUMBER =
  /^([-+]?)\s*[£$€]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)\s*(%|per ?cent\b)?\s*(.*)$/i;
const RELATIVE_WORD =
  /^(reduce|reduction|decrease|cut|lower|fall|drop|increase|raise|rise|improve|improvement|grow|growth)\s*(?:of|by)?\s*(\d[\d,]*(?:\.\d+)?)\s*(%|per ?cent)?$/;
const RELATIVE_SUFFIX =
  /^(\d[\d,]*(?:\.\d+)?)\s*(%|per ?cent)?\s*(reduction|decrease|cut|fall|drop|increase|rise|improvement|growth)$/;
const SIGNED = /^([+-])\s*(\d[\d,]*(?:\.\d+)?)\s*(%|per ?cent)?$/;
const MAINTAIN = /^(maintain|maintained|sustain|hold|keep|no change|same as)\b/;
const NEGATIVE_WORD = /^(reduc|decrease|cut|lower|fall|drop)/;
const PROVISIONAL =
  /\b(tb[cad]|provisional|prov|estimated?|est|draft|unconfirmed|to be confirmed|subject to|indicative|interim|awaiting|forecast|projected|proxy|for (19|20)\d{2}|for \d{2}\/\d{2})\b/i;
const PERIOD =
  /\b(19|20)\d{2}\b|\b\d{2} ?[-/] ?\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ?'?\d{2}\b|\bq[1-4]\b|^(to|at|as at|year to|ye)\b/i;
const BRACKET = /^[([]([^)\]]*)[)\]]?\s*/;
const LEAD_SEPARATORS = /^[\s,;:-]+/;
const STARS = /[*†‡]+/g;
const COMMAS = /,/g;
// What may follow a number: a bracket, a word, or a year ("8.4% 2006/07").
const LEGAL_REST = /^(?:[([a-z]|(?:19|20)\d{2}(?!\d))/i;

/**
 * Reads one cell's value (with its number format) into a ParsedValue, keeping the raw value. Never throws.
 * A number with a percent format reads as percent ×100; a number with a date format reads as text
 * (so rules can say it is not a number). Text is read for numbers, periods, notes, placeholders,
 * deferred baselines and relative targets (resolved later, see resolve.ts).
 */
export function parseValue(raw: CellValue, format: string): ParsedValue {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return textValue(raw, "text", String(raw));
    const kind = formatKind(format);
    if (kind === "percent") return numberValue(raw, tidy(raw * 100), "percent");
    if (kind === "date") return textValue(raw, "text", String(raw));
    return numberValue(raw, raw, "number");
  }
  if (typeof raw === "boolean") return textValue(raw, "text", raw ? "TRUE" : "FALSE");
  if (isExcelError(raw)) return textValue(raw, "error", raw);
  return parseText(raw);
}

type Kind = ParsedValue["kind"];
type Op = Extract<ParsedValue, { kind: "relative" }>["op"];

/**
 * Every ParsedValue is made here, in one of two shapes. A plain number or an empty cell (most value
 * cells) gets the small one: kind, raw, value, unit. Every other value gets all fields of every variant
 * in one order (those of other variants undefined). Rules then read values of two shapes only, and
 * empty cells (value undefined) keep whole numbers stored as they are rather than boxed.
 */
function made(
  kind: Kind,
  raw: CellValue,
  value: number | undefined,
  unit: Unit | undefined,
  text: string | undefined,
  period: string | undefined,
  provisional: true | undefined,
  note: string | undefined,
  op: Op | undefined,
  amount: number | undefined
): ParsedValue {
  if (
    (kind === "number" || kind === "empty") &&
    period === undefined &&
    provisional === undefined &&
    note === undefined
  )
    return { kind, raw, value, unit } as ParsedValue;
  return {
    kind,
    raw,
    value,
    unit,
    text,
    period,
    provisional,
    note,
    op,
    amount,
    resolved: undefined,
  } as ParsedValue;
}

/** An empty cell's value. */
export function emptyValue(raw: CellValue): ParsedValue {
  return made(
    "empty",
    raw,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined
  );
}

function numberValue(
  raw: CellValue,
  value: number,
  unit: Unit,
  period?: string,
  provisional?: true,
  note?: string
): ParsedValue {
  return made(
    "number",
    raw,
    value,
    unit,
    undefined,
    period,
    provisional,
    note,
    undefined,
    undefined
  );
}

function textValue(
  raw: CellValue,
  kind: "text" | "placeholder" | "deferred" | "error",
  text: string
): ParsedValue {
  return made(
    kind,
    raw,
    undefined,
    undefined,
    text,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined
  );
}

function relativeValue(raw: CellValue, op: Op, amount: number): ParsedValue {
  return made(
    "relative",
    raw,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    op,
    amount
  );
}

/** Values read so far in one table, by their text (and for numbers, by number and format kind). */
export interface ValueCache {
  readonly texts: Map<string, ParsedValue>;
  readonly numbers: Map<number, ParsedValue>;
  readonly percents: Map<number, ParsedValue>;
}

export const newValueCache = (): ValueCache => ({
  texts: new Map(),
  numbers: new Map(),
  percents: new Map(),
});

/** Distinct values a cache keeps of each kind: a table repeats a few hundred; beyond, cells read alone. */
const CACHE_LIMIT = 4096;

/**
 * parseValue for a table's cells, sharing values: a table writes the same texts and numbers again and
 * again ("TBC", "45%", "52% (2007/08)", 0.45 formatted as a percentage), and a cell's value depends
 * only on its text (or number and format), never on where it sits. Values are read-only, so one object
 * serves every cell that reads the same. Up to CACHE_LIMIT distinct values of each kind are kept.
 */
export function parseValueCached(raw: CellValue, format: string, cache: ValueCache): ParsedValue {
  let map: Map<string, ParsedValue> | Map<number, ParsedValue> | undefined;
  if (typeof raw === "string") map = cache.texts;
  else if (typeof raw === "number") {
    const kind = formatKind(format);
    map = kind === "plain" ? cache.numbers : kind === "percent" ? cache.percents : undefined;
  }
  if (map === undefined) return parseValue(raw, format);
  const known = (map as Map<CellValue, ParsedValue>).get(raw);
  if (known !== undefined) return known;
  const parsed = parseValue(raw, format);
  if (map.size < CACHE_LIMIT) (map as Map<CellValue, ParsedValue>).set(raw, parsed);
  return parsed;
}

function parseText(raw: string): ParsedValue {
  // A typed "-3" would have become a number; kept as text with an ASCII sign it is a change to apply.
  // A pasted "−5" (minus sign, U+2212) is a negative number, so the sign test runs before normalising.
  const lead = firstVisible(raw);
  // Most value cells are plain ("41%", "1250"): digits need no normalising (it would change nothing),
  // so the number is read straight from the raw text, before any regex.
  if (lead >= 48 && lead <= 57 && raw.charCodeAt(0) === lead) {
    const plain = plainNumber(raw, raw);
    if (plain) return plain;
  }
  const signed = lead === 43 || lead === 45 ? SIGNED.exec(raw.trim()) : null;
  if (signed) return relative(raw, signed[1] === "-" ? -1 : 1, signed[2] ?? "", signed[3]);
  const text = normalise(raw);
  if (text === "") return emptyValue(raw);
  // Most value cells start with a digit ("45%", "2,100 (2007/08)"): placeholders, relative words and
  // "maintain" all start with something else, so only the suffix form and the number are tried.
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return digitFirst(raw, text);
  const lower = text.toLowerCase();
  if (PLACEHOLDER.test(lower)) return textValue(raw, "placeholder", text);
  const word = RELATIVE_WORD.exec(lower);
  if (word) {
    return relative(raw, NEGATIVE_WORD.test(word[1] ?? "") ? -1 : 1, word[2] ?? "", word[3]);
  }
  const suffix = RELATIVE_SUFFIX.exec(lower);
  if (suffix) {
    return relative(raw, NEGATIVE_WORD.test(suffix[3] ?? "") ? -1 : 1, suffix[1] ?? "", suffix[2]);
  }
  if (MAINTAIN.test(lower)) return relativeValue(raw, "maintain", 0);
  const num = NUMBER.exec(text);
  if (num) {
    const parsed = numberWithNotes(raw, num);
    if (parsed) return parsed;
  }
  if (DEFERRED.test(lower)) return textValue(raw, "deferred", text);
  return textValue(raw, "text", text);
}

/** Char code of the first character `trim()` would keep (-1 for blank text). */
function firstVisible(text: string): number {
  const t =
    text.length > 0 && text.charCodeAt(0) > 32 && text.charCodeAt(0) < 127 ? text : text.trim();
  return t.length > 0 ? t.charCodeAt(0) : -1;
}

function digitFirst(raw: string, text: string): ParsedValue {
  const plain = plainNumber(raw, text);
  if (plain) return plain;
  const num = NUMBER.exec(text);
  // "5% reduction" (digits, then a word) is the only relative form that starts with a digit.
  if (num && num[4] === "") return numberWithNotes(raw, num) ?? plainText(raw, text);
  const lower = text.toLowerCase();
  const suffix = RELATIVE_SUFFIX.exec(lower);
  if (suffix) {
    const sign = NEGATIVE_WORD.test(suffix[3] ?? "") ? -1 : 1;
    return relative(raw, sign, suffix[1] ?? "", suffix[2]);
  }
  const parsed = num ? numberWithNotes(raw, num) : undefined;
  return parsed ?? plainText(raw, text);
}

/**
 * "42", "45.2%", "1250": digits, at most one decimal point, an optional "%" at the very end. Read with
 * char codes, no regex; anything else (commas, notes, periods) goes the regex way.
 */
function plainNumber(raw: string, text: string): ParsedValue | undefined {
  const n = text.length;
  const percent = text.charCodeAt(n - 1) === 37;
  const end = percent ? n - 1 : n;
  let dot = -1;
  let digits = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && dot < 0) dot = i;
    else if (c >= 48 && c <= 57) digits = digits * 10 + (c - 48);
    else return undefined;
  }
  // Up to 15 digits the integer is exact and one division by a power of ten rounds exactly as
  // Number() would; longer numbers take Number() on a copy.
  const decimals = dot < 0 ? 0 : end - dot - 1;
  // A whole number below 2^30 is kept a small integer (`| 0`), as Number() would give it: a division
  // result is a double even when whole, and V8 then boxes it wherever the number is stored.
  const value =
    decimals === 0 && digits < 0x40000000
      ? digits | 0
      : end <= 15
        ? digits / TENS[decimals]!
        : Number(percent ? text.slice(0, end) : text);
  if (!Number.isFinite(value)) return undefined;
  return numberValue(raw, value, percent ? "percent" : "number");
}

const TENS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Text that is not a number: a deferred baseline, or free text. */
function plainText(raw: string, text: string): ParsedValue {
  if (DEFERRED.test(text.toLowerCase())) return textValue(raw, "deferred", text);
  return textValue(raw, "text", text);
}

function relative(
  raw: CellValue,
  sign: number,
  digits: string,
  percent: string | undefined
): ParsedValue {
  const amount = sign * Number(digits.replace(COMMAS, ""));
  return relativeValue(raw, percent ? "add-percent" : "add", amount);
}

function numberWithNotes(raw: string, m: RegExpExecArray): ParsedValue | undefined {
  const value = Number((m[2] ?? "").replace(COMMAS, "")) * (m[1] === "-" ? -1 : 1);
  if (!Number.isFinite(value)) return undefined;
  const unit: Unit = m[3] ? "percent" : "number";
  const tail = m[4] ?? "";
  let rest = tail === "" ? "" : tail.replace(STARS, "").trim();
  // "2008/09", "1-2", "12 345": the digits go on, so this is not one number with a note.
  if (rest !== "" && !LEGAL_REST.test(rest)) return undefined;
  let period: string | undefined;
  let provisional = false;
  let notes: string[] | undefined;
  while (rest !== "") {
    const bracket = BRACKET.exec(rest);
    let note: string;
    if (bracket) {
      note = (bracket[1] ?? "").trim();
      rest = rest.slice(bracket[0].length);
    } else {
      note = rest.replace(LEAD_SEPARATORS, "").trim();
      rest = "";
      // Loose words after a number ("2008 survey results were late") make a sentence, not a value.
      if (!PROVISIONAL.test(note) && !PERIOD.test(note) && note.split(" ").length > 3)
        return undefined;
    }
    if (note === "") continue;
    if (PROVISIONAL.test(note)) {
      provisional = true;
      (notes ??= []).push(note);
    } else if (period === undefined && PERIOD.test(note)) period = note;
    else (notes ??= []).push(note);
  }
  return numberValue(raw, value, unit, period, provisional || undefined, notes?.join("; "));
}
