/**
 * A short fingerprint of what the engine reads from a workbook, so a driver can tell whether the
 * results it shows still match the workbook: equal snapshots give equal fingerprints, and any change
 * to a value, number format, merge, table or sheet name changes it (a 53-bit hash: a clash is as
 * unlikely as guessing a number in 9 thousand million million). One pass, no copies.
 */
import { WorkbookSnapshot, withoutBoardSheets } from "./snapshot";

/** cyrb53-style hash state, fed piece by piece. */
class Hash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): void {
    for (let i = 0; i < text.length; i++) this.mix(text.charCodeAt(i));
    // A separator, so "ab"+"c" and "a"+"bc" differ.
    this.mix(0x1f);
  }

  private mix(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
  }

  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }
}

/**
 * The fingerprint of every sheet the engine reads: the add-in's own board sheets are left out (they
 * are its output), so building a board does not make the results out of date.
 */
export function snapshotFingerprint(snapshot: WorkbookSnapshot): string {
  const h = new Hash();
  for (const sheet of withoutBoardSheets(snapshot).sheets) {
    h.add(`sheet:${sheet.name}:${sheet.protected ? 1 : 0}:${sheet.unread ?? ""}`);
    for (const area of sheet.areas) {
      h.add(`area:${area.origin.row}:${area.origin.col}:${area.values[0]?.length ?? 0}`);
      area.values.forEach((row, r) => {
        const formats = area.numberFormats?.[r];
        row.forEach((v, c) => {
          h.add(`${typeof v}:${String(v)}`);
          h.add(formats?.[c] ?? "General");
        });
      });
    }
    for (const m of sheet.merges) h.add(`merge:${m.top}:${m.left}:${m.bottom}:${m.right}`);
    for (const t of sheet.tables) h.add(`table:${t.name}:${t.range.top}:${t.range.left}`);
  }
  return h.digest();
}
