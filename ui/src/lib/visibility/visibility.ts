// Visibility records as the form edits them, and the chart's bars.
import type { AudienceCounts, SpreadMonth, Visibility, VisibilityInput } from '../api';
import { formatYmd, todayYmd } from '../dates';
import { formatMonthShort } from '../format';

export interface VisibilityDraft extends Omit<VisibilityInput, 'audienceSize'> {
  /** As typed: empty for "not sure". */
  audienceSize: string;
}

export function blankVisibility(today = todayYmd()): VisibilityDraft {
  return { kind: 'talk', title: '', date: formatYmd(today), audience: 'team', audienceSize: '', link: '', outcome: '', skillIds: [] };
}

export function draftOf(v: Visibility): VisibilityDraft {
  return {
    kind: v.kind,
    title: v.title,
    date: v.date,
    audience: v.audience,
    audienceSize: v.audienceSize === null ? '' : String(v.audienceSize),
    link: v.link,
    outcome: v.outcome,
    skillIds: [...v.skillIds],
  };
}

/** The input to send; a size that is not a whole number is sent as one the core refuses (0). */
export function toInput(d: VisibilityDraft): VisibilityInput {
  const size = d.audienceSize.trim();
  const n = Number(size);
  return { ...d, audienceSize: size === '' ? null : Number.isInteger(n) && n > 0 ? n : 0 };
}

export const AUDIENCE_ORDER = ['team', 'org', 'company', 'external'] as const satisfies readonly (keyof AudienceCounts)[];

export interface Bar {
  month: string;
  /** Stacked from the bottom: each audience's count with where its segment starts. */
  parts: { audience: (typeof AUDIENCE_ORDER)[number]; count: number; from: number }[];
  total: number;
}

/** Each month's stacked bar, bottom up from the person's own team outwards. */
export function bars(months: SpreadMonth[]): Bar[] {
  return months.map((m) => {
    let from = 0;
    const parts = AUDIENCE_ORDER.map((audience) => {
      const count = m.counts[audience];
      const part = { audience, count, from };
      from += count;
      return part;
    });
    return { month: m.month, parts, total: from };
  });
}

/** "Nov" for `2026-11`, in the person's language. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return formatMonthShort(y ?? 1970, m ?? 1);
}
