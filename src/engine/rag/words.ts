/** Numbers as reasons show them: fixed rules, no locale, so the same data always reads the same. */

/** One decimal place at most ("5", "12.3"), from integers so that binary noise never shows. */
export function round1(n: number): string {
  const tenths = Math.round(Math.abs(n) * 10);
  if (tenths === 0 && n !== 0) return n > 0 ? "<0.1" : ">-0.1";
  const sign = n < 0 && tenths > 0 ? "-" : "";
  const rest = tenths % 10;
  return `${sign}${(tenths - rest) / 10}${rest === 0 ? "" : `.${rest}`}`;
}

/**
 * A value for a sentence: a percentage to one decimal ("45.9%"); otherwise whole numbers from 100
 * up with thousands separators ("2,480"), two decimals below that ("13.45"), three below 1 ("0.765").
 */
export function shownNumber(n: number, percent: boolean): string {
  if (percent) return `${round1(n)}%`;
  const places = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 2 : 3;
  const fixed = n.toFixed(places);
  const [whole = "", fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = `${sign}${digits}${trimmed ? `.${trimmed}` : ""}`;
  return text === "-0" ? "0" : text;
}

/** A number without binary noise (78.39999999999999 → 78.4), for values that go out as data. */
export function tidy(n: number): number {
  // Six decimals are more than any indicator states; larger numbers are left as they are.
  return Math.abs(n) < 1e9 ? Math.round(n * 1e6) / 1e6 : n;
}
