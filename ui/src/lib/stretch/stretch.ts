// Stretch assignment values as the screen groups them and the form edits them.
import type { Stretch, StretchInput, StretchStatus } from '../api';
import { STRETCH_STATUSES } from '../labels';

export function inputOf(s: Stretch): StretchInput {
  return {
    title: s.title,
    description: s.description,
    sponsorId: s.sponsorId,
    startDate: s.startDate ?? '',
    endDate: s.endDate ?? '',
    status: s.status,
    risks: s.risks,
    outcome: s.outcome,
    skillIds: [...s.skillIds],
  };
}

export function blankStretch(): StretchInput {
  return {
    title: '',
    description: '',
    sponsorId: null,
    startDate: '',
    endDate: '',
    status: 'proposed',
    risks: '',
    outcome: '',
    skillIds: [],
  };
}

/** Assignments by status, in the order of STRETCH_STATUSES (what is under way first); empty groups left out. */
export function groupStretches(stretches: Stretch[]): { status: StretchStatus; items: Stretch[] }[] {
  return STRETCH_STATUSES.map((s) => ({
    status: s.value,
    items: stretches
      .filter((x) => x.status === s.value)
      .sort((a, b) => (a.startDate ?? '9').localeCompare(b.startDate ?? '9') || a.id - b.id),
  })).filter((g) => g.items.length > 0);
}

/** The one step forward a card offers: proposed → agreed → in progress → done. */
export function nextStep(status: StretchStatus): { to: StretchStatus; label: string } | null {
  switch (status) {
    case 'proposed':
      return { to: 'agreed', label: 'Agreed' };
    case 'agreed':
      return { to: 'in_progress', label: 'Start' };
    case 'in_progress':
      return { to: 'done', label: 'Mark done' };
    default:
      return null;
  }
}
