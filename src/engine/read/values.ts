import { CellRef, CellValue, isExcelError } from "../model/cell";
import { ParsedValue, Unit } from "../model/table";
import { formatKind } from "./formats";
import { normalise, tidy } from "./text";

type NumberValue = Extract<ParsedValue, { kind: "number" }>;

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
  /\b(tb[cad]|provisional|prov|estimated?|est|draft|unconfirmed|to be confirmed|subject to|indicative|interim|awaiting|forecast|projected|proxy)\b/i;
const PERIOD =
  /\b(19|20)\d{2}\b|\b\d{2} ?[-/] ?\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ?'?\d{2}\b|\bq[1-4]\b|^(to|at|as at|year to|ye)\b/i;
const BRACKET = /^[([]([^)\]]*)[)\]]?\s*/;
const LEAD_SEPARATORS = /^[\s,;:-]+/;
const STARS = /[*†‡]+/g;
const COMMAS = /,/g;
// What may follow a number: a bracket, a word, or a year ("8.4% 2006/07").
const LEGAL_REST = /^(?:[([a-z]|(?:19|20)\d{2}(?!\d))/i;

/**
 * Reads one cell into a ParsedValue, keeping its cell and raw value. Never throws.
 * A number with a percent format reads as percent ×100; a number with a date format reads as text
 * (so rules can say it is not a number). Text is read for numbers, periods, notes, placeholders,
 * deferred baselines and relative targets (resolved later, see resolve.ts).
 */
export function parseValue(raw: CellValue, format: string, cell: CellRef): ParsedValue {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "text", cell, raw, text: String(raw) };
    const kind = formatKind(format);
    if (kind === "percent")
      return { kind: "number", cell, raw, value: tidy(raw * 100), unit: "percent" };
    if (kind === "date") return { kind: "text", cell, raw, text: String(raw) };
    return { kind: "number", cell, raw, value: raw, unit: "number" };
  }
  if (typeof raw === "boolean") return { kind: "text", cell, raw, text: raw ? "TRUE" : "FALSE" };
  if (isExcelError(raw)) return { kind: "error", cell, raw, text: raw };
  return parseText(raw, cell);
}

function parseText(raw: string, cell: CellRef): ParsedValue {
  // A typed "-3" would have become a number; kept as text with an ASCII sign it is a change to apply.
  // A pasted "−5" (minus sign, U+2212) is a negative number, so the sign test runs before normalising.
  const signed = SIGNED.exec(raw.trim());
  if (signed) return relative(raw, cell, signed[1] === "-" ? -1 : 1, signed[2] ?? "", signed[3]);
  const text = normalise(raw);
  if (text === "") return { kind: "empty", cell, raw };
  const lower = text.toLowerCase();
  if (PLACEHOLDER.test(lower)) return { kind: "placeholder", cell, raw, text };
  const word = RELATIVE_WORD.exec(lower);
  if (word) {
    return relative(raw, cell, NEGATIVE_WORD.test(word[1] ?? "") ? -1 : 1, word[2] ?? "", word[3]);
  }
  const suffix = RELATIVE_SUFFIX.exec(lower);
  if (suffix) {
    return relative(
      raw,
      cell,
      NEGATIVE_WORD.test(suffix[3] ?? "") ? -1 : 1,
      suffix[1] ?? "",
      suffix[2]
    );
  }
  if (MAINTAIN.test(lower)) return { kind: "relative", cell, raw, op: "maintain", amount: 0 };
  const num = NUMBER.exec(text);
  if (num) {
    const parsed = numberWithNotes(raw, cell, num);
    if (parsed) return parsed;
  }
  if (DEFERRED.test(lower)) return { kind: "deferred", cell, raw, text };
  return { kind: "text", cell, raw, text };
}

function relative(
  raw: CellValue,
  cell: CellRef,
  sign: number,
  digits: string,
  percent: string | undefined
): ParsedValue {
  const amount = sign * Number(digits.replace(COMMAS, ""));
  return { kind: "relative", cell, raw, op: percent ? "add-percent" : "add", amount };
}

function numberWithNotes(raw: string, cell: CellRef, m: RegExpExecArray): ParsedValue | undefined {
  const value = Number((m[2] ?? "").replace(COMMAS, "")) * (m[1] === "-" ? -1 : 1);
  if (!Number.isFinite(value)) return undefined;
  const unit: Unit = m[3] ? "percent" : "number";
  let rest = (m[4] ?? "").replace(STARS, "").trim();
  // "2008/09", "1-2", "12 345": the digits go on, so this is not one number with a note.
  if (rest !== "" && !LEGAL_REST.test(rest)) return undefined;
  let period: string | undefined;
  let provisional = false;
  const notes: string[] = [];
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
      notes.push(note);
    } else if (period === undefined && PERIOD.test(note)) period = note;
    else notes.push(note);
  }
  const out: { -readonly [K in keyof NumberValue]: NumberValue[K] } = {
    kind: "number",
    cell,
    raw,
    value,
    unit,
  };
  if (period !== undefined) out.period = period;
  if (provisional) out.provisional = true;
  if (notes.length > 0) out.note = notes.join("; ");
  return out;
}
