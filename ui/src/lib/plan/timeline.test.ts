import { describe, expect, it } from 'vitest';
import { labelRows, monthTicks, spanOf, xOf, type Scale } from './timeline';

const scale: Scale = { start: { year: 2026, month: 11, day: 1 }, end: { year: 2027, month: 5, day: 1 }, width: 1000 };

describe('timeline geometry', () => {
  it('maps the window onto the width and clamps outside it', () => {
    expect(xOf(scale, scale.start)).toBe(0);
    expect(xOf(scale, scale.end)).toBe(1000);
    expect(xOf(scale, { year: 2026, month: 1, day: 1 })).toBe(0);
    expect(xOf(scale, { year: 2030, month: 1, day: 1 })).toBe(1000);
    // 1 Feb 2027 is 92 of 181 days in.
    expect(xOf(scale, { year: 2027, month: 2, day: 1 })).toBeCloseTo((92 / 181) * 1000, 0);
  });

  it('puts a tick on every first of the month, with the year on the first and on January', () => {
    const ticks = monthTicks(scale);
    expect(ticks.map((t) => t.label)).toEqual(['Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May']);
    expect(ticks.map((t) => t.year)).toEqual([2026, null, 2027, null, null, null, null]);
  });

  it('starts with the window when it begins mid-month', () => {
    const ticks = monthTicks({ ...scale, start: { year: 2026, month: 11, day: 15 } });
    expect(ticks[0]).toEqual({ x: 0, label: 'Nov', year: 2026 });
    expect(ticks[1]?.label).toBe('Dec');
  });

  it('draws bars for open-ended and clipped spans, and none outside the window', () => {
    expect(spanOf(scale, null, null)).toEqual({ x: 0, width: 1000, clippedStart: false, clippedEnd: false });
    expect(spanOf(scale, '2026-10-01', '2026-12-01')?.clippedStart).toBe(true);
    expect(spanOf(scale, '2027-04-01', '2027-09-01')?.clippedEnd).toBe(true);
    expect(spanOf(scale, '2025-01-01', '2025-02-01')).toBeNull();
    expect(spanOf(scale, '2027-03-01', '2027-02-01')).toBeNull();
  });

  it('stacks labels that would overlap and gives up after the last row', () => {
    const rows = labelRows(
      [
        { x: 0, width: 100 },
        { x: 50, width: 100 },
        { x: 60, width: 100 },
        { x: 200, width: 50 },
      ],
      2,
    );
    expect(rows).toEqual([0, 1, -1, 0]);
  });
});
