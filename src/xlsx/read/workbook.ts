/** The workbook part: where it is, its sheets and their parts, defined names, 1904 dates, structure lock. */
import { HostError } from "../../engine";
import { XlsxPackage, resolveTarget } from "../package/package";
import { attribute, attributes, children, eachTag, findTag, innerText } from "../xml/scan";

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** "other" when the relationship is missing or of an unknown type (the tab still counts for indexes). */
export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly rId: string;
  /** The sheet's part name, e.g. xl/worksheets/sheet1.xml (any name the relationships give); "" if none. */
  readonly part: string;
  readonly kind: SheetKind;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedName {
  readonly name: string;
  /** Index into the sheet list when the name is scoped to one sheet. */
  readonly localSheetId?: number;
  readonly ref: string;
}

export interface WorkbookInfo {
  readonly part: string;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedName[];
  readonly date1904: boolean;
  /** Review › Protect Workbook: no sheet may be added, removed or renamed. */
  readonly structureLocked: boolean;
}

/** The one sentence for a zip that is not a workbook (a .docx or .zip renamed, say). */
export function notAWorkbook(label: string): HostError {
  return new HostError(
    "unreadable",
    `${label} is not an Excel workbook (.xlsx) but another kind of zip file: open the workbook in Excel and save it as .xlsx.`
  );
}

/** The workbook part named by the package's root relationships. */
export function workbookPart(pkg: XlsxPackage): string {
  const root = pkg.relationships("").find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  const part = root ? resolveTarget("", root.target) : undefined;
  if (!part || !pkg.has(part)) throw notAWorkbook(pkg.label);
  return pkg.find(part) as string;
}

function sheetKind(type: string): Exclude<SheetKind, "other"> | undefined {
  const m = /\/(worksheet|chartsheet|dialogsheet|xlMacrosheet|xlIntlMacrosheet)$/.exec(type);
  if (!m) return undefined;
  return m[1] === "worksheet" || m[1] === "chartsheet" || m[1] === "dialogsheet"
    ? m[1]
    : "macrosheet";
}

export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo {
  const part = workbookPart(pkg);
  const xml = pkg.text(part) as string;
  const rels = new Map(pkg.relationships(part).map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const names: DefinedName[] = [];
  let date1904 = false;
  let structureLocked = false;
  eachTag(xml, (t) => {
    if (t.kind === "close") return undefined;
    if (t.local === "workbookPr") {
      const v = attribute(xml, t, "date1904");
      date1904 = v === "1" || v === "true";
    } else if (t.local === "workbookProtection") {
      const v = attribute(xml, t, "lockStructure");
      structureLocked = v === "1" || v === "true";
    } else if (t.local === "sheet") {
      const a = attributes(xml, t);
      const rId = attribute(xml, t, "id") ?? "";
      const rel = rels.get(rId);
      const kind = rel ? sheetKind(rel.type) : undefined;
      const target = rel && !rel.external ? pkg.find(resolveTarget(part, rel.target)) : undefined;
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      sheets.push({
        name: a.name ?? "",
        sheetId: a.sheetId ?? "",
        rId,
        part: target ?? "",
        kind: kind && target ? kind : "other",
        state,
      });
    } else if (t.local === "definedName") {
      const a = attributes(xml, t);
      const end = t.kind === "empty" ? t.end : xml.indexOf(">", xml.indexOf("</", t.end)) + 1;
      const local = a.localSheetId !== undefined ? Number(a.localSheetId) : undefined;
      names.push({
        name: a.name ?? "",
        ...(local !== undefined && Number.isInteger(local) ? { localSheetId: local } : {}),
        ref: innerText(xml, t, end),
      });
      return end;
    }
    return undefined;
  });
  if (!findTag(xml, "workbook")) throw notAWorkbook(pkg.label);
  return { part, sheets, names, date1904, structureLocked };
}

/** The `<sheets>` element's children, for writers that splice it. */
export function sheetsElement(xml: string) {
  const sheets = findTag(xml, "sheets");
  return sheets ? { tag: sheets, items: children(xml, sheets) } : undefined;
}
