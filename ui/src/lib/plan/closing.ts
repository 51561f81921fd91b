// How a plan ended, in words.
import type { Outcome } from '../api';

export const OUTCOMES: { value: Outcome; label: string; hint: string }[] = [
  { value: 'promoted', label: 'Promoted', hint: 'You reached the target level.' },
  { value: 'not_yet', label: 'Not yet', hint: 'The case is not made yet; carry on in a new plan.' },
  { value: 'changed_direction', label: 'Changed direction', hint: 'Another track or another goal now.' },
  { value: 'paused', label: 'Paused', hint: 'Life or work came first for now.' },
];

export function outcomeLabel(outcome: Outcome | null): string {
  return OUTCOMES.find((o) => o.value === outcome)?.label ?? '';
}
