/**
 * A worksheet part read sparsely: only the cells that hold something are kept, so a sheet whose
 * used range runs to XFD1048576 costs what its few cells cost. Values come out as Office.js's
 * `range.values` gives them.
 */
import { CellValue, RangeRef, parseA1, parseRangeA1 } from "../../engine";
import {
  Tag,
  attribute,
  decodeOoxml,
  decodeText,
  eachTag,
  elementEnd,
  findTag,
  innerText,
  nextTag,
} from "../xml/scan";
import { Styles } from "./styles";
import { textRuns } from "./strings";

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** The cells of a sheet that hold a value, in sheet order (0-based coordinates), and its layout. */
export interface SheetCells {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: CellValue[];
  /** Number format of each cell ("General" when none). */
  readonly formats: string[];
  readonly merges: RangeRef[];
  readonly protected: boolean;
  /** Relationship ids of the sheet's table parts. */
  readonly tableIds: string[];
  /** Empty cells (and whole rows or columns) that carry a user's fill, border or number format. */
  readonly formatted: RangeRef[];
  /** Ranges with a data validation (a drop-down list, say). */
  readonly validations: RangeRef[];
}

/** Days from Excel's 1900 epoch (1899-12-30) and its 1904 epoch to 1970-01-01. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/** "A1" → [row, col] (0-based), or undefined when it is not a cell of Excel's grid. */
export function cellRef(ref: string): [number, number] | undefined {
  const at = parseA1(ref);
  return at && at.row <= MAX_ROW && at.col <= MAX_COL ? [at.row, at.col] : undefined;
}

/** "A1:C3" or "A1" → a range; undefined when malformed or beyond Excel's grid. */
export function rangeRef(ref: string): RangeRef | undefined {
  const range = parseRangeA1(ref);
  return range && range.bottom <= MAX_ROW && range.right <= MAX_COL ? range : undefined;
}

const QUICK = new Map<string, RegExp>();

/** One attribute of a hot tag (`<row>`, `<c>`), matched on the tag's own text only. */
function quick(xml: string, tag: Tag, name: string): string | undefined {
  let re = QUICK.get(name);
  if (!re) {
    re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    QUICK.set(name, re);
  }
  const m = re.exec(xml.slice(tag.start, tag.end));
  if (!m) return undefined;
  const v = m[1] ?? m[2] ?? "";
  return v.indexOf("&") < 0 ? v : decodeText(v);
}

function isoToSerial(iso: string, date1904: boolean): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(ms)) return iso;
  return ms / 86_400_000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

interface CellContent {
  value: CellValue;
  has: boolean;
}

function cellContent(
  xml: string,
  open: Tag,
  end: number,
  type: string | undefined,
  strings: readonly string[],
  date1904: boolean
): CellContent {
  let v: string | undefined;
  let formula = false;
  let inline: string | undefined;
  eachTag(
    xml,
    (t) => {
      if (t.kind === "close") return undefined;
      if (t.local === "v") {
        const close = t.kind === "empty" ? t.end : xml.indexOf(">", xml.indexOf("</", t.end)) + 1;
        v = innerText(xml, t, close);
        return close;
      }
      if (t.local === "f") {
        formula = true;
        return t.kind === "empty" ? t.end : elementEnd(xml, t);
      }
      if (t.local === "is") {
        const close = elementEnd(xml, t);
        inline = textRuns(xml, t.end, close);
        return close;
      }
      return t.kind === "empty" ? t.end : elementEnd(xml, t);
    },
    open.end,
    end
  );
  if (type === "inlineStr") return { value: inline ?? "", has: true };
  if (v === undefined) return { value: "", has: formula || inline !== undefined };
  switch (type) {
    case "s":
      return { value: strings[Number(v)] ?? "", has: true };
    case "str":
      return { value: decodeOoxml(v), has: true };
    case "b":
      return { value: v === "1" || v === "true", has: true };
    case "e":
      return { value: v, has: true };
    case "d":
      return { value: isoToSerial(v, date1904), has: true };
    default: {
      const n = Number(v);
      return { value: v.trim() === "" || !Number.isFinite(n) ? v : n, has: true };
    }
  }
}

/** Space-separated ranges ("A1:A5 C3") as RangeRefs. */
export function sqref(text: string): RangeRef[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((r) => rangeRef(r) ?? []);
}

export interface SheetReadContext {
  readonly strings: readonly string[];
  readonly styles: Styles;
  readonly date1904: boolean;
}

/** Reads a worksheet part's cells and layout. */
export function readSheetCells(xml: string, ctx: SheetReadContext): SheetCells {
  const out: SheetCells = {
    rows: [],
    cols: [],
    values: [],
    formats: [],
    merges: [],
    protected: false,
    tableIds: [],
    formatted: [],
    validations: [],
  };
  const { formatOf, userFormatted } = ctx.styles;
  let row = -1;
  let col = -1;
  eachTag(xml, (t) => {
    if (t.kind === "close") return undefined;
    switch (t.local) {
      case "row": {
        const r = quick(xml, t, "r");
        row = r !== undefined ? Number(r) - 1 : row + 1;
        col = -1;
        const s = quick(xml, t, "s");
        const custom = quick(xml, t, "customFormat");
        if (s !== undefined && (custom === "1" || custom === "true") && userFormatted[Number(s)])
          out.formatted.push({ top: row, left: 0, bottom: row, right: MAX_COL });
        return undefined;
      }
      case "c": {
        const r = quick(xml, t, "r");
        const at = r !== undefined ? cellRef(r) : undefined;
        if (at) [row, col] = at;
        else col++;
        const s = Number(quick(xml, t, "s") ?? 0);
        const end = t.kind === "empty" ? t.end : elementEnd(xml, t);
        const content =
          t.kind === "empty"
            ? { value: "", has: false }
            : cellContent(xml, t, end, quick(xml, t, "t"), ctx.strings, ctx.date1904);
        if (content.has) {
          out.rows.push(row);
          out.cols.push(col);
          out.values.push(content.value);
          out.formats.push(formatOf[s] ?? "General");
        } else if (userFormatted[s]) {
          out.formatted.push({ top: row, left: col, bottom: row, right: col });
        }
        return end;
      }
      case "col": {
        const style = Number(quick(xml, t, "style") ?? 0);
        if (userFormatted[style]) {
          const min = Number(quick(xml, t, "min")) - 1;
          const max = Number(quick(xml, t, "max")) - 1;
          if (min >= 0 && max >= min)
            out.formatted.push({
              top: 0,
              left: min,
              bottom: MAX_ROW,
              right: Math.min(max, MAX_COL),
            });
        }
        return undefined;
      }
      case "mergeCell": {
        const range = rangeRef(quick(xml, t, "ref") ?? "");
        if (range) out.merges.push(range);
        return undefined;
      }
      case "sheetProtection": {
        const v = quick(xml, t, "sheet");
        (out as { protected: boolean }).protected = v === "1" || v === "true";
        return undefined;
      }
      case "tablePart": {
        const id = attribute(xml, t, "id");
        if (id) out.tableIds.push(id);
        return undefined;
      }
      case "dataValidation": {
        // Excel keeps lists that point at another sheet in an extension: <xm:sqref> inside.
        const end = t.kind === "empty" ? t.end : elementEnd(xml, t);
        const inner = findTag(xml, "sqref", t.end, end);
        const refs =
          quick(xml, t, "sqref") ?? (inner ? innerText(xml, inner, elementEnd(xml, inner)) : "");
        out.validations.push(...sqref(refs));
        return end;
      }
      default:
        return undefined;
    }
  });
  return out;
}

/** The first tag of a part (its root element). */
export function rootTag(xml: string): Tag | undefined {
  return nextTag(xml, 0);
}
