// The app's emblem — a gold scale of justice under a star, in a ring, on the app's blue — drawn from a few
// geometric shapes with 4×4 supersampling for smooth edges. Coordinates are in a unit square (0..1).

const BLUE = [30, 58, 138]; // #1e3a8a, the theme colour
const GOLD = [250, 204, 21]; // #facc15

const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) <= r;
};
const lowerHalfDisc = (cx, cy, r) => (x, y) => y >= cy && Math.hypot(x - cx, y - cy) <= r;
const ring = (cx, cy, radius, width) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - radius) <= width / 2;
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const qy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && Math.hypot(qx, qy) <= r;
};

function star(cx, cy, outer, inner) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? outer : inner;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function pan(cx) {
  return [capsule(cx, 0.36, cx - 0.075, 0.53, 0.006), capsule(cx, 0.36, cx + 0.075, 0.53, 0.006), lowerHalfDisc(cx, 0.53, 0.085)];
}

const EMBLEM = [
  ring(0.5, 0.5, 0.37, 0.018),
  star(0.5, 0.255, 0.055, 0.022),
  capsule(0.5, 0.31, 0.5, 0.7, 0.018),
  capsule(0.29, 0.36, 0.71, 0.36, 0.014),
  ...pan(0.29),
  ...pan(0.71),
  roundedRect(0.42, 0.665, 0.58, 0.705, 0.01),
  roundedRect(0.37, 0.695, 0.63, 0.74, 0.015),
];

/**
 * @param {number} size pixels per side
 * @param {"maskable" | "any"} purpose maskable: full-bleed blue, the emblem inside the central 80% safe zone
 *   (launchers crop to a circle or squircle); any: a rounded blue square on transparency, the emblem larger.
 * @returns {Uint8Array} RGBA pixels
 */
export function drawEmblem(size, purpose) {
  const scale = purpose === "any" ? 1.12 : 1;
  const background = purpose === "any" ? roundedRect(0, 0, 1, 1, 0.22) : () => true;
  const pixels = new Uint8Array(size * size * 4);
  const SAMPLES = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!background(x, y)) continue;
          const u = 0.5 + (x - 0.5) / scale;
          const v = 0.5 + (y - 0.5) / scale;
          const [cr, cg, cb] = EMBLEM.some((shape) => shape(u, v)) ? GOLD : BLUE;
          r += cr;
          g += cg;
          b += cb;
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      // Colour averaged over the covered samples (straight alpha), coverage as alpha.
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}
