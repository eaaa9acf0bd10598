import { jsonText, writeJson } from "../../src/cli/format/json";

describe("--json output", () => {
  it("is one compact document on one line", () => {
    const out: string[] = [];
    writeJson({ write: (s) => out.push(s) }, { files: [{ a: 1, b: ["x"] }] });
    expect(out).toEqual(['{"files":[{"a":1,"b":["x"]}]}\n']);
    expect(jsonText({ a: undefined, b: 2 })).toBe('{"b":2}\n');
  });

  it("writes nothing to a stream its reader has closed (`| head`)", () => {
    const out: string[] = [];
    writeJson({ write: (s) => out.push(s), destroyed: true }, { a: 1 });
    expect(out).toEqual([]);
  });
});
