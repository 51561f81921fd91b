import { describe, expect, it } from 'vitest';
import { isHelpKey, SHORTCUTS, screenForKey } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('maps Ctrl+1…9 and 0 to the first ten sidebar screens in order', () => {
    expect(screenForKey(key('1', { ctrlKey: true }))).toBe('dashboard');
    expect(screenForKey(key('2', { ctrlKey: true }))).toBe('reflection');
    expect(screenForKey(key('7', { ctrlKey: true }))).toBe('milestones');
    expect(screenForKey(key('9', { metaKey: true }))).toBe('feedback');
    expect(screenForKey(key('0', { ctrlKey: true }))).toBe('meetings');
    expect(screenForKey(key('-', { ctrlKey: true }))).toBeNull();
    expect(screenForKey(key('3'))).toBeNull();
    expect(screenForKey(key('3', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('promises in the help only the keys that work', () => {
    const screens = SHORTCUTS[0]!.keys[1]!;
    expect(screens.keys).toBe('Ctrl 1…9, 0');
    expect(screens.does).toContain('2 Reflection');
    expect(screens.does).toContain('0 One-on-ones');
    expect(screens.does).not.toContain('Readiness');
  });

  it('opens the help on ? unless the person is typing', () => {
    const input = document.createElement('input');
    expect(isHelpKey(key('?'), document.body)).toBe(true);
    expect(isHelpKey(key('?'), input)).toBe(false);
    expect(isHelpKey(key('/'), document.body)).toBe(false);
  });
});
