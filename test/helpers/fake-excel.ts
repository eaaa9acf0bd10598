/**
 * A small fake of the Excel JavaScript object model, covering exactly what src/excel uses, backed by
 * in-memory grids. Its workbook model is what the Office.js emulator (office-host/) answers from; the
 * adapter's tests go through Microsoft's library and that emulator. The fake's own context is kept for
 * what the emulator cannot show: a sync failing with a chosen error code, a host at any ExcelApi minor
 * version (checkRequirements), and the bench's count of queued writes, which must not grow with rows.
 */
import { CellValue, RangeRef, parseRangeA1, rangeToA1 } from "../../src/engine";

const WHOLE_SHEET: RangeRef = { top: 0, left: 0, bottom: 1048575, right: 16383 };

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeCell {
  value: CellValue;
  numberFormat: string;
  /** Set when Excel would have parsed the written string as a formula. */
  formula?: string;
  /** Written with a leading apostrophe. */
  quotePrefix?: boolean;
  format: Record<string, unknown>;
}

export interface FakeSheetSpec {
  name: string;
  /** A1 address of rows[0][0] (default A1). */
  at?: string;
  rows?: CellValue[][];
  formats?: Record<string, string>;
  merges?: string[];
  tables?: { name: string; range: string }[];
  protected?: boolean;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export class FakeSheet {
  readonly cells = new Map<number, Map<number, FakeCell>>();
  merges: RangeRef[] = [];
  /** Cells with data validation (a drop-down list, say). */
  validations: RangeRef[] = [];
  protected = false;
  visibility = "Visible";
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly pageLayout: Record<string, unknown> = {};
  readonly charts: Record<string, unknown>[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { value: "", numberFormat: "General", format: {} }));
    return c;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(row)?.get(col);
  }

  /** The values-only used range, as getUsedRange(true) computes it. */
  usedRange(): RangeRef | undefined {
    return this.usedIn(WHOLE_SHEET, true);
  }

  /** The used range of `within`: cells with a value (and, unless `valuesOnly`, a format). */
  usedIn(within: RangeRef, valuesOnly: boolean): RangeRef | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, row] of this.cells) {
      if (r < within.top || r > within.bottom) continue;
      for (const [c, cell] of row) {
        if (c < within.left || c > within.right || !isUsed(cell, valuesOnly)) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  /**
   * Rectangles covering the cells of `within` that `keep` accepts: runs of columns per row, runs that
   * repeat on the next rows merged downwards (Excel's own area lists for special cells are of this kind).
   */
  areasWhere(within: RangeRef, keep: (c: FakeCell) => boolean): RangeRef[] {
    const open = new Map<string, RangeRef>();
    const done: RangeRef[] = [];
    const rows = [...this.cells.keys()]
      .filter((r) => r >= within.top && r <= within.bottom)
      .sort((a, b) => a - b);
    for (const r of rows) {
      const cols = [...(this.cells.get(r) as Map<number, FakeCell>)]
        .filter(([c, cell]) => c >= within.left && c <= within.right && keep(cell))
        .map(([c]) => c)
        .sort((a, b) => a - b);
      const next = new Map<string, RangeRef>();
      for (const [from, to] of runsOf(cols)) {
        const key = `${from}:${to}`;
        const prev = open.get(key);
        next.set(
          key,
          prev && prev.bottom === r - 1
            ? { ...prev, bottom: r }
            : { top: r, left: from, bottom: r, right: to }
        );
        open.delete(key);
      }
      done.push(...open.values());
      open.clear();
      for (const [k, v] of next) open.set(k, v);
    }
    done.push(...open.values());
    return done.sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /** Cells of `within` that hold data validation, as rectangles. */
  validatedIn(within: RangeRef): RangeRef[] {
    return this.validations.flatMap((v) => {
      const top = Math.max(v.top, within.top);
      const left = Math.max(v.left, within.left);
      const bottom = Math.min(v.bottom, within.bottom);
      const right = Math.min(v.right, within.right);
      return top <= bottom && left <= right ? [{ top, left, bottom, right }] : [];
    });
  }
}

function isUsed(c: FakeCell, valuesOnly: boolean): boolean {
  if (c.value !== "" || c.formula) return true;
  return !valuesOnly && (c.numberFormat !== "General" || Object.keys(c.format).length > 0);
}

/** Sorted column numbers → [first, last] of each run of consecutive ones. */
function runsOf(cols: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** Special cells the fake and the emulator know, by Excel's type name. */
export const SPECIAL_CELLS: Readonly<Record<string, (c: FakeCell) => boolean>> = {
  Constants: (c) => c.value !== "" && !c.formula,
  Formulas: (c) => Boolean(c.formula),
};

/** A queued write, as recorded for tests: what, where, and how big its request body would be. */
export interface FakeOp {
  readonly kind: string;
  readonly sheet?: string;
  readonly target?: string;
  readonly size: number;
}

interface Queued extends FakeOp {
  readonly sheetName?: string;
  readonly run: () => void;
}

const NOT_LOADED = (p: string) =>
  `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

/** Excel's parsing of a string written through range.values (enough to catch a missing apostrophe). */
export function parseWritten(s: string): Pick<FakeCell, "value" | "formula" | "quotePrefix"> {
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (/^[=@]/.test(s) || (/^[+-]/.test(s) && !/^[+-][\d.]+$/.test(s)))
    return { value: "", formula: s };
  if (/^[+-]?[\d,]*\.?\d+%?$/.test(s)) {
    const n = Number(s.replace(/[,%]/g, ""));
    return { value: s.endsWith("%") ? n / 100 : n };
  }
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(s)) return { value: 40000 };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  return { value: s };
}

/** Base of every proxy: load/sync bookkeeping and read-before-load errors. */
class Proxy {
  private readonly pending = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  protected nullObject = false;
  constructor(protected readonly ctx: FakeContext) {}

  load(props?: string | string[]): this {
    const list = Array.isArray(props) ? props : (props ?? "").split(",");
    for (const raw of list.map((p) => p.trim()).filter(Boolean)) {
      const [head, ...rest] = raw.split("/");
      if (rest.length) this.loadNested(head as string, rest.join("/"));
      else this.pending.add(head as string);
    }
    this.ctx.track(this);
    return this;
  }

  /** "protection/protected": load `protected` on the navigation property `protection`. */
  protected loadNested(head: string, rest: string): void {
    ((this as unknown as Record<string, Proxy>)[head] as Proxy).load(rest);
  }

  /** Called by sync: snapshot every pending property. */
  resolve(): void {
    this.nullObject = this.isNull();
    for (const p of this.pending) this.loaded.set(p, this.nullObject ? undefined : this.compute(p));
    this.loaded.set("isNullObject", this.nullObject);
    this.pending.clear();
  }

  protected isNull(): boolean {
    return false;
  }

  protected compute(prop: string): unknown {
    throw new Error(`fake: cannot load '${prop}'`);
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeOfficeError("PropertyNotLoaded", NOT_LOADED(prop));
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

/** Target cells of a range or a RangeAreas, resolved at sync. */
interface Target {
  sheet: () => FakeSheet;
  sheetName: string;
  areas: RangeRef[];
}

function eachCell(t: Target, fn: (c: FakeCell, row: number, col: number) => void): void {
  const sheet = t.sheet();
  for (const a of t.areas)
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) fn(sheet.cell(r, c), r, c);
}

class FakeBorder {
  constructor(
    private readonly ctx: FakeContext,
    private readonly t: Target,
    private readonly edge: string
  ) {}
  set style(v: string) {
    this.ctx.write("format", this.t, `border.${this.edge}.style`, () =>
      eachCell(this.t, (c) => (c.format[`border.${this.edge}.style`] = v))
    );
  }
  set weight(v: string) {
    this.ctx.write("format", this.t, `border.${this.edge}.weight`, () =>
      eachCell(this.t, (c) => (c.format[`border.${this.edge}.weight`] = v))
    );
  }
  set color(v: string) {
    this.ctx.write("format", this.t, `border.${this.edge}.color`, () =>
      eachCell(this.t, (c) => (c.format[`border.${this.edge}.color`] = v))
    );
  }
}

/** RangeFormat: every setter is one queued write over all cells of the target. */
class FakeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean; size: number };
  readonly borders = { getItem: (edge: string) => new FakeBorder(this.ctx, this.t, edge) };
  constructor(
    private readonly ctx: FakeContext,
    private readonly t: Target
  ) {
    const setter = (key: string) => ({
      set: (v: unknown) =>
        this.ctx.write("format", t, key, () => eachCell(t, (c) => (c.format[key] = v))),
      enumerable: true,
    });
    this.fill = Object.defineProperties({}, { color: setter("fill") }) as FakeFormat["fill"];
    this.font = Object.defineProperties(
      {},
      {
        color: setter("fontColor"),
        bold: setter("bold"),
        italic: setter("italic"),
        size: setter("fontSize"),
      }
    ) as FakeFormat["font"];
    for (const key of ["wrapText", "horizontalAlignment", "verticalAlignment"])
      Object.defineProperty(this, key, setter(key));
    Object.defineProperty(this, "columnWidth", {
      set: (v: number) =>
        this.ctx.write("columnWidth", t, "columnWidth", () => {
          for (const a of t.areas)
            for (let c = a.left; c <= a.right; c++) t.sheet().columnWidths.set(c, v);
        }),
    });
    Object.defineProperty(this, "useStandardWidth", {
      set: (v: boolean) =>
        this.ctx.write("useStandardWidth", t, "useStandardWidth", () => {
          if (!v) return;
          for (const a of t.areas)
            for (let c = a.left; c <= a.right; c++) t.sheet().columnWidths.delete(c);
        }),
    });
    Object.defineProperty(this, "rowHeight", {
      set: (v: number) =>
        this.ctx.write("rowHeight", t, "rowHeight", () => {
          for (const a of t.areas)
            for (let r = a.top; r <= a.bottom; r++) t.sheet().rowHeights.set(r, v);
        }),
    });
  }
}

class FakeRange extends Proxy {
  readonly format: FakeFormat;
  /** Set for a used range: the area it is taken within, and whether only values count. */
  private readonly usedOf?: { within: RangeRef; valuesOnly: boolean };
  constructor(
    ctx: FakeContext,
    private readonly t: Target,
    nullWhenEmpty: boolean | { within: RangeRef; valuesOnly: boolean } = false
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, t);
    if (nullWhenEmpty)
      this.usedOf =
        nullWhenEmpty === true ? { within: WHOLE_SHEET, valuesOnly: true } : nullWhenEmpty;
  }

  private used(): RangeRef | undefined {
    const u = this.usedOf as { within: RangeRef; valuesOnly: boolean };
    return this.t.sheet().usedIn(u.within, u.valuesOnly);
  }

  private area(): RangeRef {
    return this.t.areas[0] as RangeRef;
  }

  protected override isNull(): boolean {
    return this.usedOf !== undefined && !this.used();
  }

  protected override compute(prop: string): unknown {
    if (this.usedOf) this.t.areas = [this.used() as RangeRef];
    const a = this.area();
    const sheet = this.t.sheet();
    const grid = (f: (c: FakeCell | undefined) => unknown) =>
      Array.from({ length: a.bottom - a.top + 1 }, (_, i) =>
        Array.from({ length: a.right - a.left + 1 }, (_, j) => f(sheet.peek(a.top + i, a.left + j)))
      );
    switch (prop) {
      case "values":
        return grid((c) => c?.value ?? "");
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "address":
        return `${this.t.sheetName}!${rangeToA1(a)}`;
      case "rowIndex":
        return a.top;
      case "columnIndex":
        return a.left;
      case "rowCount":
        return a.bottom - a.top + 1;
      case "columnCount":
        return a.right - a.left + 1;
      default:
        return super.compute(prop);
    }
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(v: CellValue[][]) {
    const a = this.area();
    const size = JSON.stringify(v).length;
    this.ctx.write(
      "values",
      this.t,
      rangeToA1(a),
      () => {
        if (v.length !== a.bottom - a.top + 1 || v.some((r) => r.length !== a.right - a.left + 1)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
          );
        }
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            if (x === null) return;
            const cell = this.t.sheet().cell(a.top + i, a.left + j);
            delete cell.formula;
            delete cell.quotePrefix;
            Object.assign(cell, typeof x === "string" ? parseWritten(x) : { value: x });
          })
        );
      },
      size
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: (string | null)[][]) {
    this.ctx.write(
      "numberFormat",
      this.t,
      rangeToA1(this.area()),
      () => {
        // null leaves a cell's number format as it is (and creates no cell).
        const a = this.area();
        v.forEach((row, i) =>
          row.forEach((f, j) => {
            if (f !== null && f !== undefined)
              this.t.sheet().cell(a.top + i, a.left + j).numberFormat = f;
          })
        );
      },
      JSON.stringify(v).length
    );
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  /**
   * ONE queued write (ExcelApi 1.9) whatever the size of the matrix, sized by its JSON like the request
   * body; at sync each cell gets its own properties, and `{}` leaves a cell untouched.
   */
  setCellProperties(matrix: Excel.SettableCellProperties[][]): void {
    if (!this.ctx.fake.supports("1.9"))
      throw new FakeOfficeError("ApiNotFound", "setCellProperties needs ExcelApi 1.9");
    const a = this.area();
    this.ctx.write(
      "cellProperties",
      this.t,
      rangeToA1(a),
      () => {
        if (
          matrix.length !== a.bottom - a.top + 1 ||
          matrix.some((r) => r.length !== a.right - a.left + 1)
        ) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
          );
        }
        const sheet = this.t.sheet();
        matrix.forEach((row, i) =>
          row.forEach((props, j) => {
            const entries = cellPropertyEntries(props);
            if (!entries.length) return;
            const cell = sheet.cell(a.top + i, a.left + j);
            for (const [key, v] of entries) cell.format[key] = v;
          })
        );
      },
      JSON.stringify(matrix).length
    );
  }
  merge(_across: boolean): void {
    this.ctx.write("merge", this.t, rangeToA1(this.area()), () =>
      this.t.sheet().merges.push(this.area())
    );
  }
  select(): void {
    this.ctx.write(
      "select",
      this.t,
      rangeToA1(this.area()),
      () => {
        this.ctx.fake.selection = { sheet: this.t.sheetName, address: rangeToA1(this.area()) };
      },
      0,
      false
    );
  }
  /** The target's address (the fake records it for charts; not part of the Office.js surface). */
  targetAddress(): string {
    return this.t.areas.map(rangeToA1).join(",");
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.t, "merged");
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      { ...this.t, areas: [] },
      {
        within: this.area(),
        valuesOnly: valuesOnly === true,
      }
    );
  }
  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    if (!this.ctx.fake.supports("1.9"))
      throw new FakeOfficeError("ApiNotFound", "getSpecialCellsOrNullObject needs ExcelApi 1.9");
    return new FakeRangeAreas(this.ctx, this.t, type);
  }
}

const BORDER_EDGES: Readonly<Record<string, string>> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  horizontal: "InsideHorizontal",
  vertical: "InsideVertical",
};

/** Cell properties as the fake's format keys (the same keys the RangeFormat setters write). */
export function cellPropertyEntries(props: Excel.SettableCellProperties): [string, unknown][] {
  const f = props.format;
  if (!f) return [];
  const out: [string, unknown][] = [];
  const add = (key: string, v: unknown) => v !== undefined && out.push([key, v]);
  add("fill", f.fill?.color);
  add("fontColor", f.font?.color);
  add("bold", f.font?.bold);
  add("italic", f.font?.italic);
  add("fontSize", f.font?.size);
  add("wrapText", f.wrapText);
  add("horizontalAlignment", f.horizontalAlignment);
  add("verticalAlignment", f.verticalAlignment);
  for (const [edge, border] of Object.entries(f.borders ?? {}) as [string, Excel.CellBorder][]) {
    const name = BORDER_EDGES[edge] ?? edge;
    add(`border.${name}.style`, border.style);
    add(`border.${name}.weight`, border.weight);
    add(`border.${name}.color`, border.color);
  }
  return out;
}

class FakeRangeAreas extends FakeRange {
  /** What the areas are found by: merged cells, a special-cells type, or (undefined) the target itself. */
  constructor(
    ctx: FakeContext,
    private readonly target: Target,
    private readonly found?: string
  ) {
    super(ctx, target);
  }
  protected override isNull(): boolean {
    return this.found !== undefined && this.foundAreas().length === 0;
  }
  private foundAreas(): RangeRef[] {
    const a = this.target.areas[0] as RangeRef;
    const sheet = this.target.sheet();
    if (this.found === "merged")
      return sheet.merges.filter(
        (m) => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right
      );
    if (this.found === "DataValidations") return sheet.validatedIn(a);
    const keep = SPECIAL_CELLS[this.found ?? ""];
    if (!keep) throw new Error(`fake: no special cells of type ${this.found}`);
    return sheet.areasWhere(a, keep);
  }
  protected override compute(prop: string): unknown {
    if (prop !== "address") return super.compute(prop);
    const areas = this.found !== undefined ? this.foundAreas() : this.target.areas;
    return areas.map((a) => `${quote(this.target.sheetName)}!${rangeToA1(a)}`).join(", ");
  }
  clear(_applyTo: string): void {
    this.ctx.write("clear", this.target, this.target.areas.map(rangeToA1).join(","), () =>
      eachCell(this.target, (c) => {
        c.value = "";
        c.numberFormat = "General";
        c.format = {};
        delete c.formula;
        delete c.quotePrefix;
      })
    );
  }
}

export function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeWorksheet extends Proxy {
  readonly protection: Proxy;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly pageLayout: Record<string, unknown>;
  readonly charts: { add: (type: string, range: FakeRange, seriesBy: string) => unknown };
  constructor(
    ctx: FakeContext,
    readonly sheetName: string
  ) {
    super(ctx);
    const sheet = () => this.sheet();
    const protection = new (class extends Proxy {
      protected override compute(): unknown {
        return sheet().protected;
      }
      get protected(): boolean {
        return this.read("protected");
      }
    })(ctx);
    this.protection = protection;
    const t = this.target([]);
    this.freezePanes = {
      freezeRows: (n) => ctx.write("freeze", t, String(n), () => (sheet().frozenRows = n)),
    };
    const layout = (key: string, v: unknown) =>
      ctx.write("pageLayout", t, key, () => (sheet().pageLayout[key] = v));
    this.pageLayout = Object.defineProperties(
      {
        setPrintTitleRows: (rows: string) => layout("printTitleRows", rows),
        headersFooters: {
          defaultForAllPages: Object.defineProperty({}, "centerFooter", {
            set: (v: string) => layout("centerFooter", v),
          }),
        },
      },
      Object.fromEntries(
        ["orientation", "zoom", "paperSize"].map((k) => [k, { set: (v: unknown) => layout(k, v) }])
      )
    );
    this.charts = {
      add: (type, range, seriesBy) => {
        const chart: Record<string, unknown> = {
          type,
          data: range.targetAddress(),
          seriesBy,
          colors: [] as string[],
        };
        ctx.write("chart", t, type, () => sheet().charts.push(chart));
        const set = (k: string) => (v: unknown) => ctx.write("chart", t, k, () => (chart[k] = v));
        return {
          title: Object.defineProperty({}, "text", { set: set("title") }),
          setPosition: (a: string, b: string) => set("position")(`${a}:${b}`),
          series: {
            getItemAt: (i: number) => ({
              format: {
                fill: {
                  setSolidColor: (c: string) =>
                    ctx.write("chart", t, `series${i}`, () => ((chart.colors as string[])[i] = c)),
                },
              },
            }),
          },
        };
      },
    };
  }

  sheet(): FakeSheet {
    const s = this.ctx.fake.sheets.find(
      (x) => x.name.toLowerCase() === this.sheetName.toLowerCase()
    );
    if (!s)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist. (${this.sheetName})`
      );
    return s;
  }

  private target(areas: RangeRef[]): Target {
    return { sheet: () => this.sheet(), sheetName: this.sheetName, areas };
  }

  protected override compute(prop: string): unknown {
    if (prop === "name") return this.sheet().name;
    if (prop === "visibility") return this.sheet().visibility;
    return super.compute(prop);
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.target([]), true);
  }
  getRange(address?: string): FakeRange {
    const area = address ? parseRangeA1(address) : WHOLE_SHEET;
    if (!area) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return new FakeRange(this.ctx, this.target([area]));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(
      this.ctx,
      this.target([{ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }])
    );
  }
  getRanges(address: string): FakeRangeAreas {
    if (!this.ctx.fake.supports("1.9"))
      throw new FakeOfficeError("ApiNotFound", "getRanges needs ExcelApi 1.9");
    const areas = address.split(",").map((a) => parseRangeA1(a.trim()));
    if (areas.some((a) => !a))
      throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return new FakeRangeAreas(this.ctx, this.target(areas as RangeRef[]));
  }
  activate(): void {
    this.ctx.write(
      "activate",
      this.target([]),
      this.sheetName,
      () => (this.ctx.fake.activeSheet = this.sheet().name),
      0,
      false
    );
  }
  delete(): void {
    this.ctx.write(
      "deleteSheet",
      this.target([]),
      this.sheetName,
      () => {
        const s = this.sheet();
        this.ctx.fake.sheets.splice(this.ctx.fake.sheets.indexOf(s), 1);
      },
      0,
      false
    );
  }
}

class FakeCollection<T extends Proxy> extends Proxy {
  private itemPaths: string[] = [];
  constructor(
    ctx: FakeContext,
    private readonly list: () => T[]
  ) {
    super(ctx);
  }
  protected override loadNested(head: string, rest: string): void {
    if (head !== "items") throw new Error(`fake: cannot load ${head}/${rest}`);
    this.itemPaths.push(rest);
    this.load("items");
  }
  protected override compute(prop: string): unknown {
    if (prop !== "items") return super.compute(prop);
    const items = this.list();
    for (const item of items) {
      item.load(this.itemPaths);
      resolveDeep(item);
    }
    this.itemPaths = [];
    return items;
  }
  get items(): T[] {
    return this.read("items");
  }
}

/** Resolves a proxy and its loaded navigation properties (protection, worksheet). */
function resolveDeep(p: Proxy): void {
  p.resolve();
  for (const key of ["protection", "worksheet"]) {
    const child = (p as unknown as Record<string, unknown>)[key];
    if (child instanceof Proxy) child.resolve();
  }
}

class FakeNamedItem extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly itemName: string,
    private readonly orNull = false
  ) {
    super(ctx);
  }
  protected override compute(prop: string): unknown {
    const formula = this.ctx.fake.names.get(this.itemName);
    if (formula === undefined) throw new FakeOfficeError("ItemNotFound", `name ${this.itemName}`);
    return prop === "name" ? this.itemName : prop === "formula" ? formula : super.compute(prop);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  delete(): void {
    this.ctx.write(
      "deleteName",
      undefined,
      this.itemName,
      () => {
        if (!this.ctx.fake.names.delete(this.itemName) && !this.orNull)
          throw new FakeOfficeError("ItemNotFound", `name ${this.itemName}`);
      },
      0,
      false
    );
  }
}

class FakeTable extends Proxy {
  readonly worksheet: FakeWorksheet;
  constructor(
    ctx: FakeContext,
    private readonly spec: { name: string; sheet: string; range: RangeRef }
  ) {
    super(ctx);
    this.worksheet = new FakeWorksheet(ctx, spec.sheet);
  }
  protected override compute(prop: string): unknown {
    return prop === "name" ? this.spec.name : super.compute(prop);
  }
  get name(): string {
    return this.read("name");
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, {
      sheet: () => this.worksheet.sheet(),
      sheetName: this.spec.sheet,
      areas: [this.spec.range],
    });
  }
}

export class FakeContext {
  private readonly tracked = new Set<Proxy>();
  private queue: Queued[] = [];
  readonly workbook: {
    worksheets: FakeCollection<FakeWorksheet> & {
      getItem(n: string): FakeWorksheet;
      add(n: string): FakeWorksheet;
    };
    names: FakeCollection<FakeNamedItem> & {
      getItem(n: string): FakeNamedItem;
      getItemOrNullObject(n: string): FakeNamedItem;
      add(n: string, ref: string): void;
    };
    tables: FakeCollection<FakeTable>;
  };
  constructor(readonly fake: FakeExcel) {
    const worksheets = Object.assign(
      new FakeCollection(this, () => fake.sheets.map((s) => new FakeWorksheet(this, s.name))),
      {
        getItem: (n: string) => new FakeWorksheet(this, n),
        add: (n: string) => {
          this.write(
            "addSheet",
            undefined,
            n,
            () => {
              if (fake.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) {
                throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${n} exists.`);
              }
              fake.sheets.push(new FakeSheet(n));
            },
            0,
            false
          );
          return new FakeWorksheet(this, n);
        },
      }
    );
    const names = Object.assign(
      new FakeCollection(this, () => [...fake.names.keys()].map((n) => new FakeNamedItem(this, n))),
      {
        getItem: (n: string) => new FakeNamedItem(this, n),
        getItemOrNullObject: (n: string) => new FakeNamedItem(this, n, true),
        add: (n: string, ref: string) =>
          this.write(
            "addName",
            undefined,
            n,
            () => void fake.names.set(n, ref.startsWith("=") ? ref : `=${ref}`),
            ref.length,
            false
          ),
      }
    );
    const tables = new FakeCollection(this, () => fake.tables.map((t) => new FakeTable(this, t)));
    this.workbook = { worksheets, names, tables };
  }

  track(p: Proxy): void {
    this.tracked.add(p);
  }

  /** Queues a write; `guarded` writes fail with AccessDenied on a protected sheet, as in Excel. */
  write(
    kind: string,
    t: Target | undefined,
    target: string,
    run: () => void,
    size = target.length,
    guarded = true
  ): void {
    const op: Queued = {
      kind,
      sheet: t?.sheetName,
      target,
      size,
      sheetName: guarded ? t?.sheetName : undefined,
      run,
    };
    this.queue.push(op);
    this.fake.ops.push({ kind, sheet: t?.sheetName, target, size });
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    fake.syncCount++;
    const queue = this.queue;
    this.queue = [];
    if (fake.failNextSync) {
      const code = fake.failNextSync;
      fake.failNextSync = undefined;
      throw new FakeOfficeError(code, `simulated ${code}`);
    }
    const payload = queue.reduce((n, op) => n + op.size, 0);
    if (fake.payloadLimit !== undefined && payload > fake.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    fake.largestRequest = Math.max(fake.largestRequest, payload);
    // Like Excel: operations run in order and a failure stops the rest (earlier ones stay applied).
    for (const op of queue) {
      if (op.sheetName) {
        const sheet = fake.sheets.find((s) => s.name.toLowerCase() === op.sheetName?.toLowerCase());
        if (sheet?.protected)
          throw new FakeOfficeError(
            "AccessDenied",
            "The cell or chart you're trying to change is protected."
          );
      }
      op.run();
      fake.applied++;
    }
    const tracked = [...this.tracked];
    this.tracked.clear();
    for (const p of tracked) p.resolve();
  }
}

/** The fake workbook: sheets, names, tables and the counters tests assert on. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  tables: { name: string; sheet: string; range: RangeRef }[] = [];
  syncCount = 0;
  /** Every queued write, in order. */
  ops: FakeOp[] = [];
  /** Writes actually carried out by a sync. */
  applied = 0;
  largestRequest = 0;
  runOptions: unknown[] = [];
  /** Highest ExcelApi minor version the host supports: 13 = ExcelApi 1.13. */
  apiMinor = 13;
  failNextSync?: string;
  payloadLimit?: number;
  activeSheet?: string;
  selection?: { sheet: string; address: string };

  constructor(specs: FakeSheetSpec[] = []) {
    for (const spec of specs) this.addSheet(spec);
  }

  addSheet(spec: FakeSheetSpec): FakeSheet {
    const sheet = new FakeSheet(spec.name);
    const origin = parseRangeA1(spec.at ?? "A1") as RangeRef;
    (spec.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== "") sheet.cell(origin.top + i, origin.left + j).value = v;
      })
    );
    for (const [addr, fmt] of Object.entries(spec.formats ?? {})) {
      const p = parseRangeA1(addr) as RangeRef;
      sheet.cell(p.top, p.left).numberFormat = fmt;
    }
    sheet.merges = (spec.merges ?? []).map((m) => parseRangeA1(m) as RangeRef);
    for (const t of spec.tables ?? [])
      this.tables.push({
        name: t.name,
        sheet: spec.name,
        range: parseRangeA1(t.range) as RangeRef,
      });
    sheet.protected = spec.protected ?? false;
    sheet.visibility = spec.visibility ?? "Visible";
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  supports(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    return major === 1 && (minor ?? 0) <= this.apiMinor;
  }

  /** Installs the fake as globalThis.Excel and globalThis.Office; returns the uninstaller. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      run: async (a: unknown, b?: (ctx: FakeContext) => Promise<unknown>) => {
        const batch = (typeof a === "function" ? a : b) as (ctx: FakeContext) => Promise<unknown>;
        this.runOptions.push(typeof a === "function" ? undefined : a);
        return batch(new FakeContext(this));
      },
    };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, v: string) => set === "ExcelApi" && this.supports(v),
        },
      },
    };
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }
}
