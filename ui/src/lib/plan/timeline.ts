// Geometry of the plan timeline: dates to x positions across the plan window, month ticks, and rows
// for labels so that neighbouring milestone names do not print over each other. Pure and tested.
import { addMonths, compareYmd, daysBetween, parseYmd, type Ymd } from '../dates';
import { formatMonthShort } from '../format';

export interface Scale {
  start: Ymd;
  end: Ymd;
  width: number;
}

/** x of a day; days outside the window clamp to its edges. */
export function xOf(scale: Scale, day: Ymd): number {
  const total = Math.max(1, daysBetween(scale.start, scale.end));
  const d = Math.max(0, Math.min(total, daysBetween(scale.start, day)));
  return Math.round((d / total) * scale.width * 10) / 10;
}

export function inWindow(scale: Scale, day: Ymd): boolean {
  return compareYmd(day, scale.start) >= 0 && compareYmd(day, scale.end) <= 0;
}

export interface Tick {
  x: number;
  label: string;
  /** The year, on January and on the first tick. */
  year: number | null;
}

/** A tick on the first of every month inside the window (and at the start, if it is mid-month). */
export function monthTicks(scale: Scale): Tick[] {
  const ticks: Tick[] = [];
  let day: Ymd = { ...scale.start, day: 1 };
  if (scale.start.day !== 1) day = addMonths(day, 1);
  ticks.push({ x: 0, label: formatMonthShort(scale.start.year, scale.start.month), year: scale.start.year });
  for (let i = 0; i < 24 && compareYmd(day, scale.end) <= 0; i++, day = addMonths(day, 1)) {
    if (i === 0 && scale.start.day === 1) continue;
    ticks.push({ x: xOf(scale, day), label: formatMonthShort(day.year, day.month), year: day.month === 1 ? day.year : null });
  }
  return ticks;
}

export interface Span {
  x: number;
  width: number;
  /** The bar runs on past the window's edge on that side. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * A bar from `from` to `to` (ISO dates, either may be missing: an assignment without a start runs from
 * the window's start, one without an end to its end). Null when it lies wholly outside the window.
 */
export function spanOf(scale: Scale, from: string | null, to: string | null): Span | null {
  const a = (from && parseYmd(from)) || scale.start;
  const b = (to && parseYmd(to)) || scale.end;
  if (compareYmd(b, scale.start) < 0 || compareYmd(a, scale.end) > 0 || compareYmd(b, a) < 0) return null;
  const x = xOf(scale, a);
  return {
    x,
    width: Math.max(4, xOf(scale, b) - x),
    clippedStart: compareYmd(a, scale.start) < 0,
    clippedEnd: compareYmd(b, scale.end) > 0,
  };
}

/**
 * Assigns each label (at x, about `width` wide) to the first of `rows` rows where it does not overlap
 * the one before it; labels that fit nowhere get -1 and show on hover and in the list instead.
 */
export function labelRows(items: { x: number; width: number }[], rows: number, gap = 8): number[] {
  const ends = Array.from({ length: rows }, () => -Infinity);
  const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.x - b.x);
  const result = new Array<number>(items.length).fill(-1);
  for (const item of order) {
    const row = ends.findIndex((end) => end + gap <= item.x);
    if (row >= 0) {
      result[item.i] = row;
      ends[row] = item.x + item.width;
    }
  }
  return result;
}

/** Rough width of a label in the timeline's 11px UI font: enough to keep labels apart. */
export function labelWidth(text: string): number {
  return [...text].length * 6.2;
}
