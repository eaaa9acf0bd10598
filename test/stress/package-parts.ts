/**
 * Compares a workbook package with the one the CLI wrote from it, part by part, read with JSZip (not
 * the adapter's own zip reader): every part the add-in does not own must be identical in bytes; the
 * parts it may change (a sheet it writes RAG columns into, styles.xml, workbook.xml, relationships,
 * content types) may change only where the plan says.
 */
import JSZip from "jszip";
import { OwnedArea, RangeRef, ownedFromNames, rangeContains } from "../../src/engine";
import { cellRef } from "../../src/xlsx/read/sheet";

export interface Parts {
  readonly names: string[];
  bytes(name: string): Uint8Array | undefined;
  text(name: string): string | undefined;
}

export async function readParts(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const map = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name];
    if (f && !f.dir) map.set(name, await f.async("uint8array"));
  }
  const decoder = new TextDecoder();
  return {
    names: [...map.keys()],
    bytes: (n) => map.get(n),
    text: (n) => {
      const b = map.get(n);
      return b ? decoder.decode(b) : undefined;
    },
  };
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The add-in's record in a written workbook, from its defined names. */
export function ownedIn(parts: Parts): OwnedArea[] {
  const xml = parts.text("xl/workbook.xml") ?? "";
  const names = [...xml.matchAll(/<definedName name="([^"]*)"[^>]*>([^<]*)<\/definedName>/g)].map(
    (m) => ({ name: m[1] ?? "", ref: (m[2] ?? "").replace(/&apos;/g, "'").replace(/&amp;/g, "&") })
  );
  return ownedFromNames(names);
}

/** Sheet name → part name, from workbook.xml and its relationships. */
export function sheetParts(parts: Parts): Map<string, string> {
  const wb = parts.text("xl/workbook.xml") ?? "";
  const rels = parts.text("xl/_rels/workbook.xml.rels") ?? "";
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => [
      attr(m[0], "Id"),
      attr(m[0], "Target").replace(/^\/?(xl\/)?/, "xl/"),
    ])
  );
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*>/g))
    out.set(attr(m[0], "name").replace(/&amp;/g, "&"), targets.get(attr(m[0], "r:id")) ?? "");
  return out;
}

/** A sheet part with the owned cells, `<dimension>`, `<cols>` and row `spans` taken out. */
function withoutOwned(xml: string, owned: readonly RangeRef[]): string {
  return xml
    .replace(/<c r="([A-Z]+\d+)"(?:[^>]*\/>|[^>]*>[\s\S]*?<\/c>)/g, (cell, ref: string) => {
      const at = cellRef(ref);
      return at && owned.some((r) => rangeContains(r, at[0], at[1])) ? "" : cell;
    })
    .replace(/<dimension [^>]*\/>/, "")
    .replace(/<cols>[\s\S]*?<\/cols>/, "")
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<row r="\d+"[^>]*><\/row>/g, "");
}

/** Each column's `<col>` attributes (min/max aside), for the columns outside `owned`. */
function colsOutside(xml: string, owned: readonly RangeRef[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of xml.matchAll(/<col ([^>]*)\/>/g)) {
    const attrs = m[1] ?? "";
    const min = Number(/min="(\d+)"/.exec(attrs)?.[1]);
    const max = Number(/max="(\d+)"/.exec(attrs)?.[1]);
    const rest = attrs.replace(/\s*(min|max)="\d+"/g, "").trim();
    for (let c = min; c <= Math.min(max, min + 200); c++) {
      if (!owned.some((r) => r.left <= c - 1 && c - 1 <= r.right)) out.set(c, rest);
    }
  }
  return out;
}

const LISTS = ["numFmts", "fonts", "fills", "borders", "cellXfs"];

function listItems(xml: string, list: string): string[] {
  const body = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
  const item = list === "numFmts" ? "numFmt" : list === "cellXfs" ? "xf" : list.slice(0, -1);
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g"))].map(
    (m) => m[0]
  );
}

function withoutLists(xml: string): string {
  let out = xml;
  for (const list of LISTS)
    out = out.replace(new RegExp(`<${list}[^>]*>[\\s\\S]*?</${list}>|<${list}[^>]*/>`), "");
  return out;
}

/** What went wrong, one line each; empty when the output keeps everything it must. */
export function partDifferences(
  input: Parts,
  output: Parts,
  editedSheets: ReadonlySet<string>
): string[] {
  const problems: string[] = [];
  const owned = ownedIn(output);
  const boards = new Set(owned.flatMap((a) => (a.kind === "board-sheet" ? [a.sheet] : [])));
  const inSheets = sheetParts(input);
  const outSheets = sheetParts(output);
  const editedParts = new Map<string, RangeRef[]>();
  for (const [sheet, part] of inSheets) {
    if (!editedSheets.has(sheet)) continue;
    editedParts.set(
      part,
      owned.flatMap((a) => (a.kind === "rag-column" && a.sheet === sheet ? [a.range] : []))
    );
  }
  const boardParts = new Set([...boards].map((b) => outSheets.get(b)));
  for (const name of input.names) {
    const a = input.bytes(name) as Uint8Array;
    const b = output.bytes(name);
    if (!b) {
      if (!boardParts.has(name)) problems.push(`${name} is missing`);
      continue;
    }
    if (equalBytes(a, b)) continue;
    const before = input.text(name) ?? "";
    const after = output.text(name) ?? "";
    const ranges = editedParts.get(name);
    if (ranges) {
      if (withoutOwned(before, ranges) !== withoutOwned(after, ranges))
        problems.push(`${name}: changed outside the owned cells ${JSON.stringify(ranges)}`);
      const colsBefore = colsOutside(before, ranges);
      const colsAfter = colsOutside(after, ranges);
      for (const [c, v] of colsBefore)
        if (colsAfter.get(c) !== v) problems.push(`${name}: column ${c} changed`);
    } else if (/(^|\/)styles\.xml$/.test(name)) {
      for (const list of LISTS) {
        const old = listItems(before, list);
        const now = listItems(after, list);
        if (old.some((item, i) => now[i] !== item))
          problems.push(`${name}: an existing item of <${list}> changed or moved`);
      }
      const strip = (x: string) => withoutLists(x);
      if (strip(before) !== strip(after)) problems.push(`${name}: changed outside its lists`);
    } else if (name === "xl/workbook.xml") {
      const strip = (x: string) =>
        x
          .replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "")
          .replace(/<sheet [^>]*\/>/g, (s) =>
            [...boards].some((b) => s.includes(`name="${b}"`)) ? "" : s
          );
      if (strip(before) !== strip(after))
        problems.push(`${name}: changed outside names and sheets`);
      const userNames = (x: string) =>
        [...x.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)]
          .map((m) => m[0])
          .filter((n) => !/name="LAAMonitor_/.test(n) && !/_xlnm\.Print_Titles/.test(n));
      const kept = new Set(userNames(after));
      for (const n of userNames(before)) if (!kept.has(n)) problems.push(`${name}: lost ${n}`);
    } else if (/\.rels$|^\[Content_Types\]\.xml$/.test(name)) {
      const head = before.slice(0, before.lastIndexOf("</"));
      if (!after.startsWith(head)) problems.push(`${name}: changed, not only added to`);
    } else {
      problems.push(`${name}: changed`);
    }
  }
  return problems;
}
