import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Relative luminance (0 black … 1 white) of a "#RRGGBB" colour; undefined when unreadable. */
function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Fluent's light or dark theme following Office's own, judged by the body background colour (Office
 * themes are colours, not a dark flag, on most platforms). Light when Office says nothing.
 */
export function themeFromOffice(officeTheme: Partial<Office.OfficeTheme> | undefined): Theme {
  const l = luminance(officeTheme?.bodyBackgroundColor);
  return l !== undefined && l < 0.4 ? webDarkTheme : webLightTheme;
}

/** Office's theme when the host offers one; reading it outside Office throws or is undefined. */
export function currentOfficeTheme(
  office: typeof Office | undefined
): Partial<Office.OfficeTheme> | undefined {
  try {
    return office?.context?.officeTheme;
  } catch {
    return undefined;
  }
}
