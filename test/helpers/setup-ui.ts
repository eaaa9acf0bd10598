import "@testing-library/jest-dom";

// jsdom lays nothing out, so it has no ResizeObserver; Fluent's toolbar overflow asks for one. With
// nothing measured, every toolbar item counts as fitting (the browser tests check the overflow).
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
