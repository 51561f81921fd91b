// The confidence/energy trend: one point per written week on a 1–5 scale, oldest on the left.
// A missed week leaves a gap in the line rather than joining across it.
import type { HistoryWeek } from '../api';

export interface TrendPoint {
  week: string;
  number: number;
  x: number;
  y: number;
  value: number;
}

export interface Box {
  width: number;
  height: number;
  pad: number;
}

/** Runs of consecutive weeks that have a value, as points in `box`. */
export function trendSegments(weeks: HistoryWeek[], pick: 'confidence' | 'energy', box: Box): TrendPoint[][] {
  const ordered = [...weeks].reverse(); // the history is newest first
  const step = ordered.length > 1 ? (box.width - 2 * box.pad) / (ordered.length - 1) : 0;
  const segments: TrendPoint[][] = [];
  let run: TrendPoint[] = [];
  ordered.forEach((w, i) => {
    const value = w.reflection?.[pick] ?? null;
    if (value === null) {
      if (run.length > 0) segments.push(run);
      run = [];
      return;
    }
    const x = box.pad + (ordered.length > 1 ? i * step : (box.width - 2 * box.pad) / 2);
    const y = box.height - box.pad - ((value - 1) / 4) * (box.height - 2 * box.pad);
    run.push({ week: w.week.week, number: w.week.number, x, y, value });
  });
  if (run.length > 0) segments.push(run);
  return segments;
}
