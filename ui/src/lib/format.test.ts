import { afterEach, describe, expect, it } from 'vitest';
import {
  firstDayOfWeek,
  formatDay,
  formatDayWithWeekday,
  formatMonthShort,
  formatNumber,
  formatRange,
  formatTime,
  setLocale,
  weekdayNames,
} from './format';

afterEach(() => setLocale(undefined));

describe('one way to say dates and numbers', () => {
  it('follows en-US: month first, Sunday first, 12-hour clock', () => {
    setLocale('en-US');
    expect(formatDay({ year: 2026, month: 1, day: 5 })).toBe('Jan 5, 2026');
    expect(formatRange({ year: 2026, month: 1, day: 5 }, { year: 2026, month: 10, day: 5 })).toBe('Jan 5 – Oct 5, 2026');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatTime(new Date(2026, 10, 16, 8, 0))).toBe('08:00 AM');
    expect(formatDayWithWeekday(new Date(2026, 10, 16))).toBe('Mon, Nov 16, 2026');
    expect(firstDayOfWeek()).toBe(7);
    expect(weekdayNames().map((d) => d.short)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  });

  it('follows de-DE: day first, Monday first, 24-hour clock, the decimal comma', () => {
    setLocale('de-DE');
    expect(formatDay({ year: 2026, month: 1, day: 5 })).toBe('5. Jan. 2026');
    expect(formatRange({ year: 2025, month: 12, day: 1 }, { year: 2026, month: 8, day: 31 })).toBe('1. Dez. 2025 – 31. Aug. 2026');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatTime(new Date(2026, 10, 16, 8, 0))).toBe('08:00');
    expect(formatMonthShort(2026, 3)).toBe('Mär');
    expect(firstDayOfWeek()).toBe(1);
    expect(weekdayNames()[0]).toEqual({ day: 1, short: 'Mo', long: 'Montag' });
  });
});
