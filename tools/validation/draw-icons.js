'use strict';
// Draws the app's icons: three connected nodes (a network), white on Kuntaliitto-like blue for the colour icon and
// white on transparent for the outline icon. Usage: node draw-icons.js <manifest dir>
const fs = require('fs');
const path = require('path');
const png = require('./lib/png');

const BLUE = [0x1b, 0x4f, 0x9c];

// The figure in unit coordinates (0..1): node centres and radii, and the edges between them.
const NODES = [{ x: 0.5, y: 0.27, r: 0.13 }, { x: 0.25, y: 0.71, r: 0.13 }, { x: 0.75, y: 0.71, r: 0.13 }];
const EDGES = [[0, 1], [1, 2], [2, 0]];

function distanceToSegment(px, py, a, b) {
  const dx = b.x - a.x, dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/** True where the figure covers the unit-space point; lineWidth is in unit space. */
function covered(x, y, lineWidth, nodeScale) {
  if (NODES.some(n => Math.hypot(x - n.x, y - n.y) <= n.r * nodeScale)) return true;
  return EDGES.some(([i, j]) => distanceToSegment(x, y, NODES[i], NODES[j]) <= lineWidth / 2);
}

/** Fraction of a pixel the figure covers, by 4×4 supersampling (anti-aliased edges). */
function coverage(px, py, size, lineWidth, nodeScale) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (covered((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size, lineWidth, nodeScale)) hits++;
    }
  }
  return hits / 16;
}

function draw(size, lineWidth, nodeScale, paint) {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rgba.set(paint(coverage(x, y, size, lineWidth, nodeScale)), (y * size + x) * 4);
  }
  return png.encode(size, size, rgba);
}

const mix = (from, to, t) => from.map((c, i) => Math.round(c + (to[i] - c) * t));

const colour = draw(192, 0.045, 1, c => [...mix(BLUE, [255, 255, 255], c), 255]);
// The outline icon is white only; anti-aliasing goes into the alpha channel.
const outline = draw(32, 0.09, 1.15, c => [255, 255, 255, Math.round(c * 255)]);

const dir = process.argv[2] || path.join(__dirname, '..', '..', 'manifest');
fs.writeFileSync(path.join(dir, 'color.png'), colour);
fs.writeFileSync(path.join(dir, 'outline.png'), outline);
console.log(`icons written to ${dir}`);
