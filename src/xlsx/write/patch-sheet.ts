/**
 * Patches a worksheet part: replaces, adds or removes the `<c>` elements of the cells the plan
 * writes, sets the widths of the columns it owns (or gives them back the sheet's standard width),
 * and widens `<dimension>`. Every other byte of the
 * part (other cells, validations, conditional formats, extensions, drawings' references) is kept.
 */
import { toA1 } from "../../engine";
import { cellRef, rangeRef } from "../read/sheet";
import { Tag, attribute, elementEnd, findTag, nextTag } from "../xml/scan";
import { Splice, prefixOf, splice } from "../xml/splice";
import { CellWrite, cellXml, widthText } from "./cells";

/** A row's cells merged with the writes for that row, in column order. */
function rowBody(
  xml: string,
  row: Tag,
  rowNumber: number,
  writes: ReadonlyMap<number, CellWrite>,
  p: string
): string {
  const kept: { col: number; text: string }[] = [];
  let col = -1;
  let at = row.end;
  let tail = "";
  if (row.kind === "open") {
    for (;;) {
      const t = nextTag(xml, at) as Tag;
      if (t.kind === "close") {
        tail = "";
        break;
      }
      const end = elementEnd(xml, t);
      if (t.local === "c") {
        const ref = attribute(xml, t, "r");
        const pos = ref !== undefined ? cellRef(ref) : undefined;
        col = pos ? pos[1] : col + 1;
        if (!writes.has(col)) {
          // A cell without r after a written one would move: give it its address.
          const text = xml.slice(t.start, end);
          kept.push({
            col,
            text:
              ref === undefined
                ? text.replace(/^<([^\s/>]+)/, `<$1 r="${toA1(rowNumber, col)}"`)
                : text,
          });
        }
      } else tail += xml.slice(t.start, end);
      at = end;
    }
  }
  const added = [...writes.values()]
    .filter((w) => w.value !== null || w.style !== 0)
    .map((w) => ({ col: w.col, text: cellXml(w, p) }));
  const all = [...kept, ...added].sort((a, b) => a.col - b.col);
  return all.map((c) => c.text).join("") + tail;
}

/** The row's opening tag, with `spans` (a reading hint) widened to the columns now in the row. */
function rowOpen(xml: string, row: Tag, writes: ReadonlyMap<number, CellWrite>): string {
  let open = xml.slice(row.start, row.end);
  if (row.kind === "empty") open = open.replace(/\s*\/>$/, ">");
  const spans = /(\sspans\s*=\s*["'])(\d+):(\d+)(["'])/.exec(open);
  if (spans) {
    const cols = [...writes.keys()].map((c) => c + 1);
    const lo = Math.min(Number(spans[2]), ...cols);
    const hi = Math.max(Number(spans[3]), ...cols);
    open = open.replace(spans[0], `${spans[1]}${lo}:${hi}${spans[4]}`);
  }
  return open;
}

function sheetDataEdits(
  xml: string,
  sheetData: Tag,
  byRow: Map<number, Map<number, CellWrite>>
): Splice[] {
  const p = prefixOf(sheetData);
  const edits: Splice[] = [];
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let next = 0;
  const newRow = (r: number) => {
    const writes = byRow.get(r) as Map<number, CellWrite>;
    const cells = [...writes.values()].filter((w) => w.value !== null || w.style !== 0);
    return cells.length === 0
      ? ""
      : `<${p}row r="${r + 1}">${cells
          .sort((a, b) => a.col - b.col)
          .map((w) => cellXml(w, p))
          .join("")}</${p}row>`;
  };
  if (sheetData.kind === "empty") {
    const rows = pending.map(newRow).join("");
    const open = xml.slice(sheetData.start, sheetData.end).replace(/\s*\/>$/, ">");
    return [
      { at: sheetData.start, end: sheetData.end, text: `${open}${rows}</${sheetData.name}>` },
    ];
  }
  let at = sheetData.end;
  let rowNumber = -1;
  for (;;) {
    const t = nextTag(xml, at) as Tag;
    if (t.kind === "close") {
      // Rows after the last one in the part.
      const rest = pending.slice(next).map(newRow).join("");
      if (rest) edits.push({ at: t.start, end: t.start, text: rest });
      return edits;
    }
    const end = elementEnd(xml, t);
    if (t.local === "row") {
      const r = attribute(xml, t, "r");
      rowNumber = r !== undefined ? Number(r) - 1 : rowNumber + 1;
      let before = "";
      while (next < pending.length && (pending[next] as number) < rowNumber)
        before += newRow(pending[next++] as number);
      if (before) edits.push({ at: t.start, end: t.start, text: before });
      const writes = byRow.get(rowNumber);
      if (writes && pending[next] === rowNumber) {
        next++;
        const close = `</${t.name}>`;
        edits.push({
          at: t.start,
          end,
          text: `${rowOpen(xml, t, writes)}${rowBody(xml, t, rowNumber, writes, p)}${close}`,
        });
      }
    }
    at = end;
  }
}

interface ColSpan {
  min: number;
  max: number;
  /** The element's text with min and max left out, to be written back. */
  readonly rest: string;
}

function colsEdit(
  xml: string,
  sheetData: Tag,
  widths: ReadonlyMap<number, number>,
  standard: ReadonlySet<number>
): Splice | undefined {
  if (widths.size === 0 && standard.size === 0) return undefined;
  const cols = findTag(xml, "cols", 0, sheetData.start);
  const p = prefixOf(sheetData);
  const spans: ColSpan[] = [];
  if (cols && cols.kind === "open") {
    let at = cols.end;
    for (;;) {
      const t = nextTag(xml, at) as Tag;
      if (t.kind === "close") break;
      const end = elementEnd(xml, t);
      const text = xml.slice(t.start, end);
      spans.push({
        min: Number(attribute(xml, t, "min")),
        max: Number(attribute(xml, t, "max")),
        rest: text.replace(/\s(min|max)\s*=\s*["'][^"']*["']/g, ""),
      });
      at = end;
    }
  }
  for (const [col0, width] of widths) {
    const col = col0 + 1;
    const own = `<${p}col width="${widthText(width)}" customWidth="1"/>`;
    const i = spans.findIndex((s) => s.min <= col && col <= s.max);
    if (i < 0) {
      spans.push({ min: col, max: col, rest: own });
      continue;
    }
    const s = spans[i] as ColSpan;
    // A span over several columns is split so only this column's width changes.
    const widthed = s.rest
      .replace(/\s(width|customWidth)\s*=\s*["'][^"']*["']/g, "")
      .replace(/^<([^\s/>]+)/, `<$1 width="${widthText(width)}" customWidth="1"`);
    const pieces: ColSpan[] = [];
    if (s.min < col) pieces.push({ min: s.min, max: col - 1, rest: s.rest });
    pieces.push({ min: col, max: col, rest: widthed });
    if (col < s.max) pieces.push({ min: col + 1, max: s.max, rest: s.rest });
    spans.splice(i, 1, ...pieces);
  }
  let changed = widths.size > 0;
  for (const col0 of standard) {
    const col = col0 + 1;
    const i = spans.findIndex((s) => s.min <= col && col <= s.max);
    const s = spans[i];
    if (!s || !/\swidth\s*=/.test(s.rest)) continue;
    changed = true;
    const plain = s.rest.replace(/\s(width|customWidth)\s*=\s*["'][^"']*["']/g, "");
    const pieces: ColSpan[] = [];
    if (s.min < col) pieces.push({ min: s.min, max: col - 1, rest: s.rest });
    // A <col> left with nothing but its place says nothing: it goes.
    if (!/^<[^\s/>]+\s*\/>$/.test(plain)) pieces.push({ min: col, max: col, rest: plain });
    if (col < s.max) pieces.push({ min: col + 1, max: s.max, rest: s.rest });
    spans.splice(i, 1, ...pieces);
  }
  if (!changed) return undefined;
  spans.sort((a, b) => a.min - b.min);
  const body = spans
    .map((s) => s.rest.replace(/^<([^\s/>]+)/, `<$1 min="${s.min}" max="${s.max}"`))
    .join("");
  if (!cols)
    return { at: sheetData.start, end: sheetData.start, text: `<${p}cols>${body}</${p}cols>` };
  return {
    at: cols.start,
    end: elementEnd(xml, cols),
    // The schema wants at least one <col> in a <cols>.
    text: body ? `<${cols.name}>${body}</${cols.name}>` : "",
  };
}

function dimensionEdit(
  xml: string,
  sheetData: Tag,
  writes: readonly CellWrite[]
): Splice | undefined {
  const dim = findTag(xml, "dimension", 0, sheetData.start);
  if (!dim || writes.length === 0) return undefined;
  const ref = attribute(xml, dim, "ref") ?? "";
  const old = rangeRef(ref);
  if (!old) return undefined;
  // "A1" alone is what writers put for an empty sheet.
  let box = ref === "A1" ? undefined : old;
  for (const w of writes) {
    if (w.value === null && w.style === 0) continue;
    box = box
      ? {
          top: Math.min(box.top, w.row),
          left: Math.min(box.left, w.col),
          bottom: Math.max(box.bottom, w.row),
          right: Math.max(box.right, w.col),
        }
      : { top: w.row, left: w.col, bottom: w.row, right: w.col };
  }
  if (!box) return undefined;
  const { top, left, bottom, right } = box;
  const text = `${toA1(top, left)}:${toA1(bottom, right)}`;
  if (text === ref) return undefined;
  const open = xml
    .slice(dim.start, dim.end)
    .replace(/(\sref\s*=\s*["'])[^"']*(["'])/, `$1${text}$2`);
  return { at: dim.start, end: dim.end, text: open };
}

/** The patched worksheet part. */
export function patchSheet(
  xml: string,
  writes: readonly CellWrite[],
  widths: ReadonlyMap<number, number>,
  standardWidths: ReadonlySet<number> = new Set()
): string {
  const sheetData = findTag(xml, "sheetData");
  if (!sheetData) throw new Error("worksheet without sheetData");
  const byRow = new Map<number, Map<number, CellWrite>>();
  for (const w of writes) {
    let row = byRow.get(w.row);
    if (!row) byRow.set(w.row, (row = new Map()));
    row.set(w.col, w);
  }
  const edits = sheetDataEdits(xml, sheetData, byRow);
  const cols = colsEdit(xml, sheetData, widths, standardWidths);
  const dim = dimensionEdit(xml, sheetData, writes);
  return splice(xml, [...edits, ...(cols ? [cols] : []), ...(dim ? [dim] : [])]);
}
