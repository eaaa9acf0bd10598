/**
 * An OOXML package (the zip of an .xlsx or .xlsm): its parts by name, inflated only when read, and
 * written back with every part nobody changed copied as it was stored.
 */
import { XmlError, attribute, eachTag } from "../xml/scan";
import { DEFAULT_LIMITS, ZipLimits } from "./limits";
import {
  Codec,
  FFLATE,
  ZipEntry,
  ZipOutput,
  damaged,
  inflateEntry,
  readZip,
  writeZip,
} from "./zip";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** One relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export class XlsxPackage {
  private readonly entries: ZipEntry[];
  /** Parts changed or added, by part name; `null` marks a removed part. */
  private readonly changed = new Map<string, Uint8Array | null>();
  /** Part names in lower case → the name as stored (OPC names compare without case). */
  private readonly names = new Map<string, string>();

  constructor(
    readonly bytes: Uint8Array,
    readonly label: string,
    readonly limits: ZipLimits = DEFAULT_LIMITS,
    readonly codec: Codec = FFLATE
  ) {
    this.entries = readZip(bytes, limits, label);
    for (const e of this.entries) this.names.set(e.name.toLowerCase(), e.name);
  }

  /** Part name (no leading slash) as stored, or undefined when the package has no such part. */
  find(name: string): string | undefined {
    const key = name.replace(/^\//, "").toLowerCase();
    const stored = this.names.get(key);
    if (stored === undefined) return undefined;
    return this.changed.get(stored) === null ? undefined : stored;
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** Every part name, in the package's order (new parts last). */
  partNames(): string[] {
    const kept = this.entries.map((e) => e.name).filter((n) => this.changed.get(n) !== null);
    const added = [...this.changed.keys()].filter(
      (n) => this.changed.get(n) !== null && !this.entries.some((e) => e.name === n)
    );
    return [...kept, ...added];
  }

  bytesOf(name: string): Uint8Array | undefined {
    const stored = this.find(name);
    if (stored === undefined) return undefined;
    const own = this.changed.get(stored);
    if (own) return own;
    // No running total here: readZip held the declared sizes to the limits and inflateEntry never
    // produces more than an entry declares, so the limits hold however often a part is read.
    const entry = this.entries.find((e) => e.name === stored) as ZipEntry;
    return inflateEntry(entry, this.label, this.codec);
  }

  /** A part as text (UTF-8), or undefined when absent. */
  text(name: string): string | undefined {
    const bytes = this.bytesOf(name);
    return bytes === undefined ? undefined : decoder.decode(bytes);
  }

  /** Adds or replaces a part. */
  set(name: string, content: string | Uint8Array): void {
    const stored = this.find(name) ?? this.names.get(name.toLowerCase()) ?? name;
    this.names.set(stored.toLowerCase(), stored);
    this.changed.set(stored, typeof content === "string" ? encoder.encode(content) : content);
  }

  remove(name: string): void {
    const stored = this.find(name);
    if (stored !== undefined) this.changed.set(stored, null);
  }

  /** True when the part was added or replaced since the package was read. */
  isChanged(name: string): boolean {
    const stored = this.find(name);
    return stored !== undefined && this.changed.has(stored);
  }

  /** The package as zip bytes: unchanged parts copied as stored, changed ones deflated afresh. */
  toBytes(): Uint8Array {
    const outputs: ZipOutput[] = [];
    for (const e of this.entries) {
      const own = this.changed.get(e.name);
      if (own === null) continue;
      outputs.push(own ? { kind: "new", name: e.name, bytes: own } : { kind: "copy", entry: e });
    }
    for (const [name, bytes] of this.changed) {
      if (bytes && !this.entries.some((e) => e.name === name))
        outputs.push({ kind: "new", name, bytes });
    }
    return writeZip(outputs, this.codec);
  }

  /** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
  relationships(part: string): Relationship[] {
    const xml = this.text(relsPartOf(part));
    if (xml === undefined) return [];
    const out: Relationship[] = [];
    eachTag(xml, (t) => {
      if (t.kind === "close" || t.local !== "Relationship") return;
      out.push({
        id: attribute(xml, t, "Id") ?? "",
        type: attribute(xml, t, "Type") ?? "",
        target: attribute(xml, t, "Target") ?? "",
        external: attribute(xml, t, "TargetMode") === "External",
      });
    });
    return out;
  }
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== ".") base.push(seg);
  }
  return base.join("/");
}

/** Lists a package's parts (HostError "unreadable" for a damaged zip or one past the limits). */
export function openPackage(
  bytes: Uint8Array,
  label: string,
  limits?: ZipLimits,
  codec?: Codec
): XlsxPackage {
  return new XlsxPackage(bytes, label, limits, codec);
}

/** Runs `fn`, turning a scanner error (malformed XML) into the "damaged" sentence. */
export function readingXml<T>(label: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof XmlError) throw damaged(label);
    throw e;
  }
}
