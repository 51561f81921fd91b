// Geometry of the skill radar: one spoke per skill, clockwise from twelve o'clock, levels 0..5
// from the centre out. Pure, so the tests can check where things land without drawing.

export const MAX_LEVEL = 5;

export interface Point {
  x: number;
  y: number;
}

/** Where level `level` of spoke `index` (of `count`) lies on a radar of radius `radius` around 0,0. */
export function spokePoint(index: number, count: number, level: number, radius: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (radius * Math.max(0, Math.min(level, MAX_LEVEL))) / MAX_LEVEL;
  // Rounded so the SVG text is stable (and -0 does not appear).
  const round = (v: number) => Math.round(v * 100) / 100 + 0;
  return { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
}

/** The `points` attribute of a polygon through the given levels, one per spoke. */
export function polygon(levels: number[], radius: number): string {
  return levels
    .map((level, i) => {
      const p = spokePoint(i, levels.length, level, radius);
      return `${p.x},${p.y}`;
    })
    .join(' ');
}

/** How a spoke's label is anchored so it grows away from the chart, not into it. */
export function labelAnchor(index: number, count: number): 'start' | 'middle' | 'end' {
  const { x } = spokePoint(index, count, MAX_LEVEL, 1);
  if (Math.abs(x) < 0.2) return 'middle';
  return x > 0 ? 'start' : 'end';
}

/** A label short enough for the chart; the full name stays in the tooltip and the text version. */
export function shortLabel(name: string, max = 22): string {
  const chars = [...name];
  return chars.length <= max
    ? name
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A label in at most `lines` lines of about `width` characters, broken at spaces; the rest elided. */
export function wrapLabel(name: string, width = 16, lines = 2): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines) {
    let line = words[i++] ?? '';
    while (i < words.length && [...`${line} ${words[i]}`].length <= width) line += ` ${words[i++]}`;
    out.push(line);
  }
  if (i < words.length && out.length > 0) out[out.length - 1] += '…';
  return out.map((l) => shortLabel(l, width + 2));
}
