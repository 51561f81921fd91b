import { describe, expect, it } from 'vitest';
import { cellAt, clampLevel, initials, tokenPosition } from './grid';

describe('the power/interest grid', () => {
  it('maps a point to the cell under it, influence growing upwards', () => {
    expect(cellAt(0, 0)).toEqual({ interest: 1, influence: 5 });
    expect(cellAt(0.99, 0.99)).toEqual({ interest: 5, influence: 1 });
    expect(cellAt(0.5, 0.5)).toEqual({ interest: 3, influence: 3 });
    expect(cellAt(-3, 7)).toEqual({ interest: 1, influence: 1 });
  });

  it('places a lone token at its cell centre and spreads shared cells', () => {
    expect(tokenPosition(5, 5, 0, 1)).toEqual({ left: 90, top: 10 });
    const a = tokenPosition(3, 3, 0, 2);
    const b = tokenPosition(3, 3, 1, 2);
    expect(a.left).toBeLessThan(b.left);
  });

  it('keeps levels on the scale and names people by initials', () => {
    expect([clampLevel(0), clampLevel(6), clampLevel(3.4)]).toEqual([1, 5, 3]);
    expect(initials('Priya Raman')).toBe('PR');
    expect(initials('  zoë  ')).toBe('Z');
  });
});
