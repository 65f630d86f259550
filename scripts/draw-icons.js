#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (assets/icon-16.png … icon-80.png, logo-filled.png)
 * with nothing but Node's zlib: a teal rounded square with a white bar chart whose last bar carries
 * a check mark. Each pixel is supersampled 8×8 for smooth edges. Run: node scripts/draw-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels (Uint8Array, size*size*4) → PNG bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const TEAL_TOP = [0x12, 0x8c, 0x7e];
const TEAL_BOTTOM = [0x0b, 0x6a, 0x5f];
const WHITE = [255, 255, 255];

/**
 * The design in unit coordinates (0..1): background tile; three bars rising left to right; a check
 * mark over the top right. Small sizes drop the check mark and use two thicker bars so the glyph
 * stays legible at 16 px.
 */
function sample(u, v, size) {
  const margin = size <= 16 ? 0.03 : 0.06;
  const radius = size <= 16 ? 0.16 : 0.2;
  if (!insideRoundedRect(u, v, margin, margin, 1 - margin, 1 - margin, radius)) return null;
  const t = (v - margin) / (1 - 2 * margin);
  const bg = TEAL_TOP.map((c, i) => Math.round(c + (TEAL_BOTTOM[i] - c) * t));
  const small = size <= 16;
  const bars = small
    ? [
        [0.2, 0.55, 0.38],
        [0.44, 0.38, 0.62],
      ]
    : [
        [0.2, 0.64, 0.33],
        [0.39, 0.54, 0.52],
        [0.58, 0.47, 0.71],
      ];
  const baseline = small ? 0.82 : 0.8;
  for (const [x0, top, x1] of bars) if (u >= x0 && u <= x1 && v >= top && v <= baseline) return WHITE;
  // Check mark: short stroke down, long stroke up.
  const w = small ? 0.09 : 0.075;
  const check = small
    ? [
        [0.6, 0.5],
        [0.7, 0.6],
        [0.86, 0.24],
      ]
    : [
        [0.55, 0.27],
        [0.64, 0.36],
        [0.83, 0.14],
      ];
  if (
    distanceToSegment(u, v, ...check[0], ...check[1]) <= w / 2 ||
    distanceToSegment(u, v, ...check[1], ...check[2]) <= w / 2
  )
    return WHITE;
  if (!small && u >= 0.16 && u <= 0.84 && v >= baseline && v <= baseline + 0.04) return WHITE;
  return bg;
}

function draw(size) {
  const ss = 8;
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      const i = (y * size + x) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  return encodePng(size, rgba);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), draw(size));
}
fs.copyFileSync(path.join(outDir, "icon-128.png"), path.join(outDir, "logo-filled.png"));
console.log(`Icons written to ${path.relative(process.cwd(), outDir) || "."}`);

module.exports = { encodePng, crc32 };
