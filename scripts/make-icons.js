// Draws the add-in's ribbon and manifest icons as PNGs (no image tools needed): `node scripts/make-icons.js`.
// A UN-blue rounded square holding register lines; the validate icon adds a check mark.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BLUE = [0, 114, 188];
const WHITE = [255, 255, 255];
const GREEN = [16, 124, 16];

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1); each returns the colour at a point or null.
function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function paint(x, y, withCheck) {
  if (withCheck) {
    const d = Math.min(
      distanceToSegment(x, y, 0.5, 0.78, 0.64, 0.92),
      distanceToSegment(x, y, 0.64, 0.92, 0.95, 0.58),
    );
    if (d < 0.1) return d < 0.065 ? WHITE : GREEN;
    if (Math.hypot(x - 0.73, y - 0.75) < 0.26) return GREEN;
  }
  if (!insideRoundedSquare(x, y, 0.18)) return null;
  const lines = [0.3, 0.5, 0.7];
  for (const ly of lines) {
    if (Math.abs(y - ly) < 0.055 && x > 0.22 && x < (withCheck && ly > 0.6 ? 0.45 : 0.78)) return WHITE;
  }
  return BLUE;
}

function drawIcon(size, withCheck) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint(
            (x + (sx + 0.5) / samples) / size,
            (y + (sy + 0.5) / samples) / size,
            withCheck,
          );
          if (colour) {
            acc[0] += colour[0];
            acc[1] += colour[1];
            acc[2] += colour[2];
            acc[3] += 1;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (acc[3] > 0) {
        rgba[i] = Math.round(acc[0] / acc[3]);
        rgba[i + 1] = Math.round(acc[1] / acc[3]);
        rgba[i + 2] = Math.round(acc[2] / acc[3]);
      }
      rgba[i + 3] = Math.round((255 * acc[3]) / (samples * samples));
    }
  }
  return encodePng(size, rgba);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), drawIcon(size, false));
}
for (const size of [16, 32, 80]) {
  fs.writeFileSync(path.join(out, `validate-${size}.png`), drawIcon(size, true));
}
console.log(`icons written to ${out}`);
