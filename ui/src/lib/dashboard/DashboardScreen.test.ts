import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardSummary } from '../api';
import { fakePlan } from '../plans/fakeApi';
import DashboardScreen from './DashboardScreen.svelte';

const stamp = '2026-11-21T09:00:00Z';

function summary(overrides: Partial<DashboardSummary> = {}): DashboardSummary {
  return {
    planId: 1,
    today: '2026-11-21',
    phase: 'running',
    days: 190,
    windowDays: 273,
    milestonesDone: 2,
    milestonesTotal: 6,
    skillGapClosedPercent: 25,
    overdueMilestones: [
      {
        id: 3,
        planId: 1,
        title: 'Lead 1 incident review to its root cause',
        dueDate: '2026-11-15',
        status: 'in_progress',
        completedDate: null,
        skillId: null,
        stretchId: null,
        evidence: '',
        overdue: true,
        smartHints: [],
        fromWeek: null,
        cycleDateId: null,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    dueThisWeek: [],
    checkInsDue: [
      {
        id: 2,
        name: 'Marcus Feld',
        role: 'Director of engineering',
        relationship: 'skip_level',
        influence: 5,
        interest: 2,
        stance: 'neutral',
        caresAbout: '',
        cadenceDays: 45,
        quadrant: 'keep_satisfied',
        checkIn: { state: 'overdue', lastInteraction: '2026-09-22', nextDue: '2026-11-06', daysUntilDue: -15 },
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    winsThisQuarter: 3,
    recentWins: [
      {
        id: 1,
        planId: 1,
        date: '2026-10-12',
        title: 'Cut search p95 latency',
        situation: '',
        myPart: '',
        whatHappened: '',
        metric: 'p95',
        baseline: 420,
        result: 252,
        unit: 'ms',
        impactNote: '',
        witnesses: '',
        skillIds: [],
        impactSummary: 'p95 search latency: 420 → 252 ms (−40%)',
        fromWeek: null,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    balance: { experience: 7, people: 2, courses: 1, total: 10, experiencePercent: 70, peoplePercent: 20, coursesPercent: 10 },
    nextOneOnOne: { id: 9, date: '2026-11-23', withName: 'Priya Raman' },
    focus: null,
    thisWeek: '2026-W47',
    reflectionDue: true,
    reviewCycle: [],
    reviewDueOn: '2026-12-21',
    reviewDue: false,
    reviewInProgress: false,
    mentoring: { mentees: 2, sessionsThisQuarter: 5, goalsMet: 1, goalsTotal: 4, overdue: 1 },
    requestsDue: [],
    ...overrides,
  };
}

function fake(s: DashboardSummary) {
  return { dashboard: vi.fn(async () => s), getPlan: vi.fn(async () => fakePlan()) };
}

describe('DashboardScreen', () => {
  it('shows what needs attention this week, in words and not only colour', async () => {
    render(DashboardScreen, { planId: 1, api: fake(summary()) });
    expect(await screen.findByRole('heading', { name: 'Road to Senior' })).toBeInTheDocument();
    expect(screen.getByText('190 days left')).toBeInTheDocument();

    const week = screen.getByRole('article', { name: 'This week' });
    expect(within(week).getByText('Overdue')).toBeInTheDocument();
    expect(within(week).getByText('Lead 1 incident review to its root cause')).toBeInTheDocument();

    const checkIns = screen.getByRole('article', { name: 'Check-ins' });
    expect(within(checkIns).getByText('Overdue by 15 days')).toBeInTheDocument();

    const next = screen.getByRole('article', { name: 'Next one-on-one' });
    expect(within(next).getByText('Priya Raman')).toBeInTheDocument();
    expect(within(next).getByText(/\(in 2 days\)/)).toBeInTheDocument();

    expect(screen.getByText('p95 search latency: 420 → 252 ms (−40%)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Milestones done' })).toHaveAttribute('aria-valuenow', '33');
    expect(screen.getByRole('img', { name: /Experience 70% \(7\), People 20% \(2\), Courses 10% \(1\)/ })).toBeInTheDocument();
  });

  it('says plainly when there is nothing to do', async () => {
    const empty = summary({
      overdueMilestones: [],
      checkInsDue: [],
      recentWins: [],
      nextOneOnOne: null,
      skillGapClosedPercent: null,
      balance: { experience: 0, people: 0, courses: 0, total: 0, experiencePercent: 0, peoplePercent: 0, coursesPercent: 0 },
    });
    render(DashboardScreen, { planId: 1, api: fake(empty) });
    expect(await screen.findByText('Nothing is overdue or due this week.')).toBeInTheDocument();
    expect(screen.getByText('Everyone you track is up to date.')).toBeInTheDocument();
    expect(screen.getByText('None planned.')).toBeInTheDocument();
    expect(screen.getAllByText('No learning actions yet.').length).toBeGreaterThan(0);
  });

  it('shows the focus of the latest reflection, and asks for this week only until it is written', async () => {
    const focus = { text: 'Write the ranking RFC', setIn: { week: '2026-W46', number: 46, monday: '2026-11-09', sunday: '2026-11-15' } };
    const { unmount } = render(DashboardScreen, { planId: 1, api: fake(summary({ focus, reflectionDue: true })) });
    expect(await screen.findByText('Write the ranking RFC')).toBeInTheDocument();
    expect(screen.getByText('set in week 46')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reflect on this week' })).toHaveAttribute('href', '#/reflection/1');
    unmount();

    render(DashboardScreen, { planId: 1, api: fake(summary({ focus: null, reflectionDue: false })) });
    expect(await screen.findByText(/No focus yet/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Reflect on this week' })).toBeNull();
    expect(screen.getByRole('link', { name: "This week's reflection is written" })).toBeInTheDocument();
  });

  it('counts down to the review dates ahead', async () => {
    const date = (id: number, name: string, d: string, daysUntil: number) => ({
      id,
      planId: 1,
      kind: 'self_review' as const,
      name,
      date: d,
      daysUntil,
      createdAt: stamp,
      updatedAt: stamp,
    });
    render(DashboardScreen, {
      planId: 1,
      api: fake(summary({ reviewCycle: [date(1, 'Self-review due', '2026-12-03', 12), date(2, 'Calibration', '2027-01-20', 60)] })),
    });
    const tile = await screen.findByRole('article', { name: 'Review cycle' });
    expect(within(tile).getByText('Self-review due')).toBeInTheDocument();
    expect(within(tile).getByText(/in 12 days/)).toHaveClass('soon');
    expect(within(tile).getByText(/in 60 days/)).not.toHaveClass('soon');
  });

  it('asks for the monthly review when it is due, and to resume one begun', async () => {
    const { unmount } = render(DashboardScreen, { planId: 1, api: fake(summary({ reviewDue: true })) });
    expect(await screen.findByRole('link', { name: 'Monthly review due' })).toHaveAttribute('href', '#/review/1');
    unmount();
    render(DashboardScreen, { planId: 1, api: fake(summary({ reviewDue: true, reviewInProgress: true })) });
    expect(await screen.findByRole('link', { name: 'Resume your monthly review' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Monthly review due' })).toBeNull();
  });
});
