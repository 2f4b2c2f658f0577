#!/usr/bin/env node
// Draws the two Teams app icons (no network, no image library): color.png
// 192×192, a gold star on the Party's red; outline.png 32×32, a white star on
// a transparent background (Teams requires white and transparent only).
//
//   node manifest/make-icons.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG from a pixel function (x, y) → [r, g, b, a]. */
function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none)
    for (let x = 0; x < size; x += 1) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The five-pointed star centred in a square of `size`, as a polygon. */
function star(size, scale) {
  const points = [];
  const c = size / 2;
  for (let i = 0; i < 10; i += 1) {
    const r = (i % 2 === 0 ? 0.5 : 0.2) * size * scale;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([c + r * Math.cos(angle), c + r * Math.sin(angle) + size * 0.03]);
  }
  return points;
}

function inside(polygon, x, y) {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Coverage of pixel (x, y) by the polygon, 4×4 supersampled for smooth edges. */
function coverage(polygon, x, y) {
  let n = 0;
  for (let i = 0; i < 4; i += 1)
    for (let j = 0; j < 4; j += 1) if (inside(polygon, x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n += 1;
  return n / 16;
}

const RED = [0xb7, 0x1c, 0x1c];
const GOLD = [0xff, 0xd5, 0x4f];

function colorIcon() {
  const size = 192;
  const shape = star(size, 0.82);
  return png(size, (x, y) => {
    const a = coverage(shape, x, y);
    return [...RED.map((v, i) => Math.round(v * (1 - a) + GOLD[i] * a)), 255];
  });
}

function outlineIcon() {
  const size = 32;
  const shape = star(size, 0.9);
  return png(size, (x, y) => [255, 255, 255, Math.round(255 * coverage(shape, x, y))]);
}

fs.writeFileSync(path.join(__dirname, 'color.png'), colorIcon());
fs.writeFileSync(path.join(__dirname, 'outline.png'), outlineIcon());
console.log('wrote manifest/color.png (192×192) and manifest/outline.png (32×32)');
