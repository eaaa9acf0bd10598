#!/usr/bin/env node
"use strict";
/**
 * Builds the example workbooks from readable sources (npm run examples):
 *   examples/sources/sample-partnership.json → examples/sample-partnership.xlsx (checks with no errors)
 *   + examples/sources/problems.json          → examples/sample-problems.xlsx (every problem planted at its cell)
 *   + examples/sources/sample-quarterly.json  → examples/sample-quarterly.xlsx (2009/10 by quarter, to Q2)
 * Plain Node + ExcelJS, deterministic: the same sources always give byte-identical files (fixed document
 * dates, zip entries re-stamped with a fixed date), so a diff of the .xlsx means the sources changed.
 * Also exports the generic grid writer that scripts/build-fixtures.js uses.
 */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const ROOT = path.resolve(__dirname, "..");
const FIXED_DATE = new Date(Date.UTC(2010, 5, 30, 9, 0, 0));

/** "C7" → { row: 7, col: 3 } (1-based, as ExcelJS counts). */
function a1(address) {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** 1-based column number → letters. */
function letters(col) {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * A source cell value → what ExcelJS stores. Strings stay text (never formulas); objects mark the other
 * kinds a real workbook holds: { error: "#DIV/0!" }, { formula: "B2*2", result: 4 }, { date: "2009-03-31" },
 * { number: 0.452, format: "0.0%" }.
 */
function cellValue(v) {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v !== "object") return v;
  if ("error" in v) return { error: v.error };
  if ("formula" in v) return { formula: v.formula, result: v.result };
  if ("date" in v) return new Date(`${v.date}T00:00:00Z`);
  if ("number" in v) return v.number;
  throw new Error(`Unknown cell value ${JSON.stringify(v)}`);
}

function rangeCells(ws, range, fn) {
  const [from, to] = range.split(":");
  const a = a1(from);
  const b = a1(to ?? from);
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) fn(ws.getCell(r, c));
}

/** Writes one grid sheet: { name, at?, rows, merges?, formats?, styles?, widths?, freeze?, hiddenRows?, state?, table? }. */
function addSheet(wb, spec) {
  const ws = wb.addWorksheet(spec.name, spec.state ? { state: spec.state } : undefined);
  const origin = a1(spec.at ?? "A1");
  spec.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      const value = cellValue(v);
      if (value === null) return;
      const cell = ws.getCell(origin.row + i, origin.col + j);
      cell.value = value;
      if (v && typeof v === "object" && v.format) cell.numFmt = v.format;
      if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
  });
  for (const [address, fmt] of Object.entries(spec.formats ?? {})) {
    rangeCells(ws, address, (cell) => (cell.numFmt = fmt));
  }
  for (const style of spec.styles ?? []) {
    rangeCells(ws, style.range, (cell) => {
      if (style.bold || style.size) cell.font = { bold: !!style.bold, size: style.size ?? 11 };
      if (style.fill)
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
      if (style.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      if (style.border) {
        const thin = { style: "thin", color: { argb: "FF808080" } };
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      }
    });
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  (spec.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  if (spec.freeze) ws.views = [{ state: "frozen", ySplit: spec.freeze }];
  if (spec.table) {
    // An Excel table (ListObject) over the first row of `rows` as its header.
    const header = spec.rows[0];
    ws.addTable({
      name: spec.table,
      ref: spec.at ?? "A1",
      headerRow: true,
      columns: header.map((h) => ({ name: String(h) })),
      rows: spec.rows.slice(1).map((r) => header.map((_h, j) => cellValue(r[j]))),
    });
  }
  return ws;
}

/** Re-packs a zip with a fixed date on every entry: ExcelJS stamps entries with the current time. */
async function deterministicZip(buffer) {
  const src = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
}

/** Writes a workbook of grid sheets to `file`, deterministically. */
async function writeGridWorkbook(sheets, file, { creator = "LAA Monitor build script" } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = addSheet(wb, spec);
    // A protected sheet without a password, as officers lock tables against accidental edits.
    if (spec.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  }
  const buffer = await wb.xlsx.writeBuffer();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await deterministicZip(buffer));
}

/** Value of a target/actual from the source: numbers may carry the row's percent format. */
function yearCell(v, percentFormat) {
  if (typeof v === "number") {
    if (percentFormat) return { number: v, format: percentFormat };
    return Number.isInteger(v) && Math.abs(v) >= 1000 ? { number: v, format: "#,##0" } : v;
  }
  return v;
}

/** The LAA sheet's spec: a two-row header on rows 4–5 in bold on a fill, data below, all bordered. */
function laaSheet(rows, merges, formats, widths) {
  const right = letters(widths.length);
  return {
    name: "LAA",
    rows,
    merges,
    formats,
    freeze: 5,
    widths,
    styles: [
      { range: "A1", bold: true, size: 14 },
      { range: `A4:${right}5`, bold: true, fill: "D9E1F2", wrap: true, border: true },
      { range: `A6:${right}${rows.length}`, wrap: true, border: true },
    ],
  };
}

/** The government-format LAA sheet and the cross-cutting matrix sheet from the readable source. */
function partnershipSheets(src) {
  const h = src.header;
  const yearCols = h.years.length;
  const width = 4 + yearCols + h.actuals.length + 2;
  const col = (i) => letters(i + 1);
  const cPartners = 3 + yearCols;
  const head1 = [
    h.priority,
    h.indicator,
    h.baseline,
    h.targets,
    ...Array(yearCols - 1).fill(""),
    h.partners,
    ...h.actuals,
    h.polarity,
    h.comments,
  ];
  const head2 = ["", "", "", ...h.years, ...Array(width - 3 - yearCols).fill("")];
  const rows = [[src.title], [src.subtitle], [], head1, head2];
  const merges = [`A4:A5`, `B4:B5`, `C4:C5`, `D4:${col(2 + yearCols)}4`];
  for (let c = cPartners; c < width; c++) merges.push(`${col(c)}4:${col(c)}5`);
  const formats = {};
  for (const amb of src.ambitions) {
    const first = rows.length + 1;
    for (const ind of amb.indicators) {
      const r = rows.length + 1;
      const label = ind.code ? `${ind.code} ${ind.title}` : ind.title;
      const row = [r === first ? amb.priority : "", label, ind.baseline];
      for (const t of ind.targets) row.push(yearCell(t, ind.percentFormat));
      row.push(ind.partners);
      for (const a of ind.actuals) row.push(yearCell(a, ind.percentFormat));
      row.push(ind.polarity ?? "", ind.comment ?? "");
      rows.push(row);
      if (ind.percentFormat) formats[`${col(3)}${r}:${col(2 + yearCols)}${r}`] = ind.percentFormat;
    }
    if (rows.length > first) merges.push(`A${first}:A${rows.length}`);
  }
  const widths = [22, 52, 16, 10, 10, 10, 40, 12, 12, 12, 40].slice(0, width);
  const laa = laaSheet(rows, merges, formats, widths);
  const m = src.matrix;
  const matrix = {
    name: m.sheet,
    rows: [[m.corner, ...m.columns], ...m.rows],
    widths: [44, ...m.columns.map(() => 14)],
    styles: [
      {
        range: `A1:${col(m.columns.length)}1`,
        bold: true,
        fill: "D9E1F2",
        wrap: true,
        border: true,
      },
      { range: `A2:${col(m.columns.length)}${m.rows.length + 1}`, wrap: true, border: true },
    ],
  };
  return [laa, matrix];
}

/**
 * The sample partnership's LAA sheet as a board saw it in November 2009: the targets, partners and
 * 2008/09 outturns of the partnership source, a Cumulative? column, then 2009/10's quarters, year to
 * date and target to date under a merged "2009/10", filled to Q2 from the quarterly source.
 */
function quarterlySheets(src, q) {
  const h = src.header;
  const qh = q.header;
  const yearCols = h.years.length;
  const inYear = [...qh.quarters, qh.ytd, qh.profile];
  const fixed = [h.priority, h.indicator, h.baseline];
  const after = [h.partners, qh.cumulative, h.polarity, h.comments, h.actuals[0]];
  const width = fixed.length + yearCols + after.length + inYear.length;
  const col = (i) => letters(i + 1);
  const firstInYear = fixed.length + yearCols + after.length;
  const head1 = [...fixed, h.targets, ...Array(yearCols - 1).fill(""), ...after, qh.year];
  const head2 = [...fixed.map(() => ""), ...h.years, ...after.map(() => ""), ...inYear];
  const rows = [[src.title], [q.subtitle], [], head1, head2];
  const merges = fixed.map((_, i) => `${col(i)}4:${col(i)}5`);
  merges.push(`${col(fixed.length)}4:${col(fixed.length + yearCols - 1)}4`);
  after.forEach((_, i) =>
    merges.push(`${col(fixed.length + yearCols + i)}4:${col(fixed.length + yearCols + i)}5`)
  );
  merges.push(`${col(firstInYear)}4:${col(width - 1)}4`);
  const formats = {};
  const used = new Set();
  for (const amb of src.ambitions) {
    const first = rows.length + 1;
    for (const ind of amb.indicators) {
      const r = rows.length + 1;
      const key = ind.code ?? ind.title;
      const fig = q.indicators[key] ?? {};
      used.add(key);
      const label = ind.code ? `${ind.code} ${ind.title}` : ind.title;
      const row = [r === first ? amb.priority : "", label, ind.baseline];
      for (const t of ind.targets) row.push(yearCell(t, ind.percentFormat));
      row.push(ind.partners, fig.cumulative ?? "", ind.polarity ?? "", ind.comment ?? "");
      row.push(yearCell(ind.actuals[0], ind.percentFormat));
      for (let i = 0; i < qh.quarters.length; i++) row.push(fig.quarters?.[i] ?? "");
      row.push(fig.ytd ?? "", fig.profile ?? "");
      rows.push(row);
      if (ind.percentFormat) {
        formats[`${col(3)}${r}:${col(2 + yearCols)}${r}`] = ind.percentFormat;
        formats[`${col(firstInYear - 1)}${r}`] = ind.percentFormat;
      }
    }
    if (rows.length > first) merges.push(`A${first}:A${rows.length}`);
  }
  const unknown = Object.keys(q.indicators).filter((k) => !used.has(k));
  if (unknown.length > 0)
    throw new Error(`sample-quarterly.json: no indicator ${unknown.join(", ")}`);
  const widths = [22, 46, 16, 9, 9, 9, 34, 11, 11, 30, 11, ...inYear.map(() => 9)];
  const laa = laaSheet(rows, merges, formats, widths.slice(0, width));
  return [laa, partnershipSheets(src)[1]];
}

/** Applies problems.json's plantings ({ sheet?, cell, value }) to copies of the sheets. */
function plantProblems(sheets, problems) {
  const copy = sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  for (const p of problems) {
    if (!("value" in p)) continue;
    const sheet = copy.find((s) => s.name === (p.sheet ?? "LAA"));
    if (!sheet) throw new Error(`problems.json: no sheet ${p.sheet}`);
    const { row, col } = a1(p.cell);
    const r = (sheet.rows[row - 1] ??= []);
    while (r.length < col) r.push("");
    r[col - 1] = p.value;
  }
  return copy;
}

/** Builds the example workbooks into `outDir` (default examples/); returns their paths. */
async function buildExamples(outDir = path.join(ROOT, "examples")) {
  const read = (name) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, "examples/sources", name), "utf8"));
  const partnership = read("sample-partnership.json");
  const sheets = partnershipSheets(partnership);
  const clean = path.join(outDir, "sample-partnership.xlsx");
  const planted = path.join(outDir, "sample-problems.xlsx");
  const quarterly = path.join(outDir, "sample-quarterly.xlsx");
  const q = read("sample-quarterly.json");
  await writeGridWorkbook(sheets, clean);
  await writeGridWorkbook(plantProblems(sheets, read("problems.json").problems), planted);
  await writeGridWorkbook(quarterlySheets(read(q.base), q), quarterly);
  return [clean, planted, quarterly];
}

module.exports = {
  writeGridWorkbook,
  addSheet,
  cellValue,
  a1,
  letters,
  deterministicZip,
  buildExamples,
};

if (require.main === module) {
  buildExamples().then(
    (files) => console.log(`Wrote ${files.map((f) => path.relative(ROOT, f)).join(", ")}`),
    (err) => {
      console.error(err);
      process.exit(1);
    }
  );
}
