import { describe, expect, it } from 'vitest';
import { blankWin, parseFigure, toInput } from './form';

describe('win figures', () => {
  it('read what people type', () => {
    expect(parseFigure('')).toBeNull();
    expect(parseFigure(' 420 ')).toBe(420);
    expect(parseFigure('1,5')).toBe(1.5);
    expect(parseFigure('-3')).toBe(-3);
    expect(parseFigure('fast')).toBe('invalid');
  });

  it('name the field that is not a number', () => {
    expect(toInput({ ...blankWin(), baseline: 'lots' })).toEqual({ field: 'baseline' });
    expect(toInput({ ...blankWin(), result: '12x' })).toEqual({ field: 'result' });
    const ok = toInput({ ...blankWin(), baseline: '420', result: '252' });
    expect('input' in ok && [ok.input.baseline, ok.input.result]).toEqual([420, 252]);
  });
});
