/** `<c>` elements and column widths as the writer makes them. */
import { toA1 } from "../../engine";
import { encodeOoxml } from "../xml/scan";

/** A cell to write: its value (null = no value) and its cell format index. */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  readonly style: number;
}

/** The `<c>` element for a write; text is an inline string, so sharedStrings.xml is never touched. */
export function cellXml(w: CellWrite, p = ""): string {
  const r = toA1(w.row, w.col);
  const s = w.style ? ` s="${w.style}"` : "";
  if (w.value === null || w.value === "") return `<${p}c r="${r}"${s}/>`;
  if (typeof w.value === "number") {
    if (!Number.isFinite(w.value)) return `<${p}c r="${r}"${s}/>`;
    return `<${p}c r="${r}"${s}><${p}v>${w.value}</${p}v></${p}c>`;
  }
  const space = /^\s|\s$/.test(w.value) ? ' xml:space="preserve"' : "";
  return `<${p}c r="${r}"${s} t="inlineStr"><${p}is><${p}t${space}>${encodeOoxml(w.value)}</${p}t></${p}is></${p}c>`;
}

/** Excel's column width in characters as a `<col>` attribute value (rounded as Excel shows it). */
export function widthText(width: number): string {
  return String(Math.round(width * 100) / 100);
}
