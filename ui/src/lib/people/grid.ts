// The power/interest grid's geometry and words, apart from markup so they are tested on their own.
import type { Quadrant } from '../bindings/Quadrant';
import type { Stakeholder } from '../bindings/Stakeholder';
import type { StakeholderInput } from '../bindings/StakeholderInput';

export const QUADRANTS: Record<Quadrant, string> = {
  manage_closely: 'Manage closely',
  keep_satisfied: 'Keep satisfied',
  keep_informed: 'Keep informed',
  monitor: 'Monitor',
};

/** Clamp to the 1–5 scale. */
export function clampLevel(n: number): number {
  return Math.min(5, Math.max(1, Math.round(n)));
}

/**
 * The cell under a point of the grid: x from the left edge (interest 1 → 5), y from the top edge
 * (influence 5 → 1), both as fractions of the grid's size.
 */
export function cellAt(x: number, y: number): { interest: number; influence: number } {
  return {
    interest: clampLevel(1 + Math.floor(Math.min(0.9999, Math.max(0, x)) * 5)),
    influence: clampLevel(5 - Math.floor(Math.min(0.9999, Math.max(0, y)) * 5)),
  };
}

/** Where a person's token sits, as percentages of the grid (cell centre, spread when shared). */
export function tokenPosition(interest: number, influence: number, index: number, count: number): { left: number; top: number } {
  const spread = count > 1 ? ((index - (count - 1) / 2) * 16) / Math.max(1, count - 1) : 0;
  return { left: (interest - 0.5) * 20 + spread * 0.6, top: (5 - influence + 0.5) * 20 + spread * 0.4 };
}

/** The input that moves a person to a new cell, keeping everything else. */
export function movedTo(s: Stakeholder, interest: number, influence: number): StakeholderInput {
  return {
    name: s.name,
    role: s.role,
    relationship: s.relationship,
    influence: clampLevel(influence),
    interest: clampLevel(interest),
    stance: s.stance,
    caresAbout: s.caresAbout,
    cadenceDays: s.cadenceDays,
  };
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .slice(0, 2)
    .join('');
}
