// webpack 5 + ts-loader (no Babel): the task pane, the ribbon commands page and the browser demo.
// `npm run build` = production bundle in dist/ with the manifest switched to the production origin.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000/";

/** The origin the production manifest points at (trailing slash kept, as in the dev manifest). */
function productionOrigin() {
  const origin = process.env.LAA_PROD_ORIGIN || "https://laa-monitor.example.org/";
  return origin.endsWith("/") ? origin : `${origin}/`;
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const origin = production ? productionOrigin() : DEV_ORIGIN;
  return {
    mode: production ? "production" : "development",
    // eval-based source maps would need 'unsafe-eval', which the pane's Content-Security-Policy forbids.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
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
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            // Both forms: URLs ("https://localhost:3000/x.html") and AppDomain ("https://localhost:3000").
            transform: (content) =>
              content.toString().split(DEV_ORIGIN.slice(0, -1)).join(origin.slice(0, -1)),
          },
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
