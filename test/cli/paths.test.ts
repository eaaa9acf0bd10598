/**
 * Safe paths (issue 29, point 6): --out never replaces the input, whatever path leads to it; an
 * existing --out needs --force; --in-place writes the real file behind a link and keeps its mode;
 * the temporary file is created beside the target with a name no one can guess, and none is left.
 */
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";
import { SAMPLE, cli, expectOneSentence, sha256 } from "./run-cli";

afterAll(removeTempDirs);
const AS_AT = ["--as-at", "2010-06-30"];

function workspace() {
  const dir = tempDir("laa-paths-");
  const input = join(dir, "targets.xlsx");
  copyFileSync(SAMPLE, input);
  return { dir, input };
}

describe("--out never replaces the input", () => {
  it("through a symbolic link to the input's folder, even with --force", async () => {
    const { dir, input } = workspace();
    const link = join(tempDir("laa-paths-link-"), "folder");
    symlinkSync(dir, link);
    const before = sha256(input);
    const r = await cli("rag", input, "--out", join(link, "targets.xlsx"), "--force", ...AS_AT);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/is the input file 'targets\.xlsx'/);
    expect(sha256(input)).toBe(before);
  });

  it("through a hard link", async () => {
    const { dir, input } = workspace();
    linkSync(input, join(dir, "same.xlsx"));
    const before = sha256(input);
    const r = await cli("board", input, "--out", join(dir, "same.xlsx"), "--force", ...AS_AT);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the input file/);
    expect(sha256(input)).toBe(before);
  });

  it("through a different spelling of the same path", async () => {
    const { dir, input } = workspace();
    const r = await cli(
      "rag",
      input,
      "--out",
      join(dir, ".", "sub", "..", "targets.xlsx"),
      ...AS_AT
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the input file/);
  });
});

describe("--out onto an existing file", () => {
  it("is refused without --force, and nothing is written", async () => {
    const { dir, input } = workspace();
    const out = join(dir, "report.xlsx");
    writeFileSync(out, "keep me");
    const r = await cli("rag", input, "--out", out, ...AS_AT);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/already exists: choose a new name, or add --force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
  });

  it("replaces it with --force; a link there is written through, not replaced", async () => {
    const { dir, input } = workspace();
    mkdirSync(join(dir, "reports"));
    const real = join(dir, "reports", "june.xlsx");
    writeFileSync(real, "old");
    const link = join(dir, "june-link.xlsx");
    symlinkSync(real, link);
    const r = await cli("rag", input, "--out", link, "--force", ...AS_AT);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("--in-place", () => {
  it("writes to the real file behind a link, keeps the link and the file's mode", async () => {
    const { dir, input } = workspace();
    chmodSync(input, 0o600);
    const link = join(dir, "current.xlsx");
    symlinkSync(input, link);
    const before = sha256(input);
    const r = await cli("rag", link, "--in-place", ...AS_AT);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha256(input)).not.toBe(before);
    expect(statSync(input).mode & 0o777).toBe(0o600);
  });

  it("leaves no temporary file behind, and none with a guessable name was ever used", async () => {
    const { dir, input } = workspace();
    // A file where an old version put its predictable temporary file is left alone.
    const trap = join(dir, `.targets.xlsx.laa-monitor-${process.pid}.tmp`);
    writeFileSync(trap, "not yours");
    expect((await cli("board", input, "--in-place", ...AS_AT)).code).toBe(0);
    expect(readFileSync(trap, "utf8")).toBe("not yours");
    expect(readdirSync(dir).sort()).toEqual([trap.split("/").pop(), "targets.xlsx"].sort());
  });
});
