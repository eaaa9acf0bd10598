/**
 * `npm test` and `npm run demo` start with scripts/ensure-deps.js: on a fresh clone (no node_modules) it
 * runs `npm ci` once, saying so in one line; with the dependencies installed (CI has run npm ci) it does
 * nothing. Run here against a stand-in `npm` on the PATH that records how it was called.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";

afterAll(removeTempDirs);

function clone(): { dir: string; bin: string; log: string } {
  const dir = tempDir("laa-clone-");
  mkdirSync(join(dir, "scripts"));
  copyFileSync(
    join(__dirname, "../../scripts/ensure-deps.js"),
    join(dir, "scripts/ensure-deps.js")
  );
  const bin = join(dir, "fake-bin");
  mkdirSync(bin);
  const log = join(dir, "npm-calls.log");
  // What npm ci leaves behind: node_modules/.package-lock.json.
  writeFileSync(
    join(bin, "npm"),
    `#!/bin/sh\necho "$@" >> "${log}"\nmkdir -p node_modules && touch node_modules/.package-lock.json\n`
  );
  chmodSync(join(bin, "npm"), 0o755);
  return { dir, bin, log };
}

const run = (dir: string, bin: string) =>
  spawnSync(process.execPath, ["scripts/ensure-deps.js"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });

describe("ensure-deps (the first command on a fresh clone)", () => {
  it("installs the locked dependencies with npm ci when node_modules is missing, in one line", () => {
    const { dir, bin, log } = clone();
    const r = run(dir, bin);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "Dependencies are not installed yet: installing them with npm ci (a minute or two)…\n"
    );
    expect(readFileSync(log, "utf8")).toBe("ci --no-audit --no-fund --loglevel=error\n");
  });

  it("does nothing once they are installed (as after CI's own npm ci)", () => {
    const { dir, bin, log } = clone();
    mkdirSync(join(dir, "node_modules"));
    writeFileSync(join(dir, "node_modules/.package-lock.json"), "{}");
    const r = run(dir, bin);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(existsSync(log)).toBe(false);
  });

  it("stops, saying so, when npm ci fails", () => {
    const { dir, bin } = clone();
    writeFileSync(join(bin, "npm"), "#!/bin/sh\necho 'npm error network' >&2\nexit 1\n");
    const r = run(dir, bin);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /npm error network\nnpm ci failed \(above\): fix that, then run the command again\.\n$/
    );
  });
});
