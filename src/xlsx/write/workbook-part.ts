/**
 * workbook.xml after a plan: the board sheets it adds appended to `<sheets>`, and in `<definedNames>`
 * the add-in's own `LAAMonitor_*` record and its board sheets' print titles replaced. Every other
 * byte of the part — the user's names, views, calculation settings, structure lock — stays.
 */
import { WritePlan, isOwnedName, ownedToNames, quoteSheet } from "../../engine";
import { ReadWorkbook } from "../read/read-workbook";
import { Tag, attribute, children, elementEnd, escapeXml, findTag, nextTag } from "../xml/scan";
import { Splice, prefixOf, splice } from "../xml/splice";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Elements that come after `<definedNames>` in a workbook, in schema order. */
const AFTER_NAMES = [
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

function relPrefix(xml: string): string | undefined {
  const root = nextTag(xml, 0) as Tag;
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${REL_NS}["']`).exec(
    xml.slice(root.start, root.end)
  );
  return m?.[1];
}

function sheetsSplice(
  xml: string,
  added: readonly { name: string; rId: string }[],
  maxId: number
): Splice | undefined {
  if (added.length === 0) return undefined;
  const sheets = findTag(xml, "sheets") as Tag;
  const p = prefixOf(sheets);
  const r = relPrefix(xml);
  const idAttr = (id: string) => (r ? `${r}:id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`);
  const text = added
    .map(
      (s, i) =>
        `<${p}sheet name="${escapeXml(s.name)}" sheetId="${maxId + 1 + i}" ${idAttr(s.rId)}/>`
    )
    .join("");
  const end = elementEnd(xml, sheets);
  return { at: xml.lastIndexOf("</", end - 1), end: xml.lastIndexOf("</", end - 1), text };
}

/** The definedNames element rebuilt from the user's names (as written) and the add-in's. */
function namesSplice(
  xml: string,
  ours: readonly string[],
  dropScoped: ReadonlySet<number>
): Splice | undefined {
  const names = findTag(xml, "definedNames");
  const p = names ? prefixOf(names) : prefixOf(findTag(xml, "sheets") as Tag);
  const kept: string[] = [];
  let changed = false;
  if (names) {
    for (const { tag, end } of children(xml, names)) {
      const name = attribute(xml, tag, "name") ?? "";
      const local = attribute(xml, tag, "localSheetId");
      const scoped = local !== undefined;
      if ((!scoped && isOwnedName(name)) || (scoped && dropScoped.has(Number(local)))) {
        changed = true;
        continue;
      }
      kept.push(xml.slice(tag.start, end));
    }
  }
  const all = [
    ...kept,
    ...ours.map((n) =>
      n
        .replace(/^<definedName/, `<${p}definedName`)
        .replace(/<\/definedName>$/, `</${p}definedName>`)
    ),
  ];
  const text = all.length ? `<${p}definedNames>${all.join("")}</${p}definedNames>` : "";
  if (names) {
    const end = elementEnd(xml, names);
    if (!changed && ours.length === 0) return undefined;
    return { at: names.start, end, text };
  }
  if (!text) return undefined;
  // No names yet: the element goes before the first element that follows it in the schema.
  let at = -1;
  for (const local of AFTER_NAMES) {
    const t = findTag(xml, local);
    if (t && (at < 0 || t.start < at)) at = t.start;
  }
  if (at < 0) at = xml.lastIndexOf("</");
  return { at, end: at, text };
}

function definedName(name: string, ref: string, localSheetId?: number): string {
  const scope = localSheetId !== undefined ? ` localSheetId="${localSheetId}"` : "";
  return `<definedName name="${escapeXml(name)}"${scope}>${escapeXml(ref)}</definedName>`;
}

export function rewriteWorkbook(
  book: ReadWorkbook,
  plan: WritePlan,
  added: readonly { name: string; rId: string }[]
): void {
  const { pkg, info } = book;
  const xml = pkg.text(info.part) as string;
  const order = [...info.sheets.map((s) => s.name), ...added.map((s) => s.name)];
  const indexOf = (name: string) => order.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  const boards = new Set(plan.newSheets.map((ns) => indexOf(ns.name)));
  const ours = ownedToNames(plan.owned).map((n) => definedName(n.name, n.ref));
  for (const ns of plan.newSheets) {
    const rows = ns.print?.repeatRows;
    if (rows)
      ours.push(
        definedName(
          "_xlnm.Print_Titles",
          `${quoteSheet(ns.name)}!$${rows.first + 1}:$${rows.last + 1}`,
          indexOf(ns.name)
        )
      );
  }
  const maxId = Math.max(0, ...info.sheets.map((s) => Number(s.sheetId) || 0));
  const edits = [sheetsSplice(xml, added, maxId), namesSplice(xml, ours, boards)].filter(
    (e): e is Splice => e !== undefined
  );
  if (edits.length === 0) return;
  const out = splice(xml, edits);
  if (out !== xml) pkg.set(info.part, out);
}
