import { describe, expect, it } from 'vitest';
import { addMonths, describeProgress, describeSpan, parseYmd, windowProgress, type Ymd } from './dates';

const d = (s: string): Ymd => {
  const v = parseYmd(s);
  if (!v) throw new Error(`bad date ${s}`);
  return v;
};

describe('parseYmd', () => {
  it('accepts real calendar days only', () => {
    expect(parseYmd('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseYmd('2026-02-29')).toBeNull();
    expect(parseYmd('2026-13-01')).toBeNull();
    expect(parseYmd('')).toBeNull();
    expect(parseYmd('5/1/2026')).toBeNull();
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months like the backend does', () => {
    expect(addMonths(d('2026-08-31'), 6)).toEqual(d('2027-02-28'));
    expect(addMonths(d('2026-01-15'), 12)).toEqual(d('2027-01-15'));
    expect(addMonths(d('2026-11-30'), 3)).toEqual(d('2027-02-28'));
  });
});

describe('describeSpan', () => {
  it('counts whole calendar months, then days', () => {
    expect(describeSpan(d('2026-01-15'), d('2026-07-15'))).toBe('6 months');
    expect(describeSpan(d('2026-01-15'), d('2026-07-14'))).toBe('5 months and 29 days');
    expect(describeSpan(d('2026-01-01'), d('2026-02-02'))).toBe('1 month and 1 day');
    expect(describeSpan(d('2026-01-01'), d('2026-01-13'))).toBe('12 days');
  });
});

describe('windowProgress', () => {
  const start = d('2026-01-01');
  const end = d('2026-07-01');

  it('is upcoming before the start', () => {
    const p = windowProgress(start, end, d('2025-12-20'));
    expect(p).toEqual({ phase: 'upcoming', elapsed: 0, days: 12 });
    expect(describeProgress(p)).toBe('starts in 12 days');
  });

  it('counts days left while running', () => {
    const p = windowProgress(start, end, d('2026-06-21'));
    expect(p.phase).toBe('running');
    expect(p.days).toBe(10);
    expect(p.elapsed).toBeGreaterThan(0.9);
    expect(describeProgress(p)).toBe('10 days left');
    expect(describeProgress(windowProgress(start, end, end))).toBe('last day');
  });

  it('says how long ago it ended', () => {
    expect(describeProgress(windowProgress(start, end, d('2026-07-02')))).toBe('ended yesterday');
    expect(describeProgress(windowProgress(start, end, d('2026-07-11')))).toBe('ended 10 days ago');
  });
});
