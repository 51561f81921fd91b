import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FirstScreen, Start } from './api';

const start = vi.fn();
vi.mock('./api', () => ({ api: { start: () => start() } }));
const { askEarly, holdFirstScreen, takeFirstScreen, takeStart } = await import('./boot');

const first = { plan: { id: 3 }, summary: {} } as unknown as FirstScreen;
const answer = { info: {}, plans: [], first } as unknown as Start;

describe('boot', () => {
  beforeEach(() => start.mockReset().mockResolvedValue(answer));

  it('asks once before mounting, and asks anew after the early answer was taken', async () => {
    askEarly();
    expect(await takeStart()).toBe(answer);
    expect(start).toHaveBeenCalledTimes(1);
    await takeStart();
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('gives the held dashboard once, and only to its own plan', () => {
    holdFirstScreen(first);
    expect(takeFirstScreen(4)).toBeNull();
    holdFirstScreen(first);
    expect(takeFirstScreen(3)).toBe(first);
    expect(takeFirstScreen(3)).toBeNull();
  });

  it('keeps a failed early question for whoever takes it', async () => {
    start.mockRejectedValueOnce(new Error('no store'));
    askEarly();
    await expect(takeStart()).rejects.toThrow('no store');
  });
});
