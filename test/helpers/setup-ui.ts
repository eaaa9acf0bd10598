import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

// jsdom lays nothing out, so it has no ResizeObserver; Fluent's toolbar overflow asks for one. With
// nothing measured, every toolbar item counts as fitting (the browser tests check the overflow).
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

// Browsers have TextDecoder and TextEncoder (the file adapter reads zip entries with them); jsdom
// does not put them on its window, so the pane's tests over the demo's host borrow Node's.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;

// A Fluent dialog or a re-check can take over a second to appear when CI runs every suite at once;
// the default 1 s wait for findBy*/waitFor made such tests fail under load only.
configure({ asyncUtilTimeout: 5000 });
