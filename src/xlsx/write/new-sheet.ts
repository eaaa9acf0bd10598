/** The worksheet part of a sheet the add-in creates (the board), written whole. */
import { NewSheet, columnLetters, rangeToA1 } from "../../engine";
import { escapeXml } from "../xml/scan";
import { CellWrite, cellXml, widthText } from "./cells";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function sheetViews(ns: NewSheet): string {
  if (!ns.freezeRows) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cell = `A${ns.freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${ns.freezeRows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>` +
    "</sheetView></sheetViews>"
  );
}

function cols(ns: NewSheet): string {
  const entries = Object.entries(ns.columnWidths)
    .map(([c, w]) => [Number(c) + 1, w] as const)
    .sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return "";
  return `<cols>${entries
    .map(([c, w]) => `<col min="${c}" max="${c}" width="${widthText(w)}" customWidth="1"/>`)
    .join("")}</cols>`;
}

function rows(cells: readonly CellWrite[], heights: Readonly<Record<number, number>>): string {
  const byRow = new Map<number, CellWrite[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  for (const r of Object.keys(heights)) if (!byRow.has(Number(r))) byRow.set(Number(r), []);
  return [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, list]) => {
      const h = heights[r];
      const height = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
      const body = list
        .sort((a, b) => a.col - b.col)
        .map((c) => cellXml(c))
        .join("");
      return `<row r="${r + 1}"${height}>${body}</row>`;
    })
    .join("");
}

function pageSetup(ns: NewSheet): string {
  const p = ns.print;
  if (!p)
    return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const paper = p.paperSize === "A4" ? ' paperSize="9"' : "";
  const footer = p.footer
    ? `<headerFooter><oddFooter>${escapeXml(`&C${p.footer}`)}</oddFooter></headerFooter>`
    : "";
  return (
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup${paper} orientation="${p.orientation}" fitToWidth="${p.fitToPagesWide}" fitToHeight="0"/>` +
    footer
  );
}

/** The sheet's XML; `drawingId` is the relationship id of its chart drawing, if any. */
export function newSheetXml(ns: NewSheet, cells: readonly CellWrite[], drawingId?: string): string {
  const used = cells.filter((c) => c.value !== null || c.style !== 0);
  const bottom = used.reduce((n, c) => Math.max(n, c.row), 0);
  const right = used.reduce((n, c) => Math.max(n, c.col), 0);
  const merges = ns.merges.length
    ? `<mergeCells count="${ns.merges.length}">${ns.merges
        .map((m) => `<mergeCell ref="${rangeToA1(m)}"/>`)
        .join("")}</mergeCells>`
    : "";
  const fit = ns.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    fit +
    `<dimension ref="A1:${columnLetters(right)}${bottom + 1}"/>` +
    sheetViews(ns) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols(ns) +
    `<sheetData>${rows(used, ns.rowHeights ?? {})}</sheetData>` +
    merges +
    pageSetup(ns) +
    (drawingId ? `<drawing r:id="${drawingId}"/>` : "") +
    "</worksheet>"
  );
}
