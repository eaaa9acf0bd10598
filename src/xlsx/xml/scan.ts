/**
 * A minimal XML scanner for OOXML parts: it walks the tags of a string and reports where each one
 * starts and ends, so a writer can splice new elements into a part and keep every other byte of it.
 * Parsing into a DOM and serialising again would reorder attributes, re-escape text and drop what
 * the DOM does not model. OOXML parts are UTF-8 without DTDs: a DOCTYPE (the door to entity bombs)
 * is refused.
 */

export interface Tag {
  /** "open" `<a>`, "close" `</a>`, "empty" `<a/>`. */
  readonly kind: "open" | "close" | "empty";
  /** The name as written, prefix included ("x:row"). */
  readonly name: string;
  /** The name without its prefix ("row"). */
  readonly local: string;
  /** Index of `<`. */
  readonly start: number;
  /** Index just after `>`. */
  readonly end: number;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

function isNameEnd(code: number): boolean {
  // whitespace, '/', '>'
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** Index just after the `>` that closes the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  throw new XmlError("unterminated tag");
}

function skipPast(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlError(`unterminated ${marker}`);
  return at + marker.length;
}

/** The next tag at or after `from` (comments, processing instructions and CDATA are stepped over). */
export function nextTag(xml: string, from: number): Tag | undefined {
  let at = from;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) return undefined;
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      at = skipPast(xml, lt + 2, "?>");
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) at = skipPast(xml, lt + 4, "-->");
      else if (xml.startsWith("<![CDATA[", lt)) at = skipPast(xml, lt + 9, "]]>");
      else throw new XmlError("a document type declaration is not allowed in a workbook part");
      continue;
    }
    const close = c === 47; /* / */
    const nameStart = lt + (close ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(nameStart, nameEnd);
    if (name.length === 0) throw new XmlError("a tag without a name");
    const end = tagEnd(xml, nameEnd);
    const colon = name.indexOf(":");
    const local = colon < 0 ? name : name.slice(colon + 1);
    const kind = close ? "close" : xml.charCodeAt(end - 2) === 47 ? "empty" : "open";
    return { kind, name, local, start: lt, end };
  }
}

/** Calls `fn` for every tag from `from` to `to`; `fn` may return an index to continue from. */
export function eachTag(
  xml: string,
  fn: (tag: Tag) => number | void,
  from = 0,
  to = xml.length
): void {
  let at = from;
  while (at < to) {
    const tag = nextTag(xml, at);
    if (!tag || tag.start >= to) return;
    const next = fn(tag);
    at = typeof next === "number" ? next : tag.end;
  }
}

/** Index just after the element opened by `open` ends (its own end for `<a/>`). */
export function elementEnd(xml: string, open: Tag): number {
  if (open.kind === "empty") return open.end;
  let depth = 0;
  let at = open.end;
  for (;;) {
    const tag = nextTag(xml, at);
    if (!tag) throw new XmlError(`<${open.name}> is not closed`);
    if (tag.name === open.name) {
      if (tag.kind === "open") depth++;
      else if (tag.kind === "close") {
        if (depth === 0) return tag.end;
        depth--;
      }
    }
    at = tag.end;
  }
}

/** The first element named `local` (any prefix) at or after `from`, before `to`. */
export function findTag(xml: string, local: string, from = 0, to = xml.length): Tag | undefined {
  let found: Tag | undefined;
  eachTag(
    xml,
    (t) => {
      if (t.kind !== "close" && t.local === local) {
        found = t;
        return to;
      }
      return undefined;
    },
    from,
    to
  );
  return found;
}

/** Every child element (open or empty tag) directly inside `parent`, with where each ends. */
export function children(xml: string, parent: Tag): { tag: Tag; end: number }[] {
  const out: { tag: Tag; end: number }[] = [];
  if (parent.kind === "empty") return out;
  let at = parent.end;
  for (;;) {
    const tag = nextTag(xml, at);
    if (!tag || tag.kind === "close") return out;
    const end = elementEnd(xml, tag);
    out.push({ tag, end });
    at = end;
  }
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A tag's attributes by name as written (prefixes kept), values decoded. */
export function attributes(xml: string, tag: Tag): Record<string, string> {
  const out: Record<string, string> = {};
  const text = xml.slice(tag.start + tag.name.length + 1, tag.end - 1);
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) {
    out[m[1] as string] = decodeText(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** One attribute's value by its local name (any prefix), or undefined. */
export function attribute(xml: string, tag: Tag, local: string): string | undefined {
  const all = attributes(xml, tag);
  if (local in all) return all[local];
  for (const [k, v] of Object.entries(all)) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Character data with XML's entities and character references decoded. */
export function decodeText(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e.charCodeAt(0) !== 35) return NAMED[e] ?? "";
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The text inside an element: CDATA sections kept as they are, entities decoded, tags dropped. */
export function innerText(xml: string, open: Tag, end: number): string {
  if (open.kind === "empty") return "";
  const body = xml.slice(open.end, xml.lastIndexOf("</", end - 1));
  if (body.indexOf("<") < 0) return decodeText(body);
  let out = "";
  let at = 0;
  while (at < body.length) {
    const lt = body.indexOf("<", at);
    if (lt < 0) {
      out += decodeText(body.slice(at));
      break;
    }
    out += decodeText(body.slice(at, lt));
    if (body.startsWith("<![CDATA[", lt)) {
      const close = body.indexOf("]]>", lt);
      out += body.slice(lt + 9, close);
      at = close + 3;
    } else at = tagEnd(body, lt + 1);
  }
  return out;
}

/** Text for an element's content or an attribute value: & < > " escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"
  );
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML's own escapes in cell text: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export function decodeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const NOT_IN_XML = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Cell text for a part: control characters XML cannot hold (and CR, which XML readers turn into LF) as `_xHHHH_`, as Excel writes them, then XML escapes. */
export function encodeOoxml(text: string): string {
  const ooxml = text.replace(
    NOT_IN_XML,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
  return escapeXml(ooxml);
}
