#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80.png) without any image library: a rounded navy tile
// with three status bars (green, amber, red) and a tick, rendered at 4x and box-filtered down for smooth
// edges. Deterministic: the same script always writes the same bytes. Usage: npm run icons
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const SS = 4; // supersampling factor

const NAVY = [31, 78, 121];
const WHITE = [255, 255, 255];
const GREEN = [84, 178, 108];
const AMBER = [245, 190, 60];
const RED = [222, 90, 80];

/** Coverage-style shape tests in unit coordinates (0..1). */
function roundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of the icon at unit position (x, y), or null for transparent. */
function shade(x, y) {
  if (!roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return null;
  const bars = [
    { y0: 0.2, y1: 0.34, x1: 0.78, c: GREEN },
    { y0: 0.43, y1: 0.57, x1: 0.62, c: AMBER },
    { y0: 0.66, y1: 0.8, x1: 0.44, c: RED },
  ];
  // a white tick in the lower right, over the tile
  const tick =
    Math.min(
      segmentDistance(x, y, 0.56, 0.7, 0.66, 0.8),
      segmentDistance(x, y, 0.66, 0.8, 0.84, 0.56)
    ) < 0.045;
  if (tick) return WHITE;
  for (const b of bars) if (roundedRect(x, y, 0.16, b.y0, b.x1, b.y1, 0.05)) return b.c;
  return NAVY;
}

function render(size) {
  const n = size * SS;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px * SS + sx + 0.5) / n, (py * SS + sy + 0.5) / n);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      }
      const i = (py * size + px) * 4;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
