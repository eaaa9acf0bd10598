#!/usr/bin/env node
// Converts the reference data into engine modules, so the engine ships it as plain data (no file
// reads at run time):
//   data/national-indicators.csv → src/engine/catalog/national-indicators.ts (the National Indicator Set)
//   data/ni-data-schedule.csv    → src/engine/catalog/data-schedule.ts (when each indicator's data arrives)
// The schedule is free text; parseSchedule below reads what the rating needs from it, rule by rule.
// Usage: npm run catalog [-- path/to/national-indicators.csv [path/to/ni-data-schedule.csv]]
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, commas inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      field = "";
      if (row.some((f) => f !== "")) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV's records as objects keyed by the header, after checking the header is `expected`. */
function readTable(file, expected) {
  const [header, ...records] = parseCsv(fs.readFileSync(file, "utf8"));
  if (JSON.stringify(header) !== JSON.stringify(expected)) {
    throw new Error(`Unexpected columns in ${file}: ${header.join(", ")}`);
  }
  return records.map((r) => Object.fromEntries(expected.map((name, i) => [name, r[i] ?? ""])));
}

function codeNumber(code) {
  const m = /^NI (\d+)$/.exec(code);
  if (!m) throw new Error(`Bad code ${code}`);
  return Number(m[1]);
}

// ---------------------------------------------------------------------------------------------
// The National Indicator Set

const INDICATOR_COLUMNS = [
  "code",
  "title",
  "polarity",
  "unit",
  "statutory_education",
  "survey",
  "status",
  "title_source",
  "polarity_source",
];

function indicatorRows(records) {
  return records.map((r) => [
    codeNumber(r.code),
    r.title,
    r.polarity,
    r.unit,
    r.statutory_education === "yes" ? 1 : 0,
    r.survey,
    r.status,
    r.title_source,
    r.polarity_source,
  ]);
}

// ---------------------------------------------------------------------------------------------
// The data schedule
//
// Years are LAA years by their first calendar year (2008 = 2008/09), as in the engine. A month is
// counted from January of the LAA year's first calendar year, so 15 is March of the next year; a
// month index is year * 12 + month.

const SCHEDULE_COLUMNS = [
  "code",
  "collection",
  "frequency",
  "period_basis",
  "availability_or_lag",
  "last_data_in_LAA_period",
  "confidence",
  "source",
];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** 1–12 from "June", "Sept", "Nov"; throws on anything else, so a new phrasing is noticed. */
function monthNumber(word) {
  const n = MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
  if (n === 0) throw new Error(`Not a month: ${word}`);
  return n;
}

/**
 * What a figure's period is, and the month (counted as above) in which LAA year Y's period ends:
 * financial year → March of Y+1 (15); academic year → August of Y+1 (20: LAA 2009/10 holds the
 * summer 2010 results); calendar year → December of Y (12: LAA 2009/10 holds calendar 2009); a
 * snapshot → its month inside April Y – March Y+1; a survey → December of Y (autumn fieldwork).
 */
function readBasis(text) {
  const t = text.toLowerCase();
  if (/^(?:la )?financial year/.test(t)) return { basis: "financial-year", periodEndMonth: 15 };
  if (/^academic year/.test(t)) return { basis: "academic-year", periodEndMonth: 20 };
  if (/^calendar year/.test(t)) return { basis: "calendar-year", periodEndMonth: 12 };
  const snapshot = /^snapshot at \d{1,2} (\w+)/.exec(t);
  if (snapshot) {
    const m = monthNumber(snapshot[1]);
    return { basis: "snapshot", periodEndMonth: m >= 4 ? m : m + 12 };
  }
  if (/fieldwork|autumn term/.test(t)) return { basis: "survey", periodEndMonth: 12 };
  // Quarterly benefit counts (NI 151–153) and four-monthly tranches from 1 April (NI 195): the LAA
  // rates them for the financial year.
  if (/^quarter\b|^t1 1 apr/.test(t)) return { basis: "financial-year", periodEndMonth: 15 };
  throw new Error(`Unknown period basis: ${text}`);
}

/** Dates written "23 June 2009", "1 Mar 2010", "28 Nov 2008" in the text, as month indexes. */
function datesIn(text) {
  const out = [];
  for (const m of text.matchAll(/\b\d{1,2} ([A-Z][a-z]{2,8}) (\d{4})\b/g)) {
    out.push(Number(m[2]) * 12 + monthNumber(m[1]));
  }
  return out;
}

/**
 * The typical publication lag in months after the period ends, by the first rule that reads the
 * text; 0 where the schedule states none (as for an indicator it does not list).
 */
function readLag(row, { basis, periodEndMonth }) {
  const text = row.availability_or_lag;
  const endMonth = ((periodEndMonth - 1) % 12) + 1;
  // "~21 months (2007 data published …)", "quarterly provisional ~14 months after quarter end"
  const months = /~(\d+) months/.exec(text);
  if (months) return Number(months[1]);
  // "~2 years (2012 snapshot published 30 Sept 2014)"
  const years = /~(\d+) years?/.exec(text);
  if (years) return Number(years[1]) * 12;
  // "available October each year"
  const yearly = /available (\w+) each year/.exec(text);
  if (yearly) return (monthNumber(yearly[1]) - endMonth + 12) % 12;
  // "2008/09 data published July 2010"
  const published = /(\d{4})\/\d{2} data published (\w+) (\d{4})/.exec(text);
  if (published) {
    const end = Number(published[1]) * 12 + periodEndMonth;
    return Number(published[3]) * 12 + monthNumber(published[2]) - end;
  }
  // "final release 28 Nov 2008 (2007 data)": a calendar year's figure and its release date
  const release = /(\d{1,2} \w+ \d{4}) \((\d{4}) data\)/.exec(text);
  if (release) return (datesIn(release[1])[0] ?? 0) - (Number(release[2]) * 12 + periodEndMonth);
  // A survey: from the end of its last fieldwork (December of the last year in period_basis) to
  // the first date after it ("results 23 June 2009"; TellUs4's "national report 1 Mar 2010").
  if (basis === "survey") {
    const fieldwork = Math.max(...[...row.period_basis.matchAll(/\d{4}/g)].map((m) => +m[0]));
    const end = fieldwork * 12 + periodEndMonth;
    const after = datesIn(text).find((d) => d > end);
    if (after !== undefined) return after - end;
  }
  // "main results published late June of the following year"
  const following = /published (?:early |late )?(\w+) of the following year/.exec(text);
  if (following) return monthNumber(following[1]) + 12 - endMonth;
  // "reported the following winter": read as the January after the period ends.
  if (/the following winter/.test(text)) return 13 - endMonth;
  return 0;
}

/**
 * The last LAA year with data, where collection stopped early: "2008/09" → 2008; a single year is
 * the fieldwork year of a survey, the calendar year itself, or the summer of an academic year (KS3
 * "2008" = 2007/08). Empty where collection continued. NI 186's "2008 (during the LAA)" is the last
 * year *published* while the LAA ran, not the end of collection, so it gives none.
 */
function readLastYear(text, basis) {
  const t = text.trim();
  if (t === "" || /during the LAA/i.test(t)) return undefined;
  const pair = /^(\d{4})\/\d{2}\b/.exec(t);
  if (pair) return Number(pair[1]);
  const single = /^(\d{4})\b/.exec(t);
  if (!single) throw new Error(`Unknown last_data_in_LAA_period: ${text}`);
  return Number(single[1]) - (basis === "academic-year" ? 1 : 0);
}

function yearLabel(year) {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/** The collection's short name: "Place Survey", "KS3 national curriculum tests". */
function sourceName(collection) {
  return collection.replace(/\s*\(.*$/, "").trim();
}

/**
 * Why a year after the last has no figure, with "{year}" for the year: a survey was not run, tests
 * were not held, a one-off return covered one year only.
 */
function notCollectedPhrase(row, basis, lastYear) {
  if (lastYear === undefined) return undefined;
  const source = sourceName(row.collection);
  if (basis === "survey") return `${source} not run in {year}`;
  if (/\btests\b/i.test(source)) return `${source} not held in {year}`;
  if (/one-off/i.test(row.frequency)) return `collected for ${yearLabel(lastYear)} only`;
  return `${source} ended after ${yearLabel(lastYear)}`;
}

/** The sentence shown to people: the collection, how often, and when figures come out. */
function noteSentence(row) {
  const text = `${row.collection}, ${row.frequency}: ${row.availability_or_lag}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** One schedule record → what the rating needs (see DataSchedule in src/engine/catalog/index.ts). */
function parseScheduleRow(row) {
  const period = readBasis(row.period_basis);
  const lastYear = readLastYear(row.last_data_in_LAA_period, period.basis);
  const out = {
    number: codeNumber(row.code),
    basis: period.basis,
    periodEndMonth: period.periodEndMonth,
    lagMonths: readLag(row, period),
    source: sourceName(row.collection),
    note: noteSentence(row),
  };
  if (lastYear !== undefined) {
    out.lastYear = lastYear;
    out.notCollected = notCollectedPhrase(row, period.basis, lastYear);
  }
  return out;
}

/** Every record of ni-data-schedule.csv, parsed, sorted by number. */
function parseSchedule(records) {
  return records.map(parseScheduleRow).sort((a, b) => a.number - b.number);
}

// ---------------------------------------------------------------------------------------------
// Writing the modules

async function format(text, file) {
  const prettier = require("prettier");
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

async function main() {
  const indicatorsCsv = process.argv[2] || path.join(root, "data/national-indicators.csv");
  const scheduleCsv = process.argv[3] || path.join(root, "data/ni-data-schedule.csv");
  const indicatorsTs = path.join(root, "src/engine/catalog/national-indicators.ts");
  const scheduleTs = path.join(root, "src/engine/catalog/data-schedule.ts");

  const entries = indicatorRows(readTable(indicatorsCsv, INDICATOR_COLUMNS));
  const indicators = `// GENERATED by scripts/build-catalog.js from data/national-indicators.csv. Do not edit by hand:
// run \`npm run catalog\`.
// Columns: number, title, polarity, unit, statutory education (1/0), survey, status, title source, polarity source.
export const NATIONAL_INDICATOR_ROWS: readonly (readonly [number, string, string, string, 0 | 1, string, string, string, string])[] = ${JSON.stringify(entries)};
`;
  fs.writeFileSync(indicatorsTs, await format(indicators, indicatorsTs));

  const schedule = parseSchedule(readTable(scheduleCsv, SCHEDULE_COLUMNS));
  const scheduleText = `// GENERATED by scripts/build-catalog.js from data/ni-data-schedule.csv. Do not edit by hand:
// run \`npm run catalog\`. How each field is read from the free text: parseSchedule in that script.
import type { DataSchedule } from "./index";

export const DATA_SCHEDULE: readonly (DataSchedule & { readonly number: number })[] = ${JSON.stringify(schedule)};
`;
  fs.writeFileSync(scheduleTs, await format(scheduleText, scheduleTs));
  console.log(
    `Wrote ${entries.length} indicators to ${path.relative(root, indicatorsTs)} and ${schedule.length} schedules to ${path.relative(root, scheduleTs)}`
  );
}

module.exports = { parseCsv, readTable, parseSchedule, SCHEDULE_COLUMNS };

if (require.main === module) {
  main().catch((err) => {
    console.error(`build-catalog: ${err.message}`);
    process.exit(1);
  });
}
