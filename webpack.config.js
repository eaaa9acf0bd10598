// webpack 5 + ts-loader (no Babel): the task pane and the browser demo.
// `npm run build` = production bundle in dist/ with the manifest switched to the production origin, which
// LAA_PROD_ORIGIN must give. `--env noManifest` builds the pages alone (the demo and the benchmark).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const { helpPages, RULES } = require("./scripts/build-help");

const DEV_ORIGIN = "https://localhost:3000/";

/** An error whose stack is its sentence: webpack-cli prints the stack, and a user needs only the sentence. */
function plainError(message) {
  const err = new Error(message);
  err.stack = `${message}`;
  return err;
}

/**
 * The origin the production manifest points at (trailing slash kept, as in the dev manifest). Without
 * LAA_PROD_ORIGIN there is no right answer: a manifest pointing anywhere else would install an add-in
 * that loads nothing, so the build stops and says what to set.
 */
function productionOrigin(env = process.env) {
  const origin = (env.LAA_PROD_ORIGIN || "").trim();
  if (!origin) {
    throw plainError(
      "LAA_PROD_ORIGIN is not set: a production build writes dist/manifest.xml for the site that will serve dist/. " +
        "Set it to that site's https origin, e.g. LAA_PROD_ORIGIN=https://laa.example.gov.uk/ npm run build."
    );
  }
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw plainError(
      `LAA_PROD_ORIGIN is not a URL ("${origin}"): set it to an https origin such as https://laa.example.gov.uk/.`
    );
  }
  if (url.protocol !== "https:")
    throw plainError(
      `LAA_PROD_ORIGIN must use https (Office loads add-ins only over https), found "${origin}".`
    );
  return origin.endsWith("/") ? origin : `${origin}/`;
}

/**
 * Emits the rule pages (docs/rules/*.md as HTML) under help/, so they ship with the add-in and open
 * offline and inside Excel; watched, so the dev server rebuilds them when a page changes.
 */
class HelpPagesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "HelpPagesPlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          compilation.contextDependencies.add(RULES);
          for (const [name, html] of Object.entries(helpPages()))
            compilation.emitAsset(`help/${name}`, new compiler.webpack.sources.RawSource(html));
        }
      );
    });
  }
}

const config = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const withManifest = !env.noManifest;
  const origin = production && withManifest ? productionOrigin() : DEV_ORIGIN;
  return {
    mode: production ? "production" : "development",
    // eval-based source maps would need 'unsafe-eval', which the pane's Content-Security-Policy forbids.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      demo: "./src/demo/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      // ExcelJS's browser build is a self-contained, already minified bundle: nothing to resolve in it.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs each file transpiled.
          options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") },
        },
        {
          // The engine is pure, so webpack may drop re-exports nobody uses: the board planner then
          // stays out of the first-paint bundle and lives only in its dynamic-import chunk.
          test: /[\\/]src[\\/]engine[\\/]/,
          sideEffects: false,
        },
      ],
    },
    optimization: {
      // ExcelJS ships already minified: minifying its ~1 MB again took most of a two-minute build.
      minimizer: [new TerserPlugin({ exclude: /exceljs/ })],
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Named so the bench can tell the demo-only spreadsheet library from the pane's own code.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", priority: 20 },
        },
      },
    },
    // The demo carries ExcelJS (~1 MB); the pane's own size is reported by the bench instead.
    performance: { hints: false },
    plugins: [
      new HelpPagesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "demo.html",
        template: "./src/demo/demo.html",
        chunks: ["demo"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/demo/demo.html",
        chunks: ["demo"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          // The manifest's SupportUrl and GetStarted LearnMoreUrl.
          { from: "src/help/help.html", to: "help.html" },
          ...(withManifest
            ? [
                {
                  from: "manifest.xml",
                  to: "manifest.xml",
                  noErrorOnMissing: true,
                  // Both forms: URLs ("https://localhost:3000/x.html") and AppDomain ("https://localhost:3000").
                  transform: (content) =>
                    content.toString().split(DEV_ORIGIN.slice(0, -1)).join(origin.slice(0, -1)),
                },
              ]
            : []),
          {
            from: "examples/sample-partnership.xlsx",
            to: "sample-partnership.xlsx",
            noErrorOnMissing: true,
          },
        ],
      }),
    ],
  };
};

module.exports = config;
module.exports.productionOrigin = productionOrigin;
