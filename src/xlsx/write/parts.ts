/**
 * Adding and removing parts of a package with their relationships and content types, splicing the
 * `.rels` and `[Content_Types].xml` parts rather than rewriting them.
 */
import { XlsxPackage, relsPartOf, resolveTarget } from "../package/package";
import { attribute, eachTag, escapeXml, findTag } from "../xml/scan";

export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const REL = {
  worksheet: `${OFFICE_REL}/worksheet`,
  drawing: `${OFFICE_REL}/drawing`,
  chart: `${OFFICE_REL}/chart`,
  styles: `${OFFICE_REL}/styles`,
};

export const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

const CONTENT_TYPES = "[Content_Types].xml";

/** Inserts `text` just before the closing tag of the part's root element. */
function beforeRootClose(xml: string, text: string): string {
  const close = xml.lastIndexOf("</");
  return xml.slice(0, close) + text + xml.slice(close);
}

/** A part name of the form `${stem}${n}.xml` that the package does not hold yet. */
export function freePartName(
  pkg: XlsxPackage,
  stem: string,
  taken: ReadonlySet<string> = new Set()
): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}.xml`;
    if (!pkg.has(name) && !taken.has(name.toLowerCase())) return name;
  }
}

/** Target of `to` relative to the folder of `from` (both part names). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Adds a relationship from `part` to `target`; returns its new id. */
export function addRelationship(
  pkg: XlsxPackage,
  part: string,
  type: string,
  target: string
): string {
  const relsPart = relsPartOf(part);
  const xml =
    pkg.text(relsPart) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const ids = new Set<string>();
  eachTag(xml, (t) => {
    if (t.local === "Relationship" && t.kind !== "close") ids.add(attribute(xml, t, "Id") ?? "");
  });
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
  const body = /<Relationships[^>]*\/>\s*$/.test(xml)
    ? xml.replace(/\/>\s*$/, `>${rel}</Relationships>`)
    : beforeRootClose(xml, rel);
  pkg.set(relsPart, body);
  return id;
}

/** Removes the relationship with this id from `part`'s relationships. */
export function removeRelationship(pkg: XlsxPackage, part: string, id: string): void {
  const relsPart = relsPartOf(part);
  const xml = pkg.text(relsPart);
  if (xml === undefined) return;
  let out: string | undefined;
  eachTag(xml, (t) => {
    if (t.local !== "Relationship" || t.kind === "close" || attribute(xml, t, "Id") !== id)
      return undefined;
    const end = t.kind === "empty" ? t.end : xml.indexOf(">", xml.indexOf("</", t.end)) + 1;
    out = xml.slice(0, t.start) + xml.slice(end);
    return xml.length;
  });
  if (out !== undefined) pkg.set(relsPart, out);
}

/** Adds an Override for a part's content type. */
export function addContentType(pkg: XlsxPackage, part: string, type: string): void {
  const xml = pkg.text(CONTENT_TYPES) as string;
  pkg.set(
    CONTENT_TYPES,
    beforeRootClose(xml, `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`)
  );
}

/** Removes the Overrides of these parts. */
function removeContentTypes(pkg: XlsxPackage, parts: ReadonlySet<string>): void {
  const xml = pkg.text(CONTENT_TYPES) as string;
  const cuts: [number, number][] = [];
  eachTag(xml, (t) => {
    if (t.local !== "Override" || t.kind === "close") return;
    const name = (attribute(xml, t, "PartName") ?? "").replace(/^\//, "").toLowerCase();
    if (parts.has(name)) cuts.push([t.start, t.end]);
  });
  if (cuts.length === 0) return;
  let out = "";
  let at = 0;
  for (const [s, e] of cuts) {
    out += xml.slice(at, s);
    at = e;
  }
  pkg.set(CONTENT_TYPES, out + xml.slice(at));
}

/** Every internal relationship target in the package, by the part that holds the relationship. */
function allTargets(pkg: XlsxPackage): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of pkg.partNames()) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    out.set(
      source.toLowerCase(),
      pkg
        .relationships(source)
        .filter((r) => !r.external)
        .map((r) => resolveTarget(source, r.target).toLowerCase())
    );
  }
  return out;
}

/**
 * Removes `root` and every part only it reaches through relationships (a board's drawing, chart,
 * the chart's style parts), with their relationships parts and content types. A part that anything
 * else also points at is kept.
 */
export function removePartTree(pkg: XlsxPackage, root: string, keepRoot = false): void {
  const targets = allTargets(pkg);
  const tree = new Set<string>();
  const walk = (part: string) => {
    const key = part.toLowerCase();
    if (tree.has(key)) return;
    tree.add(key);
    for (const t of targets.get(key) ?? []) walk(t);
  };
  walk(root);
  const referencedElsewhere = new Set<string>();
  for (const [source, list] of targets) {
    if (tree.has(source)) continue;
    for (const t of list) referencedElsewhere.add(t);
  }
  const doomed = new Set<string>();
  for (const part of tree) {
    if (part === root.toLowerCase()) continue;
    if (!referencedElsewhere.has(part)) doomed.add(part);
  }
  // A part kept because something else points at it keeps what it points at too.
  const kept = [...tree].filter((p) => p !== root.toLowerCase() && !doomed.has(p));
  const keepWalk = (part: string) => {
    for (const t of targets.get(part) ?? []) if (doomed.delete(t)) keepWalk(t);
  };
  kept.forEach(keepWalk);
  if (!keepRoot) doomed.add(root.toLowerCase());
  doomed.add(relsPartOf(root).toLowerCase());
  for (const part of [...doomed]) doomed.add(relsPartOf(part).toLowerCase());
  for (const part of doomed) pkg.remove(part);
  removeContentTypes(pkg, doomed);
}

/** The content type the package declares for a part (Override, else Default by extension). */
export function contentTypeOf(pkg: XlsxPackage, part: string): string | undefined {
  const xml = pkg.text(CONTENT_TYPES) ?? "";
  const name = `/${part}`.toLowerCase();
  let found: string | undefined;
  eachTag(xml, (t) => {
    if (t.local === "Override" && (attribute(xml, t, "PartName") ?? "").toLowerCase() === name)
      found = attribute(xml, t, "ContentType");
  });
  if (found) return found;
  const ext = part.split(".").pop()?.toLowerCase();
  eachTag(xml, (t) => {
    if (t.local === "Default" && (attribute(xml, t, "Extension") ?? "").toLowerCase() === ext)
      found ??= attribute(xml, t, "ContentType");
  });
  return found;
}

/** True when the package has a `[Content_Types].xml` with a `<Types>` root. */
export function hasContentTypes(pkg: XlsxPackage): boolean {
  const xml = pkg.text(CONTENT_TYPES);
  return xml !== undefined && findTag(xml, "Types") !== undefined;
}
