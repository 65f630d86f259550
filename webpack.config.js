/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html).
 *
 *   webpack --mode production                     pages load office.js from Microsoft's CDN (store rule)
 *   webpack --mode development --env local        office.js copied from @microsoft/office-js into dist/
 *   webpack --mode development --env local --env simulator
 *                                                 browser tests: taskpane.html runs on the Excel host
 *                                                 simulator (test/simulator/browser-entry.ts) with the
 *                                                 fixture workbooks in dist/fixtures/
 *   webpack serve --mode development              https://localhost:3000 with office-addin-dev-certs,
 *                                                 for sideloading into Excel
 *
 * In a simulator build taskpane.html loads no office.js: the simulator stands in for both Office and
 * Excel (Office.onReady, Office.context.displayLanguage from ?lang=, Excel.run), and office.js outside
 * Office would report no host and the browser's language instead.
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
  const local = Boolean(env.local) || serving;
  const simulator = Boolean(env.simulator);
  const officeJs = local ? `${LOCAL_OFFICE_DIR}/office.js` : CDN_OFFICE_JS;

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  if (simulator) entry.simulator = "./test/simulator/browser-entry.ts";

  const copy = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (local) {
    // office.js loads the host's script (excel-*.js), the app-to-file table and its strings from its
    // own folder at run time; nothing else of @microsoft/office-js is needed for Excel.
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
        // The simulator must have installed window.Excel / Office before the pane starts.
        chunks: simulator ? ["simulator", "taskpane"] : ["taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        templateParameters: { officeJs: simulator ? null : officeJs },
        inject: "body",
      }),
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
