import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CairnError, type MeetingsApi, type OneOnOne, type Stakeholder } from '../api';
import Toaster from '../components/Toaster.svelte';
import OneOnOnesScreen from './OneOnOnesScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';

const priya: Stakeholder = {
  id: 5,
  name: 'Priya Raman',
  role: 'Engineering manager',
  relationship: 'manager',
  influence: 5,
  interest: 5,
  stance: 'champion',
  caresAbout: '',
  cadenceDays: 14,
  quadrant: 'manage_closely',
  checkIn: { state: 'ok', lastInteraction: null, nextDue: null, daysUntilDue: null },
  createdAt: stamp,
  updatedAt: stamp,
};

function fakeMeetings(people: Stakeholder[] = [priya]) {
  let meetings: OneOnOne[] = [];
  let nextId = 1;
  const find = (id: number) => {
    const m = meetings.find((x) => x.id === id);
    if (!m) throw new CairnError('not_found', 'gone');
    return m;
  };
  const trash = fakeTrash();
  const api = {
    listOneOnOnes: vi.fn(async () => structuredClone(meetings)),
    listStakeholders: vi.fn(async () => people),
    createOneOnOne: vi.fn(async (_plan: number, input: { stakeholderId: number; date: string; time: string }) => {
      const m: OneOnOne = {
        id: nextId++,
        planId: 1,
        stakeholderId: input.stakeholderId,
        withName: 'Priya Raman',
        date: input.date,
        time: input.time || null,
        notes: '',
        agenda: [
          { id: 100, source: 'carried_over', text: 'Ask about the promo cycle', done: false, carriedFrom: 40 },
          { id: 101, source: 'win', text: 'Win: Faster search', done: false, carriedFrom: null },
        ],
        actions: [],
        createdAt: stamp,
        updatedAt: stamp,
      };
      meetings.unshift(m);
      return structuredClone(m);
    }),
    getOneOnOne: vi.fn(async (id: number) => structuredClone(find(id))),
    updateOneOnOne: vi.fn(async (id: number, input: { date: string; time: string; notes: string }) => {
      if (input.time && !/^\d{1,2}:\d{2}$/.test(input.time)) {
        throw new CairnError('validation', `“${input.time}” is not a time of day; write it as 14:30.`, 'time');
      }
      Object.assign(find(id), { ...input, time: input.time || null });
      return structuredClone(find(id));
    }),
    deleteOneOnOne: vi.fn(async (id: number) => {
      const before = meetings;
      meetings = meetings.filter((m) => m.id !== id);
      return trash.keep(() => (meetings = before));
    }),
    addAgendaItem: vi.fn(async (id: number, input: { text: string; done: boolean }) => {
      if (!input.text.trim()) throw new CairnError('validation', 'The item is required.', 'text');
      const item = { id: 200 + find(id).agenda.length, source: 'added' as const, text: input.text, done: false, carriedFrom: null };
      find(id).agenda.push(item);
      return item;
    }),
    updateAgendaItem: vi.fn(async (itemId: number, input: { text: string; done: boolean }) => {
      for (const m of meetings) for (const i of m.agenda) if (i.id === itemId) Object.assign(i, input);
      return null;
    }),
    addActionItem: vi.fn(
      async (id: number, input: { text: string; owner: string; dueDate: string; status: 'open' | 'done' | 'dropped' }) => {
        const a = {
          id: 300,
          text: input.text,
          owner: input.owner,
          status: input.status,
          dueDate: input.dueDate || null,
          carriedFrom: null,
        };
        find(id).actions.push(a);
        return a;
      },
    ),
    updateActionItem: vi.fn(
      async (itemId: number, input: { text: string; owner: string; dueDate: string; status: 'open' | 'done' | 'dropped' }) => {
        for (const m of meetings)
          for (const a of m.actions) if (a.id === itemId) Object.assign(a, { ...input, dueDate: input.dueDate || null });
        return null;
      },
    ),
    deleteAgendaItem: vi.fn(async (itemId: number) => {
      const before = meetings.map((m) => m.agenda);
      for (const m of meetings) m.agenda = m.agenda.filter((i) => i.id !== itemId);
      return trash.keep(() => meetings.forEach((m, i) => (m.agenda = before[i]!)));
    }),
    deleteActionItem: vi.fn(async (itemId: number) => {
      const before = meetings.map((m) => m.actions);
      for (const m of meetings) m.actions = m.actions.filter((a) => a.id !== itemId);
      return trash.keep(() => meetings.forEach((m, i) => (m.actions = before[i]!)));
    }),
    undoDelete: trash.undoDelete,
  } satisfies MeetingsApi;
  return api;
}

describe('OneOnOnesScreen', () => {
  it('starts a one-on-one with the manager and shows the generated agenda with what was carried over', async () => {
    const user = userEvent.setup();
    const api = fakeMeetings();
    render(OneOnOnesScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Start your first one-on-one' }));
    expect(screen.getByLabelText('With')).toHaveValue('5');
    await user.type(screen.getByLabelText(/At/), '10:30');
    await user.click(screen.getByRole('button', { name: 'Start' }));

    const meeting = await screen.findByRole('article', { name: /Priya Raman/ });
    const carried = within(meeting).getByLabelText('Ask about the promo cycle');
    expect(carried.closest('li')).toHaveTextContent('Carried over');
    expect(api.createOneOnOne).toHaveBeenCalledWith(1, expect.objectContaining({ stakeholderId: 5, time: '10:30' }));
    expect(within(meeting).getByLabelText('Time')).toHaveValue('10:30');
  });

  it('changes the time of a meeting in place, and says what is wrong with a bad one', async () => {
    const user = userEvent.setup();
    const api = fakeMeetings();
    render(OneOnOnesScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Start your first one-on-one' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const meeting = await screen.findByRole('article', { name: /Priya Raman/ });
    const time = within(meeting).getByLabelText('Time');
    await user.type(time, 'noon{Enter}');
    expect(await within(meeting).findByText(/is not a time of day/)).toBeInTheDocument();
    await user.clear(time);
    await user.type(time, '9:15{Enter}');
    await waitFor(() => expect(api.updateOneOnOne).toHaveBeenLastCalledWith(1, expect.objectContaining({ time: '9:15' })));
    await waitFor(() => expect(within(meeting).queryByText(/is not a time of day/)).toBeNull());
  });

  it('ticks items, adds an ask, saves notes on leaving the field, and adds an action', async () => {
    const user = userEvent.setup();
    const api = fakeMeetings();
    render(OneOnOnesScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Start your first one-on-one' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('article', { name: /Priya Raman/ });

    await user.click(screen.getByLabelText('Win: Faster search'));
    expect(api.updateAgendaItem).toHaveBeenCalledWith(101, { text: 'Win: Faster search', done: true });
    await waitFor(() => expect(screen.getByText('1 of 2 agenda items open')).toBeInTheDocument());

    await user.type(screen.getByLabelText('New agenda item'), 'Ask for a sponsor');
    await user.click(within(screen.getByLabelText('New agenda item').closest('form') as HTMLElement).getByRole('button', { name: 'Add' }));
    expect(await screen.findByLabelText('Ask for a sponsor')).toBeInTheDocument();

    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Promo case next cycle.');
    await fireEvent.blur(notes);
    await waitFor(() => expect(api.updateOneOnOne).toHaveBeenCalledWith(1, expect.objectContaining({ notes: 'Promo case next cycle.' })));

    await user.type(screen.getByLabelText('New action item'), 'Send the rollout plan to Marcus');
    await user.click(within(screen.getByLabelText('New action item').closest('form') as HTMLElement).getByRole('button', { name: 'Add' }));
    expect(await screen.findByLabelText('Send the rollout plan to Marcus')).toBeInTheDocument();
    expect(api.addActionItem).toHaveBeenCalledWith(1, expect.objectContaining({ owner: 'me', status: 'open' }));
  });

  it('edits an action item in place and deletes it with undo', async () => {
    const user = userEvent.setup();
    const api = fakeMeetings();
    render(Toaster);
    render(OneOnOnesScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Start your first one-on-one' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(await screen.findByLabelText('New action item'), 'Send the plan');
    await user.click(within(screen.getByLabelText('New action item').closest('form') as HTMLElement).getByRole('button', { name: 'Add' }));
    await user.click(await screen.findByRole('button', { name: 'Edit Send the plan' }));
    const text = screen.getByLabelText('Action item');
    await user.clear(text);
    await user.type(text, 'Send the rollout plan to Marcus');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByLabelText('Send the rollout plan to Marcus')).toBeInTheDocument();
    expect(api.updateActionItem).toHaveBeenCalledWith(
      300,
      expect.objectContaining({ text: 'Send the rollout plan to Marcus', status: 'open' }),
    );

    await user.click(screen.getByRole('button', { name: 'Delete Send the rollout plan to Marcus' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deleting Send the rollout plan to Marcus' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByLabelText('Send the rollout plan to Marcus')).not.toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByLabelText('Send the rollout plan to Marcus')).toBeInTheDocument();
  });

  it('shows a refused agenda item next to the field', async () => {
    const user = userEvent.setup();
    const api = fakeMeetings();
    render(OneOnOnesScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Start your first one-on-one' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('article', { name: /Priya Raman/ });
    await user.click(within(screen.getByLabelText('New agenda item').closest('form') as HTMLElement).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('The item is required.')).toBeInTheDocument();
    expect(screen.getByLabelText('New agenda item')).toHaveAccessibleDescription('The item is required.');
  });

  it('asks for people first when the stakeholder map is empty', async () => {
    render(OneOnOnesScreen, { planId: 1, api: fakeMeetings([]) });
    expect(await screen.findByRole('heading', { name: 'Add the people you meet first' })).toBeInTheDocument();
  });
});
