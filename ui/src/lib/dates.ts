// Calendar helpers for plan windows. Dates travel as ISO 'YYYY-MM-DD' strings and are handled as
// local calendar days (never through UTC midnight, which shifts a day in some time zones).

export interface Ymd {
  year: number;
  month: number; // 1..12
  day: number;
}

export function parseYmd(text: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatYmd({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** `date` plus `months` calendar months; the day clamps to the month's end (Aug 31 + 6 = Feb 28). */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function toDayNumber({ year, month, day }: Ymd): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function daysBetween(from: Ymd, to: Ymd): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return daysBetween(b, a);
}

/** Whole calendar months from `start` to `end`, then the remaining days. */
export function spanOf(start: Ymd, end: Ymd): { months: number; days: number } {
  let months = 0;
  while (months < 1200 && compareYmd(addMonths(start, months + 1), end) <= 0) months += 1;
  return { months, days: daysBetween(addMonths(start, months), end) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "9 months", "6 months and 3 days", "12 days". */
export function describeSpan(start: Ymd, end: Ymd): string {
  const { months, days } = spanOf(start, end);
  if (months === 0) return plural(days, 'day');
  if (days === 0) return plural(months, 'month');
  return `${plural(months, 'month')} and ${plural(days, 'day')}`;
}

export function todayYmd(now: Date = new Date()): Ymd {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

// Days and ranges are said by the one formatter (format.ts), in the system's locale.
import { formatDay, formatRange } from './format';
export { formatDay, formatRange };

/** Where today stands in a plan window. */
export interface WindowProgress {
  phase: 'upcoming' | 'running' | 'ended';
  /** Share of the window elapsed, 0..1. */
  elapsed: number;
  /** Days until start (upcoming), until end (running), or since end (ended). */
  days: number;
}

export function windowProgress(start: Ymd, end: Ymd, today: Ymd): WindowProgress {
  const total = Math.max(1, daysBetween(start, end));
  if (compareYmd(today, start) < 0) return { phase: 'upcoming', elapsed: 0, days: daysBetween(today, start) };
  if (compareYmd(today, end) > 0) return { phase: 'ended', elapsed: 1, days: daysBetween(end, today) };
  return { phase: 'running', elapsed: daysBetween(start, today) / total, days: daysBetween(today, end) };
}

/** "134 days left", "starts in 12 days", "ended 3 days ago", "last day". */
export function describeProgress(p: WindowProgress): string {
  switch (p.phase) {
    case 'upcoming':
      return p.days === 1 ? 'starts tomorrow' : `starts in ${p.days} days`;
    case 'ended':
      return p.days === 1 ? 'ended yesterday' : `ended ${p.days} days ago`;
    case 'running':
      return p.days === 0 ? 'last day' : p.days === 1 ? '1 day left' : `${p.days} days left`;
  }
}

/** A due date relative to today, in words: "today", "in 3 days", "5 days ago". */
export function relativeDay(date: Ymd, today: Ymd): string {
  const d = daysBetween(today, date);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${plural(d, 'day')}` : `${plural(-d, 'day')} ago`;
}

/** A stored ISO date for people ("12 Mar 2027"), or the text itself if it is not one. */
export function showDay(ymd: string): string {
  const d = parseYmd(ymd);
  return d ? formatDay(d) : ymd;
}
