"use strict";
/**
 * Helpers for the corpus builder: a package as a Map of part name → text or bytes, read from and
 * written to a zip with fflate, and small edits that put an element where the OOXML schema wants it.
 */
const fs = require("fs");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL = (t) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Reads a zip into a Map; XML-ish parts as text. */
function readPackage(path) {
  const files = unzipSync(fs.readFileSync(path));
  const parts = new Map();
  for (const [name, bytes] of Object.entries(files)) {
    parts.set(name, /\.(xml|rels|vml)$/i.test(name) ? strFromU8(bytes) : bytes);
  }
  return parts;
}

/** Writes the package with a fixed time, so a rebuild gives the same bytes. */
function writePackage(parts, path) {
  const files = {};
  for (const [name, v] of parts)
    files[name] = [typeof v === "string" ? strToU8(v) : v, { mtime: new Date(2010, 5, 30) }];
  fs.writeFileSync(path, zipSync(files, { level: 6 }));
}

function clone(parts) {
  return new Map(parts);
}

/** Child order of <worksheet> (ECMA-376 CT_Worksheet). */
const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Child order of <workbook> (CT_Workbook). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Inserts `text` (an element `name`) before the first element that follows it in `order`. */
function insertElement(xml, name, text, order) {
  const after = order.slice(order.indexOf(name) + 1);
  let at = -1;
  for (const n of after) {
    const m = new RegExp(`<${n}[\\s>/]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf("</");
  return xml.slice(0, at) + text + xml.slice(at);
}

function sheetInsert(parts, part, name, text) {
  parts.set(part, insertElement(parts.get(part), name, text, SHEET_ORDER));
}

function workbookInsert(parts, name, text) {
  parts.set(
    "xl/workbook.xml",
    insertElement(parts.get("xl/workbook.xml"), name, text, WORKBOOK_ORDER)
  );
}

/** Adds a namespace declaration to a part's root element. */
function declare(parts, part, prefix, uri) {
  const xml = parts.get(part);
  if (xml.includes(`xmlns:${prefix}=`)) return;
  parts.set(part, xml.replace(/(<\?xml[^>]*>\s*<[\w:]+)/, `$1 xmlns:${prefix}="${uri}"`));
}

function relsOf(part) {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Adds a relationship (creating the .rels part if needed). */
function addRel(parts, part, id, type, target, external = false) {
  const name = relsOf(part);
  const xml = parts.get(name) ?? `${XML_HEAD}<Relationships xmlns="${NS.rels}"></Relationships>`;
  const mode = external ? ' TargetMode="External"' : "";
  parts.set(
    name,
    xml.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode}/></Relationships>`
    )
  );
}

function addOverride(parts, part, type) {
  const xml = parts.get("[Content_Types].xml");
  parts.set(
    "[Content_Types].xml",
    xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`)
  );
}

function addDefault(parts, ext, type) {
  const xml = parts.get("[Content_Types].xml");
  if (xml.includes(`Extension="${ext}"`)) return;
  parts.set(
    "[Content_Types].xml",
    xml.replace("</Types>", `<Default Extension="${ext}" ContentType="${type}"/></Types>`)
  );
}

/** Adds a worksheet part and its tab. */
function addSheet(parts, { name, part, rId, sheetId, xml, contentType }) {
  parts.set(part, xml);
  addOverride(
    parts,
    part,
    contentType ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
  );
  addRel(
    parts,
    "xl/workbook.xml",
    rId,
    contentType ? REL("chartsheet") : REL("worksheet"),
    part.replace(/^xl\//, "")
  );
  const wb = parts.get("xl/workbook.xml");
  parts.set(
    "xl/workbook.xml",
    wb.replace("</sheets>", `<sheet name="${name}" sheetId="${sheetId}" r:id="${rId}"/></sheets>`)
  );
}

/** A worksheet part with the given sheetData rows and extra elements. */
function worksheet(rows, extra = "", ns = "") {
  return `${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"${ns}><sheetData>${rows}</sheetData>${extra}</worksheet>`;
}

/** The smallest valid PNG: one pixel, for header images. */
const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
);

module.exports = {
  NS,
  REL,
  XML_HEAD,
  PNG_1PX,
  readPackage,
  writePackage,
  clone,
  sheetInsert,
  workbookInsert,
  declare,
  addRel,
  addOverride,
  addDefault,
  addSheet,
  worksheet,
  relsOf,
};
