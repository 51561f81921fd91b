// Cairn's keyboard shortcuts: one list for the help overlay and the key handler, so the overlay
// cannot promise a key that does nothing.
import { PLAN_SCREENS, type PlanScreen } from './router.svelte';

export const SCREEN_NAMES: Record<PlanScreen, string> = {
  dashboard: 'Dashboard',
  reflection: 'Reflection',
  plan: 'Plan',
  skills: 'Skills',
  stretch: 'Stretch',
  people: 'People',
  milestones: 'Milestones',
  wins: 'Wins',
  feedback: 'Feedback',
  meetings: 'One-on-ones',
  readiness: 'Readiness',
  review: 'Monthly review',
  mentoring: 'Mentoring',
  visibility: 'Visibility',
  selfreview: 'Self-review',
  harvest: 'Wins from git',
};

/** The digit of the screen at `index` in the sidebar: 1…9, then 0 for the tenth; none after. */
const digitOf = (index: number) => (index < 10 ? String((index + 1) % 10) : null);
/** The screens a digit reaches, in the sidebar's order. */
const DIGIT_SCREENS = PLAN_SCREENS.filter((_, i) => digitOf(i) !== null);

export const SHORTCUTS: { title: string; keys: { keys: string; does: string }[] }[] = [
  {
    title: 'Anywhere',
    keys: [
      { keys: 'Ctrl K', does: 'Search this plan and your people' },
      {
        keys: DIGIT_SCREENS.length > 9 ? 'Ctrl 1…9, 0' : `Ctrl 1…${DIGIT_SCREENS.length}`,
        does: `Go to a screen, in the sidebar's order: ${DIGIT_SCREENS.map((s, i) => `${digitOf(i)} ${SCREEN_NAMES[s]}`).join(', ')}`,
      },
      { keys: '?', does: 'Show these shortcuts' },
      { keys: 'Esc', does: 'Close the side panel, search or this list' },
    ],
  },
  {
    title: 'Search',
    keys: [
      { keys: '↑ ↓', does: 'Move through the results' },
      { keys: 'Enter', does: 'Open the result where you edit it' },
    ],
  },
  {
    title: 'People map',
    keys: [{ keys: '← → ↑ ↓', does: 'Move the selected person on the power/interest grid' }],
  },
  {
    title: 'Skills',
    keys: [{ keys: '← →', does: 'Change a level while its steps have the focus' }],
  },
  {
    title: 'Dates',
    keys: [{ keys: 'Alt ↓', does: 'Open the calendar of a date field' }],
  },
];

/** The screen Ctrl+digit goes to, if the key is one of ours. */
export function screenForKey(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'key'>): PlanScreen | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (!/^[0-9]$/.test(event.key)) return null;
  return PLAN_SCREENS.find((_, i) => digitOf(i) === event.key) ?? null;
}

/** `?` opens the help unless the person is typing. */
export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: EventTarget | null): boolean {
  if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const el = target as HTMLElement | null;
  return !(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}
