// Draws the app icon and writes the committed PNGs (512×512 and 256×256) — no image tools needed:
// a rounded blue-to-teal tile with a rising white trajectory, a pilot climbing towards scale.
// Run: node build/icons/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

// Geometry on a 1024 grid, scaled to each size.
const TILE = { min: 64, max: 960, radius: 200 };
const LINE = [
  [240, 720],
  [420, 540],
  [560, 640],
  [784, 352],
];
const LINE_HALF_WIDTH = 36;
const DOT = { x: 784, y: 352, r: 80 };
const FROM = [0x29, 0x52, 0xcc];
const TO = [0x14, 0xa3, 0xa3];

function insideTile(x, y) {
  const { min, max, radius } = TILE;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onMark(x, y) {
  if ((x - DOT.x) ** 2 + (y - DOT.y) ** 2 <= DOT.r ** 2) return true;
  for (let i = 1; i < LINE.length; i += 1) {
    if (distanceToSegment(x, y, LINE[i - 1], LINE[i]) <= LINE_HALF_WIDTH) return true;
  }
  return false;
}

/** RGBA pixels, anti-aliased by 4×4 supersampling. */
function draw(size) {
  const samples = 4;
  const scale = 1024 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          if (insideTile(x, y)) {
            tile += 1;
            if (onMark(x, y)) mark += 1;
          }
        }
      }
      const n = samples * samples;
      const t = (px + py) / (2 * size);
      const white = tile === 0 ? 0 : mark / tile;
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) {
        const base = FROM[c] + (TO[c] - FROM[c]) * t;
        pixels[at + c] = Math.round(base + (255 - base) * white);
      }
      pixels[at + 3] = Math.round((255 * tile) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [512, 256]) {
  writeFileSync(join(here, `${size}x${size}.png`), png(size, draw(size)));
}
