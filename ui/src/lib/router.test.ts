import { describe, expect, it } from 'vitest';
import { parseHash, toHash } from './router.svelte';

describe('routes', () => {
  it('round-trip through the hash', () => {
    expect(parseHash(toHash({ screen: 'dashboard', planId: 12 }))).toEqual({ screen: 'dashboard', planId: 12 });
    expect(parseHash(toHash({ screen: 'wins', planId: 3 }))).toEqual({ screen: 'wins', planId: 3 });
    expect(parseHash(toHash({ screen: 'plans' }))).toEqual({ screen: 'plans' });
  });

  it('fall back to the plans screen for anything unknown', () => {
    expect(parseHash('')).toEqual({ screen: 'plans' });
    expect(parseHash('#/dashboard/abc')).toEqual({ screen: 'plans' });
    expect(parseHash('#/nowhere')).toEqual({ screen: 'plans' });
    expect(parseHash('#/secrets/4')).toEqual({ screen: 'plans' });
  });
});
