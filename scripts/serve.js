#!/usr/bin/env node
/**
 * npm run serve:dist: serves the production build (dist/) over https on localhost, to try it before
 * copying it to the city's server. A plain static server, as the city's would be: files as they are,
 * their content types, nothing added but `X-Content-Type-Options: nosniff` and `Cache-Control:
 * no-cache` (the pages' Content-Security-Policy is in their own <meta>).
 *
 *   npm run serve:dist [-- --port 3443] [-- --dir DIR]
 *
 * The certificate: office-addin-dev-certs' (~/.office-addin-dev-certs/localhost.crt and .key) when
 * it is installed (`npx office-addin-dev-certs install`, which also makes this machine trust it, so
 * that Excel will load the pane); otherwise a self-signed one made now, in memory, without the
 * network (the browser warns about it and Excel will not load from it).
 */
"use strict";
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_PORT = 3443;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".map": "application/json",
};

/** office-addin-dev-certs' files, when installed. */
function devCertificatePaths(home = os.homedir()) {
  const dir = path.join(home, ".office-addin-dev-certs");
  return { cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
}

/**
 * { key, cert, source }: office-addin-dev-certs' certificate when its files are there, else a
 * self-signed one for localhost and 127.0.0.1, valid for a day, made with mkcert (the library
 * office-addin-dev-certs itself makes its certificates with; no network, nothing written).
 */
async function certificate({ home = os.homedir() } = {}) {
  const files = devCertificatePaths(home);
  if (fs.existsSync(files.cert) && fs.existsSync(files.key))
    return {
      key: fs.readFileSync(files.key),
      cert: fs.readFileSync(files.cert),
      source: "office-addin-dev-certs",
    };
  const devCerts = path.dirname(require.resolve("office-addin-dev-certs/package.json", { paths: [ROOT] }));
  const mkcert = require(require.resolve("mkcert", { paths: [devCerts] }));
  const ca = await mkcert.createCA({
    organization: "Toteuma serve:dist (self-signed)",
    countryCode: "FI",
    state: "Suomi",
    locality: "localhost",
    validity: 1,
  });
  const leaf = await mkcert.createCert({ ca, domains: ["localhost", "127.0.0.1"], validity: 1 });
  return { key: leaf.key, cert: `${leaf.cert}\n${ca.cert}`, source: "self-signed" };
}

/** The request handler: GET and HEAD of files under dir; "/" goes to taskpane.html. */
function handler(dir) {
  const root = path.resolve(dir);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      res.end("method not allowed");
      return;
    }
    const url = new URL(req.url, "https://localhost");
    if (url.pathname === "/") {
      res.writeHead(302, { location: "/taskpane.html" });
      res.end();
      return;
    }
    let file;
    try {
      file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    } catch {
      file = null;
    }
    if (!file || !file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "content-length": fs.statSync(file).size,
      "x-content-type-options": "nosniff",
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

/** Starts the server; resolves to { server, url, source } once it listens (port 0: any free port). */
async function startServer({ dir = path.join(ROOT, "dist"), port = DEFAULT_PORT, home } = {}) {
  const { key, cert, source } = await certificate({ home });
  const server = https.createServer({ key, cert }, handler(dir));
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", resolve);
  });
  return { server, url: `https://localhost:${server.address().port}/`, source };
}

/** Where dist/manifest.xml sends Office (its SourceLocation), or null. */
function manifestAddress(dir) {
  const file = path.join(dir, "manifest.xml");
  if (!fs.existsSync(file)) return null;
  const m = /<SourceLocation DefaultValue="([^"]*)taskpane\.html"/.exec(fs.readFileSync(file, "utf8"));
  return m ? m[1] : null;
}

async function main(argv) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const dir = path.resolve(arg("--dir", path.join(ROOT, "dist")));
  const port = Number(arg("--port", process.env.PORT || DEFAULT_PORT));
  if (!fs.existsSync(path.join(dir, "taskpane.html")) || !fs.existsSync(path.join(dir, "manifest.xml"))) {
    console.error(
      `Kansiossa ${dir} ei ole tuotantoversiota; tee se ensin: TOTEUMA_URL=https://… npm run build\n` +
        `${dir} holds no production build; make one first: TOTEUMA_URL=https://… npm run build`,
    );
    return 2;
  }
  let started;
  try {
    started = await startServer({ dir, port });
  } catch (e) {
    const reason = e && e.code === "EADDRINUSE" ? `port ${port} is in use` : String(e && e.message);
    console.error(
      `Palvelinta ei saatu käyntiin (${reason}); kokeile toista porttia: npm run serve:dist -- --port 3444\n` +
        `The server could not start (${reason}); try another port: npm run serve:dist -- --port 3444`,
    );
    return 1;
  }
  const { url, source } = started;
  console.log(`${path.relative(process.cwd(), dir) || "."}/ → ${url}taskpane.html`);
  console.log(
    source === "office-addin-dev-certs"
      ? "Varmenne: office-addin-dev-certs (~/.office-addin-dev-certs) / certificate: office-addin-dev-certs'"
      : "Varmenne: itse allekirjoitettu, tehty nyt; selain varoittaa, eikä Excel lataa siitä (npx office-addin-dev-certs install)\n" +
          "Certificate: self-signed, made now; the browser warns and Excel will not load from it (npx office-addin-dev-certs install)",
  );
  const address = manifestAddress(dir);
  if (address && address !== url)
    console.log(
      `manifest.xml osoittaa osoitteeseen ${address}; kokeillaksesi Excelissä tee versio tälle palvelimelle: TOTEUMA_URL=${url} npm run build\n` +
        `manifest.xml points at ${address}; to try it in Excel, build for this server: TOTEUMA_URL=${url} npm run build`,
    );
  console.log("Ctrl+C lopettaa / stops.");
  return null;
}

if (require.main === module)
  main(process.argv.slice(2)).then((code) => {
    if (code !== null) process.exitCode = code;
  });

module.exports = { certificate, devCertificatePaths, handler, startServer, DEFAULT_PORT };
