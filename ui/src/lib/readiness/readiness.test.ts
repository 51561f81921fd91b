import { describe, expect, it } from 'vitest';
import type { Assessment, EvidenceItem, Feedback, Milestone, Skill, Stretch, Win } from '../api';
import { assessmentSeries, candidates, chartPoint, filterCandidates, shareText } from './readiness';

const win = (id: number, title: string) => ({ id, title, date: '2026-10-01' }) as Win;
const milestone = (id: number, title: string, status: Milestone['status']) =>
  ({ id, title, status, dueDate: '2026-12-01', completedDate: status === 'done' ? '2026-11-01' : null }) as Milestone;

describe('evidence candidates', () => {
  it('lists what can be linked, without what is linked already, dropped things, or line breaks', () => {
    const feedback = [{ id: 3, from: 'Dev', said: 'Great\n\ndemo', date: '2026-11-02' } as Feedback];
    const stretches = [{ id: 4, title: 'Incident lead', status: 'dropped', startDate: null, endDate: null } as Stretch];
    const linked = [{ kind: 'win', refId: 1 } as EvidenceItem];
    const list = candidates(
      {
        wins: [win(1, 'Shipped search'), win(2, 'Led the rewrite')],
        feedback,
        milestones: [milestone(5, 'Mentor Ana', 'planned'), milestone(6, 'Talk', 'done')],
        stretches,
      },
      linked,
    );
    expect(list.map((c) => `${c.kind}-${c.id}`)).toEqual(['win-2', 'feedback-3', 'milestone-5', 'milestone-6']);
    expect(list[1]?.title).toBe('Dev: Great demo');
    expect(list.find((c) => c.id === 5)?.counts).toBe(false);
    expect(list.find((c) => c.id === 6)?.counts).toBe(true);
    expect(filterCandidates(list, 'LED re')).toEqual([list[0]]);
    expect(filterCandidates(list, '  ')).toEqual(list);
  });

  it('says the share in words', () => {
    expect(shareText(3, 8, 38)).toBe('3 of 8 (38%)');
    expect(shareText(0, 0, 0)).toBe('No expectations at this level');
  });
});

describe('self-assessment chart', () => {
  it('makes one line per rated topic or skill, in order, each on its own scale', () => {
    const history: Assessment[] = [
      { id: 1, planId: 1, date: '2026-09-01', note: '', ratings: [{ topicId: null, skillId: 9, rating: 2 }] },
      {
        id: 2,
        planId: 1,
        date: '2026-10-01',
        note: '',
        ratings: [
          { topicId: 7, skillId: null, rating: 3 },
          { topicId: null, skillId: 9, rating: 4 },
        ],
      },
    ];
    const topics = [
      { id: 7, name: 'Impact', expectations: [] },
      { id: 8, name: 'Never rated', expectations: [] },
    ];
    const levels = [1, 2, 3, 4, 5, 6].map((position) => ({ id: position, position, name: `Level ${position}` }));
    const series = assessmentSeries(history, topics, levels, [{ id: 9, name: 'System design' } as Skill]);
    expect(series.map((s) => [s.label, s.max, s.points.map((p) => p.rating)])).toEqual([
      ['Impact', 6, [3]],
      ['System design', 5, [2, 4]],
    ]);
  });

  it('places points by day and by share of the top', () => {
    const box = { width: 200, height: 120, pad: 10 };
    const span = { first: '2026-01-01', last: '2026-01-11' };
    expect(chartPoint('2026-01-01', 1, 5, span, box)).toEqual({ x: 10, y: 110 });
    expect(chartPoint('2026-01-11', 5, 5, span, box)).toEqual({ x: 190, y: 10 });
    expect(chartPoint('2026-01-06', 3, 5, span, box)).toEqual({ x: 100, y: 60 });
    // One snapshot: in the middle.
    expect(chartPoint('2026-01-01', 1, 5, { first: '2026-01-01', last: '2026-01-01' }, box).x).toBe(100);
  });
});
