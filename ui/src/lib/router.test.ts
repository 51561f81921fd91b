import { describe, expect, it } from 'vitest';
import { parseHash, screenOf, toHash } from './router.svelte';

describe('routes', () => {
  it('round-trip through the hash', () => {
    expect(parseHash(toHash({ screen: 'dashboard', planId: 12 }))).toEqual({ screen: 'dashboard', planId: 12 });
    expect(parseHash(toHash({ screen: 'wins', planId: 3 }))).toEqual({ screen: 'wins', planId: 3 });
    expect(parseHash(toHash({ screen: 'plans' }))).toEqual({ screen: 'plans' });
    const focused = { screen: 'skills', planId: 3, focus: { kind: 'learning_action', id: 12 } } as const;
    expect(toHash(focused)).toBe('#/skills/3/learning_action-12');
    expect(parseHash(toHash(focused))).toEqual(focused);
  });

  it('fall back to the plans screen for anything unknown', () => {
    expect(parseHash('')).toEqual({ screen: 'plans' });
    expect(parseHash('#/dashboard/abc')).toEqual({ screen: 'plans' });
    expect(parseHash('#/nowhere')).toEqual({ screen: 'plans' });
    expect(parseHash('#/secrets/4')).toEqual({ screen: 'plans' });
    expect(parseHash('#/skills/4/<script>-1')).toEqual({ screen: 'plans' });
  });
});

describe('screenOf', () => {
  it('opens each kind of search hit where it is edited', () => {
    expect(screenOf('learning_action')).toBe('skills');
    expect(screenOf('milestone')).toBe('milestones');
    expect(screenOf('interaction')).toBe('people');
    expect(screenOf('action_item')).toBe('meetings');
    expect(screenOf('plan')).toBe('plan');
  });
});
