// The review cycle's words: kinds as a person names them, and how far a date is.
import type { CycleKind } from '../api';

export const CYCLE_KINDS: { value: CycleKind; label: string }[] = [
  { value: 'self_review', label: 'Self-review due' },
  { value: 'peer_feedback', label: 'Peer feedback due' },
  { value: 'manager_review', label: 'Manager review' },
  { value: 'calibration', label: 'Calibration' },
  { value: 'decision', label: 'Promotion decision' },
  { value: 'other', label: 'Another date' },
];

/** "today", "tomorrow", "in 12 days", "3 days ago". */
export function countdownText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 1 ? `in ${days} days` : `${-days} days ago`;
}
