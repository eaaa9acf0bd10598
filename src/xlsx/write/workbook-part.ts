/**
 * workbook.xml after a plan: the board sheets it adds appended to `<sheets>` and those it deletes
 * taken out, and in `<definedNames>` the add-in's own `LAAMonitor_*` record and its board sheets'
 * print titles replaced. Every other byte of the part — the user's names, views, calculation
 * settings, structure lock — stays, but for sheet indexes that a deleted sheet moves.
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

/** The `<sheet>` elements of deleted sheets, cut out. */
function deletedSheetSplices(xml: string, deleted: ReadonlySet<string>): Splice[] {
  if (deleted.size === 0) return [];
  const sheets = findTag(xml, "sheets") as Tag;
  return children(xml, sheets)
    .filter(({ tag }) => deleted.has((attribute(xml, tag, "name") ?? "").toLowerCase()))
    .map(({ tag, end }) => ({ at: tag.start, end, text: "" }));
}

/**
 * Each `<workbookView>` with its active and first tab indexes moved past deleted sheets; a view whose
 * active sheet went shows the first sheet that is left.
 */
function viewSplices(xml: string, newIndex: readonly (number | undefined)[]): Splice[] {
  const views = findTag(xml, "bookViews");
  if (!views) return [];
  const out: Splice[] = [];
  for (const { tag } of children(xml, views)) {
    if (tag.local !== "workbookView") continue;
    let open = xml.slice(tag.start, tag.end);
    for (const name of ["activeTab", "firstSheet"]) {
      const old = attribute(xml, tag, name);
      if (old === undefined) continue;
      const moved = String(newIndex[Number(old)] ?? 0);
      if (moved !== old)
        open = open.replace(new RegExp(`(\\s${name}\\s*=\\s*["'])[^"']*(["'])`), `$1${moved}$2`);
    }
    if (open !== xml.slice(tag.start, tag.end))
      out.push({ at: tag.start, end: tag.end, text: open });
  }
  return out;
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

/**
 * The definedNames element rebuilt from the user's names (as written) and the add-in's. A name scoped
 * to a sheet follows it to its new index (`newIndex`), and goes with it when it is deleted or is a
 * board being replaced (`dropScoped`, new indexes).
 */
function namesSplice(
  xml: string,
  ours: readonly string[],
  dropScoped: ReadonlySet<number>,
  newIndex: readonly (number | undefined)[]
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
      const moved = scoped ? newIndex[Number(local)] : undefined;
      if (
        (!scoped && isOwnedName(name)) ||
        (scoped && (moved === undefined || dropScoped.has(moved)))
      ) {
        changed = true;
        continue;
      }
      let text = xml.slice(tag.start, end);
      if (scoped && String(moved) !== local) {
        changed = true;
        text = text.replace(/(\slocalSheetId\s*=\s*["'])[^"']*(["'])/, `$1${moved}$2`);
      }
      kept.push(text);
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
  added: readonly { name: string; rId: string }[],
  deleted: ReadonlySet<string> = new Set()
): void {
  const { pkg, info } = book;
  const xml = pkg.text(info.part) as string;
  const kept = info.sheets.filter((s) => !deleted.has(s.name.toLowerCase()));
  // Each sheet's index (as localSheetId and activeTab count them) after the deletions.
  const newIndex = info.sheets.map((s) => {
    const at = kept.indexOf(s);
    return at < 0 ? undefined : at;
  });
  const order = [...kept.map((s) => s.name), ...added.map((s) => s.name)];
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
  const edits = [
    ...deletedSheetSplices(xml, deleted),
    ...(deleted.size ? viewSplices(xml, newIndex) : []),
    sheetsSplice(xml, added, maxId),
    namesSplice(xml, ours, boards, newIndex),
  ].filter((e): e is Splice => e !== undefined);
  if (edits.length === 0) return;
  const out = splice(xml, edits);
  if (out !== xml) pkg.set(info.part, out);
}
