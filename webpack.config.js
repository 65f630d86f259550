/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html).
 *
 *   webpack --mode production --env url=https://intra.example.fi/toteuma/ [--env out=DIR]
 *                                                 the production build for the city's server (npm run
 *                                                 build, scripts/build.js): pages load office.js from
 *                                                 Microsoft's CDN (store rule) under a
 *                                                 Content-Security-Policy; dist/manifest.xml is
 *                                                 manifest.xml with every URL moved to the address
 *                                                 (TOTEUMA_URL works too; without one it refuses);
 *                                                 scripts carry a content hash in their names
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
 *
 * Every build but `webpack serve` puts the same Content-Security-Policy in the pages (with the local
 * office.js in place of the CDN's), so the browser tests run the pane under the policy it ships with;
 * the dev server's live-reload client would need more. package.json's version reaches the pane as
 * process.env.TOTEUMA_VERSION (its footer) and the manifest's <Version>.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const {
  CDN_OFFICE_JS,
  Refusal,
  contentSecurityPolicy,
  hostingAddress,
  officeVersion,
  packageVersion,
  productionManifest,
} = require("./scripts/manifest");

const LOCAL_OFFICE_DIR = "office-js";
const OFFICE_DIST = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const PORT = 3000;

/** The hosting address, or the refusal's two sentences and exit 2 (webpack-cli would add a stack trace). */
function addressOrExit(raw) {
  try {
    return hostingAddress(raw);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`${e.fi}\n${e.en}`);
    process.exit(2);
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const simulator = Boolean(env.simulator);
  const local = Boolean(env.local) || serving || simulator;
  const officeJs = local ? `${LOCAL_OFFICE_DIR}/office.js` : CDN_OFFICE_JS;
  // The production build for a server: it needs the address it will be hosted at (a Refusal, one
  // sentence in Finnish and English, without it; scripts/build.js says it before webpack starts).
  const production = !dev && !local;
  const address = production ? addressOrExit(env.url || process.env.TOTEUMA_URL) : null;
  const version = packageVersion();
  const csp = serving ? null : contentSecurityPolicy({ officeJs: local ? "local" : "cdn" });

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  if (simulator) entry.simulator = "./test/simulator/browser-entry.ts";

  const copy = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (production)
    copy.push({
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (xml) =>
        productionManifest(xml.toString("utf8"), { base: address.base, version: officeVersion(version) }),
    });
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
      path: env.out ? path.resolve(env.out) : path.resolve(__dirname, "dist"),
      // A server may cache the production scripts for good: a new build gives them new names.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
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
        templateParameters: { officeJs, csp },
        inject: "body",
      }),
      ...(simulator
        ? [
            new HtmlWebpackPlugin({
              filename: "taskpane-plain.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["taskpane"],
              scriptLoading: "defer",
              templateParameters: { officeJs, csp },
              inject: "body",
            }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs, csp },
        inject: "body",
      }),
      new CopyWebpackPlugin({ patterns: copy }),
      new DefinePlugin({ "process.env.TOTEUMA_VERSION": JSON.stringify(version) }),
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
