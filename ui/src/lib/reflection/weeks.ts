// Weeks as the core names them (`2026-W49`) and as links carry them: a route's focus holds a number,
// so week 49 of 2026 travels as 202649. No calendar rules here: which weeks exist, and which one
// is current, come from the core's history.
import type { Focus } from '../router.svelte';

/** `2026-W49` → 202649 (the focus id of a link to that week), or null for anything else. */
export function weekFocusId(week: string): number | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  return m ? Number(m[1]) * 100 + Number(m[2]) : null;
}

/** The week a link's focus names, if it names one. */
export function weekOfFocus(focus: Focus | null | undefined): string | null {
  if (focus?.kind !== 'week' || !Number.isInteger(focus.id) || focus.id < 100000) return null;
  return `${Math.floor(focus.id / 100)}-W${String(focus.id % 100).padStart(2, '0')}`;
}

/** The link from an item to the reflection it was made from. */
export function reflectionHref(planId: number, week: string): string {
  const id = weekFocusId(week);
  return id === null ? `#/reflection/${planId}` : `#/reflection/${planId}/week-${id}`;
}

/** "week 49" from `2026-W49`. */
export function weekLabel(week: string): string {
  const m = /-W(\d{2})$/.exec(week);
  return m ? `week ${Number(m[1])}` : week;
}

/** The non-empty lines of a text, without list markers: what a line can be made into. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((l) => l.length > 0);
}
