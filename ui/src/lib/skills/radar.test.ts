import { describe, expect, it } from 'vitest';
import { labelAnchor, polygon, shortLabel, spokePoint, wrapLabel } from './radar';

describe('radar geometry', () => {
  it('puts the first spoke at twelve o’clock and goes clockwise', () => {
    expect(spokePoint(0, 4, 5, 100)).toEqual({ x: 0, y: -100 });
    expect(spokePoint(1, 4, 5, 100)).toEqual({ x: 100, y: 0 });
    expect(spokePoint(2, 4, 5, 100)).toEqual({ x: 0, y: 100 });
  });

  it('scales by level and clamps outside the scale', () => {
    expect(spokePoint(1, 4, 2, 100)).toEqual({ x: 40, y: 0 });
    expect(spokePoint(1, 4, 9, 100)).toEqual({ x: 100, y: 0 });
    expect(spokePoint(1, 4, -1, 100)).toEqual({ x: 0, y: 0 });
  });

  it('draws a polygon through every spoke', () => {
    expect(polygon([5, 5, 5, 5], 10)).toBe('0,-10 10,0 0,10 -10,0');
  });

  it('anchors labels away from the centre', () => {
    expect(labelAnchor(0, 4)).toBe('middle');
    expect(labelAnchor(1, 4)).toBe('start');
    expect(labelAnchor(3, 4)).toBe('end');
  });

  it('shortens long names by characters, not bytes', () => {
    expect(shortLabel('Observability')).toBe('Observability');
    expect(shortLabel('Système de conception distribué à grande échelle', 12)).toBe('Système de…');
    expect(shortLabel('分散システム設計と運用の改善', 6)).toBe('分散システ…');
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces into at most two lines and elides the rest', () => {
    expect(wrapLabel('Mentoring')).toEqual(['Mentoring']);
    expect(wrapLabel('Owning outcomes end to end')).toEqual(['Owning outcomes', 'end to end']);
    expect(wrapLabel('Explaining trade-offs to people outside engineering')).toEqual(['Explaining', 'trade-offs to…']);
    expect(wrapLabel('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragilis…']);
  });
});
