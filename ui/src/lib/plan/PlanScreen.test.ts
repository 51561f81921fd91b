import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CairnError, type CloseInput, type CycleDate, type CycleDateInput, type Milestone, type PlanApi, type Stretch } from '../api';
import { fakeTrash } from '../trash.testing';
import { fakePlan } from '../plans/fakeApi';
import PlanScreen from './PlanScreen.svelte';
import Timeline from './Timeline.svelte';

const stamp = '2026-11-21T09:00:00Z';

function milestone(id: number, title: string, dueDate: string | null, over: Partial<Milestone> = {}): Milestone {
  return {
    id,
    planId: 1,
    title,
    dueDate,
    status: 'planned',
    completedDate: null,
    skillId: null,
    stretchId: null,
    evidence: '',
    overdue: false,
    smartHints: [],
    fromWeek: null,
    cycleDateId: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  };
}

const stretch: Stretch = {
  id: 5,
  planId: 1,
  title: 'Lead the search rework',
  description: '',
  sponsorId: null,
  startDate: '2026-09-01',
  endDate: null,
  status: 'in_progress',
  risks: '',
  outcome: '',
  skillIds: [],
  createdAt: stamp,
  updatedAt: stamp,
};

const milestones = [
  milestone(1, 'Agree what senior means', '2026-08-30', { status: 'done', completedDate: '2026-08-28' }),
  milestone(2, 'Lead an incident review', '2026-11-15', { overdue: true }),
  milestone(3, 'Ship the ranker', '2027-02-01'),
  milestone(4, 'Someday', null),
];

describe('Timeline', () => {
  it('draws each dated milestone and assignment as a link to where it is edited', () => {
    render(Timeline, {
      planId: 7,
      start: { year: 2026, month: 8, day: 22 },
      end: { year: 2027, month: 5, day: 22 },
      milestones,
      stretches: [stretch],
      today: { year: 2026, month: 11, day: 21 },
    });
    const late = screen.getByRole('link', { name: /^Milestone: Lead an incident review, due .*, overdue$/ });
    expect(late).toHaveAttribute('href', '#/milestones/7/milestone-2');
    expect(screen.getByRole('link', { name: /^Milestone: Agree what senior means, .*done$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Stretch assignment: Lead the search rework, .* to the end, in progress$/ })).toHaveAttribute(
      'href',
      '#/stretch/7/stretch-5',
    );
    expect(screen.getByText('1 milestone has no date in the window')).toBeInTheDocument();
    expect(screen.getByText('Today')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Timeline in date order' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(',')[0]),
    ).toEqual([
      'Milestone: Agree what senior means',
      'Milestone: Lead an incident review',
      'Milestone: Ship the ranker',
      'Stretch assignment: Lead the search rework',
    ]);
  });
});

describe('PlanScreen', () => {
  it('shows the goal, levels and the milestone count with what is overdue', async () => {
    const api = planApi({ listMilestones: vi.fn(async () => milestones), listStretches: vi.fn(async () => [stretch]) });
    render(PlanScreen, { planId: 1, api });
    expect(await screen.findByRole('heading', { name: 'Road to Senior' })).toBeInTheDocument();
    expect(screen.getByText('Lead the payments re-architecture.')).toBeInTheDocument();
    expect(screen.getByText('1 of 4 done')).toBeInTheDocument();
    expect(screen.getByText('1 overdue')).toBeInTheDocument();
    expect(screen.getByText('9 months')).toBeInTheDocument();
  });

  it('adds a review date with the kind as its name and counts down to it', async () => {
    const user = userEvent.setup();
    const cycle = fakeCycle();
    const api = planApi(cycle);
    render(PlanScreen, { planId: 1, api });
    const panel = await screen.findByRole('region', { name: 'Review cycle' });
    expect(await within(panel).findByText(/Most people learn these dates too late/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Add a date' }));
    await user.selectOptions(within(panel).getByLabelText('What'), 'Calibration');
    await user.type(within(panel).getByLabelText('Date'), '2027-01-20');
    await user.click(within(panel).getByRole('button', { name: 'Add date' }));
    await waitFor(() => expect(cycle.createCycleDate).toHaveBeenCalledWith(1, { kind: 'calibration', name: '', date: '2027-01-20' }));
    const list = await within(panel).findByRole('list', { name: 'Review cycle dates' });
    expect(within(list).getByText('Calibration')).toBeInTheDocument();
    expect(within(list).getByText('in 12 days')).toHaveClass('soon');
  });
});

function fakeCycle() {
  let dates: CycleDate[] = [];
  const trash = fakeTrash();
  return {
    listCycleDates: vi.fn(async () => dates),
    createCycleDate: vi.fn(async (planId: number, input: CycleDateInput) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new CairnError('validation', 'Not a date.', 'date');
      const d: CycleDate = {
        id: dates.length + 1,
        planId,
        kind: input.kind,
        name: input.name || 'Calibration',
        date: input.date,
        daysUntil: 12,
        createdAt: stamp,
        updatedAt: stamp,
      };
      dates = [...dates, d];
      return d;
    }),
    updateCycleDate: vi.fn(),
    deleteCycleDate: vi.fn(async (id: number) => {
      const before = dates;
      dates = dates.filter((d) => d.id !== id);
      return trash.keep(() => (dates = before));
    }),
    undoDelete: trash.undoDelete,
  };
}

/** The plan screen's backend: one plan that can be closed and reopened, and a review cycle. */
function planApi(over: Partial<PlanApi> = {}): PlanApi {
  let plan = fakePlan({ id: 1, startDate: '2026-08-22', endDate: '2027-05-22' });
  return {
    getPlan: vi.fn(async () => plan),
    createPlan: vi.fn(),
    updatePlan: vi.fn(),
    listMilestones: vi.fn(async () => []),
    listStretches: vi.fn(async () => []),
    closePlan: vi.fn(async (_id: number, input: CloseInput) => {
      plan = { ...plan, closedOn: '2026-11-21', outcome: input.outcome, retrospective: input.retrospective, status: 'completed' };
      return plan;
    }),
    reopenPlan: vi.fn(async () => (plan = { ...plan, closedOn: null, status: 'active' })),
    continuePlan: vi.fn(),
    ...fakeCycle(),
    ...over,
  };
}

describe('closing a plan', () => {
  it('closes with an outcome and a retrospective, shows them, hides editing, and reopens', async () => {
    const user = userEvent.setup();
    const api = planApi();
    render(PlanScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Close plan…' }));
    await user.click(screen.getByLabelText(/Not yet/));
    await user.type(screen.getByLabelText(/What worked/), 'Weekly wins');
    await user.click(screen.getByRole('button', { name: 'Close the plan' }));
    await waitFor(() =>
      expect(api.closePlan).toHaveBeenCalledWith(1, {
        outcome: 'not_yet',
        retrospective: { worked: 'Weekly wins', didNotWork: '', differently: '' },
      }),
    );
    const banner = await screen.findByRole('region', { name: /Closed on .* Not yet/ });
    expect(within(banner).getByText('Weekly wins')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit plan' })).toBeNull();
    expect(within(banner).getByRole('button', { name: 'Continue in a new plan…' })).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Reopen' }));
    expect(await screen.findByRole('button', { name: 'Edit plan' })).toBeInTheDocument();
  });
});
