/** The production build's origin: dist/manifest.xml must point at the site that serves dist/. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as ((
  env: Record<string, unknown>,
  argv: { mode: string }
) => { entry: Record<string, string>; plugins: unknown[] }) & {
  productionOrigin(env: Record<string, string | undefined>): string;
};

describe("webpack.config.js and LAA_PROD_ORIGIN", () => {
  const saved = process.env.LAA_PROD_ORIGIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.LAA_PROD_ORIGIN;
    else process.env.LAA_PROD_ORIGIN = saved;
  });

  it("stops a production build without LAA_PROD_ORIGIN with one sentence saying what to set", () => {
    delete process.env.LAA_PROD_ORIGIN;
    expect(() => config({}, { mode: "production" })).toThrow(
      /^LAA_PROD_ORIGIN is not set: .+ npm run build\.$/
    );
  });

  it.each([
    ["http://laa.example.gov.uk/", /must use https/],
    ["laa.example.gov.uk", /is not a URL/],
  ])("refuses %s", (origin, problem) => {
    expect(() => config.productionOrigin({ LAA_PROD_ORIGIN: origin })).toThrow(problem);
  });

  it("uses the origin given, with a trailing slash", () => {
    expect(config.productionOrigin({ LAA_PROD_ORIGIN: "https://laa.example.gov.uk" })).toBe(
      "https://laa.example.gov.uk/"
    );
  });

  it("builds the pages without a manifest, and without the origin, for the demo and the benchmark", () => {
    delete process.env.LAA_PROD_ORIGIN;
    const built = config({ noManifest: true }, { mode: "production" });
    expect(Object.keys(built.entry)).toEqual(["taskpane", "demo"]);
  });

  it("needs no origin for a development build", () => {
    delete process.env.LAA_PROD_ORIGIN;
    expect(() => config({}, { mode: "development" })).not.toThrow();
  });
});
