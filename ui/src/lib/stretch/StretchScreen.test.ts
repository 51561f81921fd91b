import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Stakeholder, Stretch, StretchApi, StretchInput } from '../api';
import StretchScreen from './StretchScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';

function stretch(id: number, title: string, over: Partial<Stretch> = {}): Stretch {
  return {
    id,
    planId: 1,
    title,
    description: '',
    sponsorId: null,
    startDate: null,
    endDate: null,
    status: 'proposed',
    risks: '',
    outcome: '',
    skillIds: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  };
}

const ines = { id: 9, name: 'Ines Okafor' } as Stakeholder;

function fakeStretches(initial: Stretch[]) {
  let items = [...initial];
  const store = (id: number, input: StretchInput) =>
    stretch(id, input.title, { ...input, startDate: input.startDate || null, endDate: input.endDate || null });
  const trash = fakeTrash();
  return {
    listStretches: vi.fn(async () => [...items]),
    createStretch: vi.fn(async (_plan: number, input: StretchInput) => {
      const s = store(50, input);
      items.push(s);
      return s;
    }),
    updateStretch: vi.fn(async (id: number, input: StretchInput) => {
      const s = store(id, input);
      items = items.map((x) => (x.id === id ? s : x));
      return s;
    }),
    deleteStretch: vi.fn(async () => trash.keep(() => undefined)),
    undoDelete: trash.undoDelete,
    listSkills: vi.fn(async () => [
      {
        id: 3,
        planId: 1,
        name: 'System design',
        category: 'technical_depth' as const,
        baselineLevel: 2,
        currentLevel: 2,
        targetLevel: 4,
        why: '',
        notes: '',
        position: 0,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ]),
    listStakeholders: vi.fn(async () => [ines]),
  } satisfies StretchApi;
}

describe('StretchScreen', () => {
  it('groups assignments by status and moves one a step forward', async () => {
    const user = userEvent.setup();
    const api = fakeStretches([
      stretch(1, 'Lead the payments migration', { status: 'agreed', sponsorId: 9, skillIds: [3] }),
      stretch(2, 'Run the guild', { status: 'done', outcome: 'Ten sessions, thirty people' }),
    ]);
    render(StretchScreen, { planId: 1, api });
    const agreed = await screen.findByRole('region', { name: /Agreed/ });
    const card = within(agreed).getByRole('article', { name: 'Lead the payments migration' });
    expect(card).toHaveTextContent('Sponsor: Ines Okafor');
    expect(card).toHaveTextContent('System design');
    await user.click(within(card).getByRole('button', { name: 'Start: Lead the payments migration' }));
    const running = await screen.findByRole('region', { name: /In progress/ });
    expect(within(running).getByText('Lead the payments migration')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Done/ })).toHaveTextContent('Outcome: Ten sessions, thirty people');
  });

  it('adds an assignment with a sponsor and the skills it exercises', async () => {
    const user = userEvent.setup();
    const api = fakeStretches([]);
    render(StretchScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Add your first assignment' }));
    await user.type(screen.getByLabelText('Assignment'), 'Own the on-call rotation redesign');
    await user.selectOptions(screen.getByLabelText(/Sponsor/), 'Ines Okafor');
    await user.click(screen.getByRole('checkbox', { name: 'System design' }));
    await user.click(screen.getByRole('button', { name: 'Add assignment' }));
    expect(api.createStretch).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ title: 'Own the on-call rotation redesign', sponsorId: 9, skillIds: [3] }),
    );
    expect(await screen.findByRole('article', { name: 'Own the on-call rotation redesign' })).toHaveTextContent('Sponsor: Ines Okafor');
  });
});
