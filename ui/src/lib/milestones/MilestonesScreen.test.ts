import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Milestone, MilestoneInput, MilestonesApi } from '../api';
import Toaster from '../components/Toaster.svelte';
import { groupMilestones } from './milestone';
import MilestonesScreen from './MilestonesScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';

function milestone(id: number, title: string, over: Partial<Milestone> = {}): Milestone {
  return {
    id,
    planId: 1,
    title,
    dueDate: '2027-01-10',
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

function fakeMilestones(initial: Milestone[]) {
  let items = [...initial];
  let nextId = 100;
  const store = (id: number, input: MilestoneInput): Milestone =>
    milestone(id, input.title, {
      dueDate: input.dueDate || null,
      status: input.status,
      completedDate: input.status === 'done' ? input.completedDate || '2026-11-21' : null,
      skillId: input.skillId,
      stretchId: input.stretchId,
      evidence: input.evidence,
      smartHints: input.dueDate ? [] : ['no_date'],
      overdue: (input.status === 'planned' || input.status === 'in_progress') && !!input.dueDate && input.dueDate < '2026-11-21',
    });
  const trash = fakeTrash();
  return {
    listMilestones: vi.fn(async () => [...items]),
    createMilestone: vi.fn(async (_plan: number, input: MilestoneInput) => {
      const m = store(nextId++, input);
      items.push(m);
      return m;
    }),
    updateMilestone: vi.fn(async (id: number, input: MilestoneInput) => {
      const m = store(id, input);
      items = items.map((x) => (x.id === id ? m : x));
      return m;
    }),
    deleteMilestone: vi.fn(async (id: number) => {
      const before = items;
      items = items.filter((x) => x.id !== id);
      return trash.keep(() => (items = before));
    }),
    undoDelete: trash.undoDelete,
    listSkills: vi.fn(async () => []),
    listStretches: vi.fn(async () => []),
    listCycleDates: vi.fn(async () => []),
  } satisfies MilestonesApi;
}

describe('groupMilestones', () => {
  it('orders what is late, what comes next, what has no date, then what is behind', () => {
    const groups = groupMilestones([
      milestone(1, 'Later', { dueDate: '2027-03-01' }),
      milestone(2, 'Done', { status: 'done', completedDate: '2026-10-01' }),
      milestone(3, 'Late', { dueDate: '2026-11-01', overdue: true }),
      milestone(4, 'Sooner', { dueDate: '2026-12-01' }),
      milestone(5, 'Someday', { dueDate: null }),
      milestone(6, 'Dropped', { status: 'dropped' }),
    ]);
    expect(groups.map((g) => [g.title, g.items.map((m) => m.title)])).toEqual([
      ['Overdue', ['Late']],
      ['Coming up', ['Sooner', 'Later']],
      ['No date yet', ['Someday']],
      ['Done', ['Done']],
      ['Missed or dropped', ['Dropped']],
    ]);
  });
});

describe('MilestonesScreen', () => {
  it('marks a milestone done in one click, and Undo puts it back', async () => {
    const user = userEvent.setup();
    const api = fakeMilestones([milestone(1, 'Lead the incident review', { dueDate: '2026-11-10', overdue: true })]);
    render(Toaster);
    render(MilestonesScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Mark done: Lead the incident review' }));
    const done = await screen.findByRole('region', { name: /Done/ });
    expect(within(done).getByText('Lead the incident review')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: /Overdue/ })).toBeInTheDocument();
    expect(api.updateMilestone).toHaveBeenLastCalledWith(1, expect.objectContaining({ status: 'planned', dueDate: '2026-11-10' }));
  });

  it('adds a milestone and says when it has no date', async () => {
    const user = userEvent.setup();
    const api = fakeMilestones([]);
    render(MilestonesScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Add your first milestone' }));
    await user.type(screen.getByLabelText('What will be true'), 'Present the design to the architecture group');
    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    const undated = await screen.findByRole('region', { name: /No date yet/ });
    expect(within(undated).getByText('No date yet: when will you know?')).toBeInTheDocument();
  });

  it('brings the item a search result pointed at into view, marked', async () => {
    const api = fakeMilestones([milestone(1, 'One'), milestone(2, 'Two')]);
    render(MilestonesScreen, { planId: 1, api, focus: { kind: 'milestone', id: 2 } });
    await waitFor(() => expect(screen.getByRole('article', { name: 'Two' })).toHaveClass('highlighted'));
    expect(screen.getByRole('article', { name: 'One' })).not.toHaveClass('highlighted');
  });
});
