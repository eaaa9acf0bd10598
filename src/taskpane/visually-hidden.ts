/**
 * A Griffel style for text read by screen readers but not drawn (a heading Office already shows, a
 * live region, a header cell's name). One definition for the pane and the demo.
 */
export const VISUALLY_HIDDEN = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
