import { describe, expect, it } from 'vitest';
import { followHash, navigate, parseHash, router, screenOf, toHash } from './router.svelte';

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
    expect(screenOf('mentoring_session')).toBe('mentoring');
    expect(screenOf('mentee_goal')).toBe('mentoring');
    expect(screenOf('visibility')).toBe('visibility');
    expect(screenOf('feedback_request')).toBe('feedback');
    expect(screenOf('feedback_given')).toBe('feedback');
  });
});

describe('following the hash', () => {
  it('keeps the route navigate set when its own hash change arrives, and follows links', async () => {
    const stop = followHash();
    try {
      navigate({ screen: 'dashboard', planId: 7 });
      const set = router.route;
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      expect(router.route).toBe(set);

      location.hash = '#/wins/7';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      expect(router.route).toEqual({ screen: 'wins', planId: 7 });
    } finally {
      stop();
    }
  });
});
