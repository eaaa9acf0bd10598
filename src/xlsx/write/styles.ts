/**
 * Cell formats for the writer, appended to styles.xml and never renumbered: every existing font,
 * fill, border, number format and cell format keeps its index, so every cell of the workbook keeps
 * its look. A format this writer made before (an earlier run) is found again and reused, so a
 * re-run adds nothing.
 */
import { CellFormat } from "../../engine";
import { BUILT_IN_FORMATS, StyleList, Styles } from "../read/styles";
import { Tag, attributes, children, escapeXml, nextTag } from "../xml/scan";
import { Splice, prefixOf, splice } from "../xml/splice";

/** What a written cell looks like: the plan's formats laid over a base cell format, in order. */
export interface CellLook {
  /** Index of the cell format the plan's formats are laid over (0 = the workbook's default). */
  readonly base: number;
  readonly formats: readonly CellFormat[];
  /** Excel's text prefix: text that would otherwise turn into a number, date or formula when edited. */
  readonly quotePrefix: boolean;
}

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const argb = (color: string) => `FF${color.replace(/^#/, "").toUpperCase()}`;

/** One list of styles.xml being appended to. */
class Appendable {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly list: StyleList
  ) {
    list.items.forEach((item, i) => {
      if (!this.index.has(item.xml)) this.index.set(item.xml, i);
    });
  }
  get length(): number {
    return this.list.items.length + this.added.length;
  }
  /** The index of an item with exactly this XML, appended if there is none. */
  indexOf(xml: string): number {
    const found = this.index.get(xml);
    if (found !== undefined) return found;
    const i = this.length;
    this.added.push(xml);
    this.index.set(xml, i);
    return i;
  }
}

interface Child {
  readonly local: string;
  readonly xml: string;
}

function childList(xml: string, parent: Tag): Child[] {
  return children(xml, parent).map((c) => ({
    local: c.tag.local,
    xml: xml.slice(c.tag.start, c.end),
  }));
}

/** Elements of one styles.xml item (e.g. a font's `<b/>`, `<sz val="11"/>`). */
function itemChildren(itemXml: string | undefined): Child[] {
  if (!itemXml) return [];
  const tag = nextTag(itemXml, 0);
  return tag ? childList(itemXml, tag) : [];
}

function setChild(list: Child[], local: string, xml: string | undefined): Child[] {
  const at = list.findIndex((c) => c.local === local);
  if (xml === undefined) return at < 0 ? list : list.filter((_, i) => i !== at);
  const child = { local, xml };
  if (at < 0) return [...list, child];
  return list.map((c, i) => (i === at ? child : c));
}

export class StyleBook {
  private readonly numFmts: Appendable;
  private readonly fonts: Appendable;
  private readonly fills: Appendable;
  private readonly borders: Appendable;
  private readonly xfs: Appendable;
  private readonly looks = new Map<string, number>();
  /** Each plan format object's number, so a look's key is short (formats are shared by many cells). */
  private readonly formatIds = new Map<CellFormat, number>();
  private nextNumFmtId: number;
  /** The namespace prefix styles.xml uses ("" or "x:"). */
  private readonly p: string;

  constructor(private readonly styles: Styles) {
    this.numFmts = new Appendable("numFmts", styles.numFmtList);
    this.fonts = new Appendable("fonts", styles.fonts);
    this.fills = new Appendable("fills", styles.fills);
    this.borders = new Appendable("borders", styles.borders);
    this.xfs = new Appendable("cellXfs", styles.cellXfs);
    this.nextNumFmtId = Math.max(163, ...styles.numFmts.keys()) + 1;
    const root = nextTag(styles.xml, 0);
    this.p = root ? prefixOf(root) : "";
  }

  /** True when nothing was appended (styles.xml stays as it was). */
  get unchanged(): boolean {
    return [this.numFmts, this.fonts, this.fills, this.borders, this.xfs].every(
      (a) => a.added.length === 0
    );
  }

  /** The cell format index (`s`) for a look, appending what styles.xml lacks. */
  xfFor(look: CellLook): number {
    const ids = look.formats.map((f) => {
      let id = this.formatIds.get(f);
      if (id === undefined) this.formatIds.set(f, (id = this.formatIds.size));
      return id;
    });
    const key = `${look.base}|${look.quotePrefix ? 1 : 0}|${ids.join(",")}`;
    const known = this.looks.get(key);
    if (known !== undefined) return known;
    const xf = this.buildXf(look);
    this.looks.set(key, xf);
    return xf;
  }

  private buildXf(look: CellLook): number {
    const p = this.p;
    const baseXml = this.styles.cellXfs.items[look.base]?.xml;
    const baseTag = baseXml ? nextTag(baseXml, 0) : undefined;
    const a = baseXml && baseTag ? attributes(baseXml, baseTag) : {};
    let numFmtId = Number(a.numFmtId ?? 0);
    let fontId = Number(a.fontId ?? 0);
    let fillId = Number(a.fillId ?? 0);
    let borderId = Number(a.borderId ?? 0);
    const kids = itemChildren(baseXml);
    let alignment = attributesOf(kids.find((c) => c.local === "alignment")?.xml);
    const applied = new Set<string>();
    for (const f of look.formats) {
      if (f.numberFormat) {
        numFmtId = this.numFmtId(f.numberFormat);
        applied.add("NumberFormat");
      }
      if (f.fontColor || f.bold !== undefined || f.italic !== undefined || f.fontSize) {
        fontId = this.font(fontId, f);
        applied.add("Font");
      }
      if (f.fill) {
        fillId = this.fills.indexOf(
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(f.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
        );
        applied.add("Fill");
      }
      if (f.border) {
        const side = (s: string) =>
          `<${p}${s} style="thin"><${p}color rgb="${argb(f.border as string)}"/></${p}${s}>`;
        borderId = this.borders.indexOf(
          `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`
        );
        applied.add("Border");
      }
      if (f.wrap !== undefined || f.horizontal || f.vertical) {
        alignment = {
          ...alignment,
          ...(f.horizontal ? { horizontal: f.horizontal } : {}),
          ...(f.vertical ? { vertical: f.vertical } : {}),
          ...(f.wrap !== undefined ? { wrapText: f.wrap ? "1" : "0" } : {}),
        };
        applied.add("Alignment");
      }
    }
    const own = ["numFmtId", "fontId", "fillId", "borderId", "xfId", "quotePrefix"];
    const kept = Object.entries(a).filter(
      ([k]) => !own.includes(k) && !(k.startsWith("apply") && applied.has(k.slice(5)))
    );
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontId}"`,
      `fillId="${fillId}"`,
      `borderId="${borderId}"`,
      `xfId="${a.xfId ?? 0}"`,
      ...kept.map(([k, v]) => `${k}="${escapeXml(v)}"`),
      ...[...applied].sort().map((k) => `apply${k}="1"`),
      ...(look.quotePrefix ? ['quotePrefix="1"'] : []),
    ];
    const alignXml = Object.keys(alignment).length
      ? `<${p}alignment ${Object.entries(alignment)
          .map(([k, v]) => `${k}="${escapeXml(v)}"`)
          .join(" ")}/>`
      : undefined;
    const body = setChild(kids, "alignment", alignXml)
      .map((c) => c.xml)
      .join("");
    const xml = body
      ? `<${p}xf ${attrs.join(" ")}>${body}</${p}xf>`
      : `<${p}xf ${attrs.join(" ")}/>`;
    return this.xfs.indexOf(xml);
  }

  private numFmtId(code: string): number {
    for (const [id, c] of Object.entries(BUILT_IN_FORMATS)) if (c === code) return Number(id);
    for (const [id, c] of this.styles.numFmts) if (c === code) return id;
    const mine = this.numFmts.added.findIndex((x) => x.includes(`formatCode="${escapeXml(code)}"`));
    if (mine >= 0) return Number(/numFmtId="(\d+)"/.exec(this.numFmts.added[mine] as string)?.[1]);
    const id = this.nextNumFmtId++;
    this.numFmts.indexOf(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(baseId: number, f: CellFormat): number {
    const p = this.p;
    let kids = itemChildren(
      this.fonts.list.items[baseId]?.xml ?? this.fonts.added[baseId - this.fonts.list.items.length]
    );
    if (f.bold !== undefined) kids = setChild(kids, "b", f.bold ? `<${p}b/>` : undefined);
    if (f.italic !== undefined) kids = setChild(kids, "i", f.italic ? `<${p}i/>` : undefined);
    if (f.fontSize) kids = setChild(kids, "sz", `<${p}sz val="${f.fontSize}"/>`);
    if (f.fontColor) kids = setChild(kids, "color", `<${p}color rgb="${argb(f.fontColor)}"/>`);
    return this.fonts.indexOf(`<${p}font>${kids.map((c) => c.xml).join("")}</${p}font>`);
  }

  /** styles.xml with the appended items spliced in (every existing byte kept but the counts). */
  toXml(): string {
    const xml = this.styles.xml;
    const p = this.p;
    const edits: Splice[] = [];
    const order = [this.numFmts, this.fonts, this.fills, this.borders, this.xfs];
    for (const a of order) {
      if (a.added.length === 0) continue;
      const { tag } = a.list;
      if (!tag) {
        // No such list yet (only numFmts is optional in practice): it goes first in the stylesheet.
        const root = nextTag(xml, 0) as Tag;
        edits.push({
          at: root.end,
          end: root.end,
          text: `<${p}${a.name} count="${a.added.length}">${a.added.join("")}</${p}${a.name}>`,
        });
        continue;
      }
      const open = xml.slice(tag.start, tag.end);
      const counted = /\scount\s*=\s*["']\d*["']/.test(open)
        ? open.replace(/(\scount\s*=\s*["'])\d*(["'])/, `$1${a.length}$2`)
        : open;
      if (tag.kind === "empty") {
        edits.push({
          at: tag.start,
          end: tag.end,
          text: `${counted.replace(/\s*\/>$/, ">")}${a.added.join("")}</${tag.name}>`,
        });
      } else {
        edits.push({ at: tag.start, end: tag.end, text: counted });
        const close = xml.lastIndexOf("</", a.list.end - 1);
        edits.push({ at: close, end: close, text: a.added.join("") });
      }
    }
    return splice(xml, edits);
  }
}

function attributesOf(xml: string | undefined): Record<string, string> {
  if (!xml) return {};
  const tag = nextTag(xml, 0);
  return tag ? attributes(xml, tag) : {};
}
