import { describe, expect, it } from 'vitest';
import type { HistoryWeek } from '../api';
import { trendSegments } from './trend';
import { linesOf, reflectionHref, weekFocusId, weekLabel, weekOfFocus } from './weeks';

const week = (key: string, confidence: number | null, energy: number | null = null): HistoryWeek => ({
  week: { week: key, number: Number(key.slice(-2)), monday: '2026-01-01', sunday: '2026-01-07' },
  reflection:
    confidence === null && energy === null
      ? null
      : {
          id: 1,
          planId: 1,
          week: { week: key, number: Number(key.slice(-2)), monday: '2026-01-01', sunday: '2026-01-07' },
          moved: '',
          learned: '',
          blocked: '',
          focus: '',
          confidence,
          energy,
          made: [],
          createdAt: '',
          updatedAt: '',
        },
});

describe('weeks in links', () => {
  it('carries a week as a number and back', () => {
    expect(weekFocusId('2026-W49')).toBe(202649);
    expect(weekFocusId('2027-W01')).toBe(202701);
    expect(weekFocusId('nonsense')).toBeNull();
    expect(weekOfFocus({ kind: 'week', id: 202701 })).toBe('2027-W01');
    expect(weekOfFocus({ kind: 'win', id: 202701 })).toBeNull();
    expect(reflectionHref(3, '2026-W53')).toBe('#/reflection/3/week-202653');
    expect(weekLabel('2026-W05')).toBe('week 5');
  });

  it('offers each written line without its list marker', () => {
    expect(linesOf('- Shipped the cache\n\n  * Paired with Ana \n• Fixed CI')).toEqual([
      'Shipped the cache',
      'Paired with Ana',
      'Fixed CI',
    ]);
    expect(linesOf('   ')).toEqual([]);
  });
});

describe('the trend', () => {
  const box = { width: 100, height: 50, pad: 10 };

  it('draws oldest on the left and breaks the line at a missed week', () => {
    // Newest first, as the history comes.
    const weeks = [week('2026-W04', 5), week('2026-W03', 3), week('2026-W02', null), week('2026-W01', 1)];
    const segments = trendSegments(weeks, 'confidence', box);
    expect(segments.map((s) => s.map((p) => p.week))).toEqual([['2026-W01'], ['2026-W03', '2026-W04']]);
    const first = segments[0]![0]!;
    expect([first.x, first.y]).toEqual([10, 40]); // 1 of 5 sits on the axis
    const last = segments[1]![1]!;
    expect([last.x, last.y]).toEqual([90, 10]); // 5 of 5 at the top
  });

  it('leaves out a week that rated only the other measure', () => {
    const segments = trendSegments([week('2026-W02', null, 4), week('2026-W01', 2, 2)], 'confidence', box);
    expect(segments.map((s) => s.length)).toEqual([1]);
  });
});
