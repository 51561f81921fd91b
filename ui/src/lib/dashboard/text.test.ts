import { describe, expect, it } from 'vitest';
import { checkInText, whenText, windowText } from './text';

describe('dashboard words', () => {
  it('describe a check-in by how far it is from due', () => {
    const base = { state: 'overdue' as const, lastInteraction: '2026-10-01', nextDue: '2026-10-15' };
    expect(checkInText({ ...base, daysUntilDue: -12 })).toBe('Overdue by 12 days');
    expect(checkInText({ ...base, daysUntilDue: -1 })).toBe('Overdue by 1 day');
    expect(checkInText({ ...base, state: 'due_soon', daysUntilDue: 0 })).toBe('Due today');
    expect(checkInText({ ...base, state: 'due_soon', lastInteraction: null, daysUntilDue: 0 })).toBe('Not met yet: due now');
    expect(checkInText({ ...base, state: 'due_soon', daysUntilDue: 3 })).toBe('Due in 3 days');
    expect(checkInText({ state: 'not_tracked', lastInteraction: null, nextDue: null, daysUntilDue: null })).toBe('No regular check-in');
  });

  it('say when a meeting is, relative to today', () => {
    expect(whenText('2026-11-23', '2026-11-21')).toMatch(/\(in 2 days\)$/);
    expect(whenText('2026-11-22', '2026-11-21')).toMatch(/\(tomorrow\)$/);
    expect(whenText('2026-11-21', '2026-11-21')).toMatch(/\(today\)$/);
  });

  it('say where the window stands', () => {
    expect(windowText('running', 190)).toBe('190 days left');
    expect(windowText('running', 0)).toBe('last day');
    expect(windowText('upcoming', 1)).toBe('starts in 1 day');
    expect(windowText('ended', 4)).toBe('ended 4 days ago');
  });
});
