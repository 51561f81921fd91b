// Words for the plan enums, used by every screen that shows them.
import type { PlanStatus } from '../bindings/PlanStatus';
import type { Track } from '../bindings/Track';

export const TRACKS: { value: Track; label: string; hint: string }[] = [
  { value: 'ic', label: 'Individual contributor', hint: 'Grow depth and reach as an engineer' },
  { value: 'manager', label: 'Engineering manager', hint: 'Grow a team and its people' },
  { value: 'hybrid', label: 'Tech lead (hybrid)', hint: 'Lead the technical work and some people' },
];

export const STATUSES: { value: PlanStatus; label: string }[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'active', label: 'Active' },
  { value: 'completed', label: 'Completed' },
  { value: 'archived', label: 'Archived' },
];

export function trackLabel(track: Track): string {
  return TRACKS.find((t) => t.value === track)?.label ?? track;
}

export function statusLabel(status: PlanStatus): string {
  return STATUSES.find((s) => s.value === status)?.label ?? status;
}
