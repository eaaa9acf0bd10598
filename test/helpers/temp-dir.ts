import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The directories tempDir has made in this test file (Jest loads this module afresh for each file). */
const made: string[] = [];

/**
 * A new empty directory in the system temp folder, named the prefix and six random characters. A test
 * file that calls it registers `afterAll(removeTempDirs)`, so the directory goes when the file's tests
 * finish, pass or fail.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory tempDir has made so far, with whatever is in it. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
