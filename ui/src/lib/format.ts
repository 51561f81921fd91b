// The one way the UI says dates, times and numbers: the system's locale (what the webview reports),
// the same on every screen. Tests pass a locale explicitly; the app uses the default.
import type { Ymd } from './dates';

let locale: string | undefined = undefined;

/** Sets the locale for the whole UI (`undefined`: the system's). For tests and a future setting. */
export function setLocale(next: string | undefined): void {
  locale = next;
  cache.clear();
}

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const local = ({ year, month, day }: Ymd): Date => new Date(year, month - 1, day);

/** "Jan 5, 2026" (en-US), "5. Jan. 2026" (de-DE). */
export function formatDay(date: Ymd): string {
  return dateFormat({ month: 'short', day: 'numeric', year: 'numeric' }).format(local(date));
}

/** "Jan 5 – Oct 5, 2026", or with both years when the range spans a new year. */
export function formatRange(start: Ymd, end: Ymd): string {
  if (start.year === end.year) return `${dateFormat({ month: 'short', day: 'numeric' }).format(local(start))} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** A month's short name: "Jan", "Jan." … as the locale says it. */
export function formatMonthShort(year: number, month: number): string {
  return dateFormat({ month: 'short' }).format(new Date(year, month - 1, 1));
}

/** "January 2026" / "Januar 2026", for the date picker's heading. */
export function formatMonthYear(year: number, month: number): string {
  return dateFormat({ month: 'long', year: 'numeric' }).format(new Date(year, month - 1, 1));
}

/** "Monday, January 5, 2026", a day's full name for assistive technology. */
export function formatDayLong(date: Ymd): string {
  return dateFormat({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(local(date));
}

/** "Mon, Nov 16, 2026" / "Mo., 16. Nov. 2026". */
export function formatDayWithWeekday(at: Date): string {
  return dateFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** "09:30" / "9:30 AM", as the locale tells the time. */
export function formatTime(at: Date): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "1,234" / "1.234". */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

interface WeekInfo {
  firstDay: number;
}

/** The first day of the week, 1 = Monday … 7 = Sunday, from the locale's region. */
export function firstDayOfWeek(): number {
  try {
    const loc = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info?.firstDay) return info.firstDay;
    // Engines without week data: the regions that start on Sunday, else Monday (ISO).
    const region = loc.maximize().region ?? '';
    return ['US', 'CA', 'JP', 'BR', 'IL', 'MX', 'PH', 'KR', 'TW', 'HK', 'IN', 'ZA', 'AU'].includes(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/** The week's days in the locale's order, short ("Mo", "Tu" … or "Su", "Mo" …): [1..7 weekday, name]. */
export function weekdayNames(): { day: number; short: string; long: string }[] {
  const first = firstDayOfWeek();
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = ((first - 1 + i) % 7) + 1;
    const date = new Date(2024, 0, day);
    return {
      day,
      short: dateFormat({ weekday: 'short' }).format(date),
      long: dateFormat({ weekday: 'long' }).format(date),
    };
  });
}
