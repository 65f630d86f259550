/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html).
 *
 *   webpack --mode production                     pages load office.js from Microsoft's CDN (store rule)
 *   webpack --mode development --env local        office.js copied from @microsoft/office-js into dist/
 *   webpack --mode development --env local --env simulator
 *                                                 browser tests: taskpane.html loads the local office.js,
 *                                                 then the Excel host simulator
 *                                                 (test/simulator/browser-entry.ts) with the fixture
 *                                                 workbooks in dist/fixtures/, then the pane; and
 *                                                 taskpane-plain.html is the pane as a plain browser
 *                                                 gets it (local office.js, no simulator)
 *   webpack serve --mode development              https://localhost:3000 with office-addin-dev-certs,
 *                                                 for sideloading into Excel
 *
 * office.js loaded outside Office resolves Office.onReady with host null and defines no Excel; in a
 * simulator build the simulator supplies `Excel` (Excel.run over a workbook file) and nothing else,
 * and the pane speaks the browser's language (src/excel/env.ts). --env simulator implies --env local.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_DIR = "office-js";
const OFFICE_DIST = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const PORT = 3000;

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const simulator = Boolean(env.simulator);
  const local = Boolean(env.local) || serving || simulator;
  const officeJs = local ? `${LOCAL_OFFICE_DIR}/office.js` : CDN_OFFICE_JS;

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  if (simulator) entry.simulator = "./test/simulator/browser-entry.ts";

  const copy = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (local) {
    // office.js loads the host's script (excel-*.js), the app-to-file table and its strings from its
    // own folder at run time; nothing else of @microsoft/office-js is needed for Excel. Outside Office
    // it loads only o15apptofilemappingtable.js.
    const officeFiles = [
      "office.js",
      "o15apptofilemappingtable.js",
      "es6-promise.js",
      "excel-*.js",
      "excelwebapp-*.js",
      "*/office_strings.js",
      "telemetry/oteljs*.js",
      "ariatelemetry/*.js",
    ];
    for (const pattern of officeFiles)
      copy.push({
        from: pattern,
        context: OFFICE_DIST,
        to: `${LOCAL_OFFICE_DIR}/[path][name][ext]`,
        globOptions: { ignore: ["**/*.debug.js"] },
        info: { minimized: true },
        noErrorOnMissing: pattern.includes("*"),
      });
  }
  if (simulator) copy.push({ from: "test/fixtures/workbooks/*.xlsx", to: "fixtures/[name][ext]" });

  const https = serving ? await require("office-addin-dev-certs").getHttpsServerOptions() : null;

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // office.js (in the head) first, then the simulator's Excel, then the pane (deferred, in order).
        chunks: simulator ? ["simulator", "taskpane"] : ["taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        templateParameters: { officeJs },
        inject: "body",
      }),
      ...(simulator
        ? [
            new HtmlWebpackPlugin({
              filename: "taskpane-plain.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["taskpane"],
              scriptLoading: "defer",
              templateParameters: { officeJs },
              inject: "body",
            }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs },
        inject: "body",
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      server: https ? { type: "https", options: https } : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
