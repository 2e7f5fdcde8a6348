#!/usr/bin/env node
// Draws favicon.ico (48×48, one PNG image in an ICO container) from the same
// design as icon.svg: a blue rounded square with a white tick. Browsers fetch
// /favicon.ico on their own, so index.html names no tab icon: a named one
// (<link rel="icon">) is fetched and decoded again by Chromium on every
// in-page navigation, that is on every question (an SVG icon cost about 8 ms
// per answer at 4x CPU slowdown, a PNG one about 5 ms; measured). Run it after
// changing icon.svg: node scripts/make-favicon.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZE = 48;
const SCALE = SIZE / 512; // icon.svg's viewBox is 512 wide
const BLUE = [0x0b, 0x5c, 0xad];
const TICK = [
  [144, 268],
  [216, 340],
  [368, 172],
].map(([x, y]) => [x * SCALE, y * SCALE]);
const HALF_STROKE = 24 * SCALE;
const RADIUS = 96 * SCALE;

/** Distance from (px, py) to the segment a–b. */
function toSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return Math.hypot(x - cx, y - cy) <= RADIUS;
}

// RGBA rows, each with PNG's filter byte 0 in front; 4×4 samples a pixel.
const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y += 1) {
  rows[y * (1 + SIZE * 4)] = 0;
  for (let x = 0; x < SIZE; x += 1) {
    let cover = 0;
    let white = 0;
    for (let sy = 0; sy < 4; sy += 1) {
      for (let sx = 0; sx < 4; sx += 1) {
        const px = x + (sx + 0.5) / 4;
        const py = y + (sy + 0.5) / 4;
        if (!insideRoundedSquare(px, py)) continue;
        cover += 1;
        if (Math.min(toSegment(px, py, TICK[0], TICK[1]), toSegment(px, py, TICK[1], TICK[2])) <= HALF_STROKE) white += 1;
      }
    }
    const at = y * (1 + SIZE * 4) + 1 + x * 4;
    const mix = cover ? white / cover : 0;
    for (let c = 0; c < 3; c += 1) rows[at + c] = Math.round(BLUE[c] * (1 - mix) + 255 * mix);
    rows[at + 3] = Math.round((cover / 16) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(rows, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
// ICONDIR (reserved, type 1 = icon, one image), then its ICONDIRENTRY
// (width, height, colours, reserved, planes, bits per pixel, size, offset).
const directory = Buffer.alloc(6 + 16);
directory.writeUInt16LE(1, 2);
directory.writeUInt16LE(1, 4);
directory[6] = SIZE;
directory[7] = SIZE;
directory.writeUInt16LE(1, 10);
directory.writeUInt16LE(32, 12);
directory.writeUInt32LE(png.length, 14);
directory.writeUInt32LE(directory.length, 18);
const ico = Buffer.concat([directory, png]);
writeFileSync(new URL("../favicon.ico", import.meta.url), ico);
console.log(`favicon.ico: ${ico.length} bytes`);
