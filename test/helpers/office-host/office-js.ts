/**
 * Loads Microsoft's Excel JavaScript library (`@microsoft/office-js`, Excel on the web build) into this
 * Jest module's global scope, straight from node_modules: its licence allows using it to develop and test
 * add-ins, not copying it into the repository. The `office.js` loader, which picks a host file in a
 * browser, is bypassed; a few window/navigator/document stubs are all the web build needs to evaluate.
 */
import * as fs from "fs";
import * as path from "path";

const LIBRARY = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist",
  "excel-web-16.00.js"
);

type Globals = Record<string, unknown> & {
  Excel?: { run?: unknown };
  OfficeExtension?: unknown;
};

/** Evaluates the library once per test module (Jest gives each test file its own global scope). */
export function loadOfficeJs(): void {
  const g = globalThis as unknown as Globals;
  if (g.OfficeExtension && g.Excel?.run) return;
  g.window = g;
  g.navigator ??= { userAgent: "node" };
  g.document ??= {
    readyState: "complete",
    getElementsByTagName: () => [],
    createElement: () => ({}),
    addEventListener: () => undefined,
  };
  // Indirect eval runs in the global scope, so the library's top-level `var`s land on globalThis, as they
  // would from a browser's script tag.
  // eslint-disable-next-line no-eval -- the library must run as a script, not a module
  const globalEval = eval;
  globalEval(fs.readFileSync(LIBRARY, "utf8"));
}
