import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Interaction, InteractionInput, PeopleApi, Stakeholder, StakeholderInput } from '../api';
import type { Quadrant } from '../bindings/Quadrant';
import Toaster from '../components/Toaster.svelte';
import PeopleScreen from './PeopleScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';
const quadrantOf = (influence: number, interest: number): Quadrant =>
  influence >= 3 ? (interest >= 3 ? 'manage_closely' : 'keep_satisfied') : interest >= 3 ? 'keep_informed' : 'monitor';

function person(id: number, name: string, influence: number, interest: number): Stakeholder {
  return {
    id,
    name,
    role: 'Peer engineer',
    relationship: 'peer',
    influence,
    interest,
    stance: 'neutral',
    caresAbout: '',
    cadenceDays: 14,
    quadrant: quadrantOf(influence, interest),
    checkIn: { state: 'overdue', lastInteraction: '2026-10-01', nextDue: '2026-10-15', daysUntilDue: -37 },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function fakePeople(initial: Stakeholder[]) {
  let people = [...initial];
  let interactions: Interaction[] = [];
  const store = (id: number, input: StakeholderInput): Stakeholder => ({
    ...person(id, input.name, input.influence, input.interest),
    role: input.role,
    cadenceDays: input.cadenceDays,
  });
  const trash = fakeTrash();
  return {
    listStakeholders: vi.fn(async () => [...people]),
    createStakeholder: vi.fn(async (input: StakeholderInput) => {
      const s = store(50, input);
      people.push(s);
      return s;
    }),
    updateStakeholder: vi.fn(async (id: number, input: StakeholderInput) => {
      const s = store(id, input);
      people = people.map((p) => (p.id === id ? s : p));
      return s;
    }),
    logInteraction: vi.fn(async (stakeholderId: number, input: InteractionInput) => {
      const i: Interaction = { id: interactions.length + 1, stakeholderId, ...input, createdAt: stamp };
      interactions.unshift(i);
      return i;
    }),
    listInteractions: vi.fn(async (stakeholderId: number) => interactions.filter((i) => i.stakeholderId === stakeholderId)),
    deleteInteraction: vi.fn(async (id: number) => {
      const before = interactions;
      interactions = interactions.filter((i) => i.id !== id);
      return trash.keep(() => (interactions = before));
    }),
    deleteStakeholder: vi.fn(async (id: number) => {
      const before = people;
      people = people.filter((p) => p.id !== id);
      return trash.keep(() => (people = before));
    }),
    undoDelete: trash.undoDelete,
  } satisfies PeopleApi;
}

describe('PeopleScreen', () => {
  it('moves a person on the grid with the arrow keys and shows the new quadrant', async () => {
    const user = userEvent.setup();
    const api = fakePeople([person(1, 'Dana Lee', 2, 2)]);
    render(PeopleScreen, { api });
    const token = await screen.findByRole('button', { name: /^Dana Lee: influence 2, interest 2, monitor/ });
    token.focus();
    await user.keyboard('{ArrowUp}');
    expect(api.updateStakeholder).toHaveBeenLastCalledWith(1, expect.objectContaining({ influence: 3, interest: 2 }));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(api.updateStakeholder).toHaveBeenLastCalledWith(1, expect.objectContaining({ influence: 3, interest: 3 })));
    const row = (await screen.findByRole('rowheader', { name: /Dana Lee/ })).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row).getByText('Manage closely')).toBeInTheDocument());
  });

  it('drags a person to the cell under the pointer', async () => {
    const api = fakePeople([person(1, 'Dana Lee', 1, 1)]);
    render(PeopleScreen, { api });
    const token = await screen.findByRole('button', { name: /^Dana Lee:/ });
    const board = screen.getByRole('group', { name: 'Power/interest grid' });
    vi.spyOn(board, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 500,
      height: 500,
      right: 500,
      bottom: 500,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    token.setPointerCapture = () => {};
    await fireEvent.pointerDown(token, { pointerId: 1, clientX: 50, clientY: 450 });
    await fireEvent.pointerMove(token, { pointerId: 1, clientX: 460, clientY: 40 });
    await fireEvent.pointerUp(token, { pointerId: 1, clientX: 460, clientY: 40 });
    await waitFor(() => expect(api.updateStakeholder).toHaveBeenCalledWith(1, expect.objectContaining({ influence: 5, interest: 5 })));
  });

  it('logs a check-in in two clicks from the list', async () => {
    const user = userEvent.setup();
    const api = fakePeople([person(1, 'Dana Lee', 4, 4)]);
    render(PeopleScreen, { api });
    const row = (await screen.findByRole('rowheader', { name: /Dana Lee/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Overdue by 37 days')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Log check-in with Dana Lee today' }));
    expect(api.logInteraction).toHaveBeenCalledWith(1, expect.objectContaining({ kind: 'check_in' }));
  });

  it('adds a person and refuses a cadence that is not a number', async () => {
    const user = userEvent.setup();
    const api = fakePeople([]);
    render(PeopleScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Add your first person' }));
    await user.type(screen.getByLabelText('Name'), 'Marcus Feld');
    const cadence = screen.getByLabelText(/Check in every/);
    await user.clear(cadence);
    await user.type(cadence, 'monthly');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(cadence).toHaveAccessibleDescription(/whole number of days/);
    await user.clear(cadence);
    await user.type(cadence, '45');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await waitFor(() =>
      expect(api.createStakeholder).toHaveBeenCalledWith(expect.objectContaining({ name: 'Marcus Feld', cadenceDays: 45 })),
    );
  });

  it('removes a person after confirming, and Undo brings the same person back', async () => {
    const user = userEvent.setup();
    const api = fakePeople([person(1, 'Priya Raman', 5, 5), person(2, 'Dev Patel', 2, 4)]);
    render(Toaster);
    render(PeopleScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Priya Raman' }));
    await user.click(screen.getByRole('button', { name: 'Delete Priya Raman' }));
    expect(api.deleteStakeholder).not.toHaveBeenCalled();
    await user.click(within(screen.getByRole('group', { name: 'Confirm deleting Priya Raman' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Priya Raman' })).not.toBeInTheDocument());
    expect(await screen.findByText('Removed Priya Raman from your map.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Priya Raman' })).toBeInTheDocument();
    expect(api.undoDelete).toHaveBeenCalledWith({ undoId: 1 });
    expect(api.createStakeholder).not.toHaveBeenCalled();
  });

  it('keeps a history per person: log with a note, then delete', async () => {
    const user = userEvent.setup();
    const api = fakePeople([person(1, 'Dana Lee', 4, 4)]);
    render(PeopleScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'History with Dana Lee' }));
    const panel = screen.getByRole('complementary', { name: 'History with Dana Lee' });
    expect(within(panel).getByText('Nothing logged with Dana Lee yet.')).toBeInTheDocument();
    await user.selectOptions(within(panel).getByLabelText('What'), 'Meeting');
    await user.type(within(panel).getByLabelText(/Notes/), 'Walked through the rollout plan');
    await user.click(within(panel).getByRole('button', { name: 'Log it' }));
    const list = await within(panel).findByRole('list', { name: 'Interactions with Dana Lee' });
    expect(list).toHaveTextContent('Meeting');
    expect(list).toHaveTextContent('Walked through the rollout plan');
    expect(api.logInteraction).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ kind: 'meeting', notes: 'Walked through the rollout plan' }),
    );
    await user.click(within(list).getByRole('button', { name: /^Delete Meeting of/ }));
    await user.click(within(list).getByRole('button', { name: 'Delete' }));
    expect(await within(panel).findByText('Nothing logged with Dana Lee yet.')).toBeInTheDocument();
  });
});
