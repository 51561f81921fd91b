// Words for the dashboard's figures, kept apart from markup so they are tested on their own.
import type { CheckIn } from '../bindings/CheckIn';
import { formatDay, parseYmd, relativeDay } from '../dates';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Overdue by 12 days", "Due today", "Due in 3 days". */
export function checkInText(checkIn: CheckIn): string {
  const days = checkIn.daysUntilDue;
  if (days === null) return 'No regular check-in';
  if (days < 0) return `Overdue by ${plural(-days, 'day')}`;
  if (days === 0) return checkIn.lastInteraction ? 'Due today' : 'Not met yet: due now';
  return `Due in ${plural(days, 'day')}`;
}

/** "Nov 23, 2026 (in 2 days)", "today", "tomorrow". */
export function whenText(ymd: string, today: string): string {
  const day = parseYmd(ymd);
  const now = parseYmd(today);
  if (!day || !now) return ymd;
  return `${formatDay(day)} (${relativeDay(day, now)})`;
}

/** "190 days left", "starts in 12 days", "ended 4 days ago". */
export function windowText(phase: 'upcoming' | 'running' | 'ended', days: number): string {
  if (phase === 'upcoming') return `starts in ${plural(days, 'day')}`;
  if (phase === 'ended') return `ended ${plural(days, 'day')} ago`;
  return days === 0 ? 'last day' : `${plural(days, 'day')} left`;
}
