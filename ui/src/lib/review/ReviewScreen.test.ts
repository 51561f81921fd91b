import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CairnError, type MonthlyReview, type ReviewApi, type ReviewItems, type ReviewStatus, type Skill } from '../api';
import { fakeTrash } from '../trash.testing';
import ReviewScreen from './ReviewScreen.svelte';

const stamp = '2026-11-21T09:00:00Z';

function fakeReview() {
  let skill: Skill = {
    id: 1,
    planId: 1,
    name: 'System design',
    category: 'technical_depth',
    baselineLevel: 2,
    currentLevel: 2,
    targetLevel: 4,
    why: '',
    notes: '',
    position: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
  let review: MonthlyReview | null = null;
  const finished: MonthlyReview[] = [];
  const trash = fakeTrash();
  const items = (): ReviewItems => ({
    skills: [skill],
    milestones: [],
    people: [],
    stretches: [],
    balance: { experience: 1, people: 0, courses: 0, total: 1, experiencePercent: 100, peoplePercent: 0, coursesPercent: 0 },
  });
  const status = (): ReviewStatus => ({ dueOn: '2026-10-01', due: finished.length === 0, inProgress: review, finished: [...finished] });
  return {
    reviewStatus: vi.fn(async () => status()),
    reviewItems: vi.fn(async () => items()),
    startMonthlyReview: vi.fn(async () => {
      review ??= {
        id: 7,
        planId: 1,
        startedOn: '2026-11-21',
        completedOn: null,
        step: 0,
        summary: '',
        changes: [],
        assessmentId: null,
        createdAt: stamp,
        updatedAt: stamp,
      };
      return review;
    }),
    saveMonthlyReviewProgress: vi.fn(async (_id: number, step: number, summary: string) => (review = { ...review!, step, summary })),
    finishMonthlyReview: vi.fn(async (_id: number, summary: string) => {
      if (!summary.trim()) throw new CairnError('validation', 'Sum the month up in a sentence or two before finishing.', 'summary');
      const done = { ...review!, summary, completedOn: '2026-11-21', changes: ['System design: level 2 → 3'], assessmentId: 3 };
      finished.unshift(done);
      review = null;
      return done;
    }),
    deleteMonthlyReview: vi.fn(async () => trash.keep(() => undefined)),
    updateSkill: vi.fn(async (_id: number, input: { currentLevel: number }) => (skill = { ...skill, currentLevel: input.currentLevel })),
    updateMilestone: vi.fn(),
    logInteraction: vi.fn(),
    updateStretch: vi.fn(),
    undoDelete: trash.undoDelete,
  } satisfies ReviewApi;
}

describe('ReviewScreen', () => {
  it('walks the review step by step, raising a skill in place, and finishes with a summary', async () => {
    const user = userEvent.setup();
    const api = fakeReview();
    render(ReviewScreen, { planId: 1, api });
    expect(await screen.findByText('Due since Oct 1, 2026.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the monthly review' }));

    await user.click(await screen.findByRole('button', { name: 'Raise System design' }));
    await waitFor(() => expect(api.updateSkill).toHaveBeenCalledWith(1, expect.objectContaining({ currentLevel: 3 })));
    expect(await screen.findByText('now 3 · aiming for 4')).toBeInTheDocument();

    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(api.saveMonthlyReviewProgress).toHaveBeenLastCalledWith(7, 5, '');
    await user.click(screen.getByRole('button', { name: 'Finish the review' }));
    expect(await screen.findByText(/Sum the month up/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('How the month went'), 'Design moved up.');
    await user.click(screen.getByRole('button', { name: 'Finish the review' }));

    const done = await screen.findByRole('list', { name: 'Reviews done' });
    expect(within(done).getByText('Design moved up.')).toBeInTheDocument();
    expect(within(done).getByText('System design: level 2 → 3')).toBeInTheDocument();
    expect(within(done).getByRole('link', { name: 'Snapshot on Readiness' })).toHaveAttribute('href', '#/readiness/1');
  });

  it('resumes a review left on a later step', async () => {
    const api = fakeReview();
    await api.startMonthlyReview();
    await api.saveMonthlyReviewProgress(7, 4, 'Half written');
    render(ReviewScreen, { planId: 1, api });
    expect(await screen.findByRole('heading', { name: 'Learning balance' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Learning balance/ })).toHaveAttribute('aria-current', 'step');
  });
});
