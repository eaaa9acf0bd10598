import { EventEmitter } from "node:events";
import { analyse, FindingList, withDefaults } from "../../src/engine";
import { jsonCheckFile, jsonPieces, jsonText, writeJson } from "../../src/cli/format/json";
import { workbook } from "../helpers/grid";
import { header, rows } from "./long-table";

describe("JSON written in pieces", () => {
  it.each([
    ["an empty array", []],
    ["a long array of exactly one batch", Array.from({ length: 500 }, (_, i) => ({ i }))],
    ["a long array of a batch and one", Array.from({ length: 501 }, (_, i) => ({ i }))],
    [
      "holes and undefined in a long array",
      Array.from({ length: 1200 }, (_, i) => (i % 3 ? i : undefined)),
    ],
    [
      "undefined, functions and nested objects",
      { a: undefined, b: () => 1, c: { d: [1, { e: null }] }, f: "x\u2028" },
    ],
    ["an object with toJSON and a Date", { when: new Date(0), t: { toJSON: () => "T" } }],
    ["a null-prototype object", Object.assign(Object.create(null) as object, { k: 1 })],
    ["top-level text", "plain"],
    ["an empty FindingList", { findings: FindingList.of([]) }],
    [
      "a FindingList of two batches and one",
      FindingList.of(
        Array.from({ length: 1001 }, (_, i) => ({
          code: "x.y",
          severity: "info" as const,
          message: `m${i}`,
          hint: "h",
        }))
      ),
    ],
  ])("%s: the pieces are jsonText's text", (_name, value) => {
    expect([...jsonPieces(value)].join("")).toBe(jsonText(value));
  });

  it("gives a checked workbook's document exactly, with its report's rag getter", () => {
    const report = analyse(
      workbook([{ name: "LAA", rows: [...header, ...rows(2600)] }]),
      withDefaults({ asAt: "2010-06-30" })
    );
    const doc = { files: [jsonCheckFile("a.xlsx", report)], report };
    const pieces = [...jsonPieces(doc)];
    expect(pieces.join("")).toBe(jsonText(doc));
    // 2,600 findings and more are not one string: no piece holds more than a batch of them.
    expect(report.findings.length).toBeGreaterThan(5000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(
      jsonText(report.findings).length / 4
    );
  });

  it("waits for a stream that asks it to, and stops when the stream is gone", async () => {
    class SlowStream extends EventEmitter {
      chunks: string[] = [];
      destroyed = false;
      write(text: string): boolean {
        this.chunks.push(text);
        // Full after every write: the writer must wait for "drain" before the next one.
        setImmediate(() => this.emit("drain"));
        return false;
      }
    }
    const value = { list: Array.from({ length: 20_000 }, (_, i) => ({ i, text: "x".repeat(20) })) };
    const slow = new SlowStream();
    await writeJson(slow, value);
    expect(slow.chunks.length).toBeGreaterThan(5);
    expect(slow.chunks.join("")).toBe(jsonText(value));
    expect(slow.listenerCount("drain") + slow.listenerCount("close")).toBe(0);

    const closing = new SlowStream();
    closing.write = (text: string): boolean => {
      closing.chunks.push(text);
      setImmediate(() => {
        closing.destroyed = true;
        closing.emit("close");
      });
      return false;
    };
    await writeJson(closing, value);
    expect(closing.chunks).toHaveLength(1);
  });
});
