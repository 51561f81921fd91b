import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CairnError, type PageRequest, type Skill, type Win, type WinInput, type WinsApi } from '../api';
import Toaster from '../components/Toaster.svelte';
import { cutPage } from '../paging.testing';
import WinsScreen from './WinsScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';

function skill(id: number, name: string): Skill {
  return {
    id,
    planId: 1,
    name,
    category: 'technical_depth',
    baselineLevel: 2,
    currentLevel: 2,
    targetLevel: 4,
    why: '',
    notes: '',
    position: id,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function fakeWins(initial: Win[] = []) {
  const wins = [...initial];
  let nextId = 100;
  const toWin = (id: number, input: WinInput): Win => ({
    id,
    planId: 1,
    createdAt: stamp,
    updatedAt: stamp,
    fromWeek: null,
    ...input,
    impactSummary:
      input.metric && input.baseline !== null && input.result !== null
        ? `${input.metric}: ${input.baseline} → ${input.result} ${input.unit}`
        : '',
  });
  const trash = fakeTrash();
  return {
    listWinsPage: vi.fn(async (_plan: number, skillId: number | null, page: PageRequest) => {
      const { rows, matching } = cutPage(skillId === null ? wins : wins.filter((w) => w.skillIds.includes(skillId)), page);
      return { wins: rows, matching, total: wins.length };
    }),
    listSkills: vi.fn(async () => [skill(1, 'Performance'), skill(2, 'Mentoring')]),
    createWin: vi.fn(async (_plan: number, input: WinInput) => {
      const w = toWin(nextId++, input);
      wins.unshift(w);
      return w;
    }),
    updateWin: vi.fn(async (id: number, input: WinInput) => {
      const w = toWin(id, input);
      wins[wins.findIndex((x) => x.id === id)] = w;
      return w;
    }),
    deleteWin: vi.fn(async (id: number) => {
      const at = wins.findIndex((x) => x.id === id);
      const [gone] = wins.splice(at, 1);
      return trash.keep(() => wins.splice(at, 0, gone!));
    }),
    undoDelete: trash.undoDelete,
  } satisfies WinsApi;
}

const existing: Win = {
  id: 7,
  planId: 1,
  fromWeek: null,
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
  witnesses: 'Priya',
  skillIds: [1],
  impactSummary: 'p95 search latency: 420 → 252 ms (−40%)',
  createdAt: stamp,
  updatedAt: stamp,
};

describe('WinsScreen', () => {
  it('logs a win with figures and skills', async () => {
    const user = userEvent.setup();
    const api = fakeWins();
    render(WinsScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Log your first win' }));
    await user.type(screen.getByLabelText('What did you achieve?'), 'Halved CI time');
    await user.type(screen.getByLabelText('Metric'), 'CI build time');
    await user.type(screen.getByLabelText('Before'), '18');
    await user.type(screen.getByLabelText('After'), '9');
    await user.type(screen.getByLabelText('Unit'), 'min');
    await user.click(screen.getByLabelText('Performance'));
    await user.click(screen.getByRole('button', { name: 'Log win' }));

    await waitFor(() =>
      expect(api.createWin).toHaveBeenCalledWith(
        1,
        expect.objectContaining({ title: 'Halved CI time', baseline: 18, result: 9, skillIds: [1] }),
      ),
    );
    const card = await screen.findByRole('article', { name: 'Halved CI time' });
    expect(within(card).getByText('Performance')).toBeInTheDocument();
  });

  it('says which figure is not a number without calling the backend', async () => {
    const user = userEvent.setup();
    const api = fakeWins();
    render(WinsScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Log a win' }));
    await user.type(screen.getByLabelText('What did you achieve?'), 'Faster');
    await user.type(screen.getByLabelText('Before'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Log win' }));
    expect(screen.getByLabelText('Before')).toHaveAccessibleDescription(/Type a number/);
    expect(api.createWin).not.toHaveBeenCalled();
  });

  it('shows the backend message next to its field', async () => {
    const user = userEvent.setup();
    const api = fakeWins();
    api.createWin.mockRejectedValueOnce(new CairnError('validation', 'Name the metric the figures measure.', 'metric'));
    render(WinsScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Log a win' }));
    await user.type(screen.getByLabelText('What did you achieve?'), 'Faster');
    await user.click(screen.getByRole('button', { name: 'Log win' }));
    await waitFor(() => expect(screen.getByLabelText('Metric')).toHaveAccessibleDescription(/Name the metric/));
    expect(screen.getByLabelText('Metric')).toHaveFocus();
  });

  it('filters by skill', async () => {
    const user = userEvent.setup();
    const other: Win = { ...existing, id: 8, title: 'Onboarded Lena', skillIds: [2], impactSummary: '' };
    render(WinsScreen, { planId: 1, api: fakeWins([existing, other]) });
    await screen.findByRole('article', { name: 'Cut search p95 latency' });
    await user.selectOptions(screen.getByLabelText('Evidence for'), 'Mentoring');
    expect(screen.queryByRole('article', { name: 'Cut search p95 latency' })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Onboarded Lena' })).toBeInTheDocument();
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
  });

  it('deletes after confirming, and Undo brings the win back', async () => {
    const user = userEvent.setup();
    const api = fakeWins([existing]);
    render(WinsScreen, { planId: 1, api });
    render(Toaster);
    await user.click(await screen.findByRole('button', { name: 'Delete Cut search p95 latency' }));
    expect(api.deleteWin).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: 'Confirm deleting Cut search p95 latency' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Cut search p95 latency' })).not.toBeInTheDocument());

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Cut search p95 latency' })).toBeInTheDocument();
    // The core puts the same row back (same id, links, stamps): nothing is created anew.
    expect(api.undoDelete).toHaveBeenCalledWith({ undoId: 1 });
    expect(api.createWin).not.toHaveBeenCalled();
  });

  it('shows the newest fifty and reads the rest a page at a time', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 120 }, (_, i): Win => ({
      ...existing,
      id: i + 1,
      title: `Win ${i + 1}`,
      date: `2026-0${1 + Math.floor(i / 20)}-${String(1 + (i % 20)).padStart(2, '0')}`,
    }));
    const api = fakeWins(many);
    render(WinsScreen, { planId: 1, api });
    const list = await screen.findByRole('list', { name: 'Wins' });
    expect(within(list).getAllByRole('article')).toHaveLength(50);
    expect(within(list).getAllByRole('article')[0]).toHaveAccessibleName('Win 120');
    expect(screen.getByText('Showing 50 of 120 wins')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(await screen.findByText('Showing 100 of 120 wins')).toBeInTheDocument();
    // The keyboard goes on from the first card that arrived, not past them.
    await waitFor(() => expect(screen.getByRole('article', { name: 'Win 70' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Show the last 20' }));
    expect(await screen.findByText('Showing 120 of 120 wins')).toBeInTheDocument();
    expect(within(list).getAllByRole('article')).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /Show/ })).not.toBeInTheDocument();

    // A change reloads what is shown, not just the first page.
    await user.click(screen.getByRole('button', { name: 'Delete Win 1' }));
    await user.click(within(screen.getByRole('group', { name: 'Confirm deleting Win 1' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(119));
  });

  it('opens on a linked win far down the log, marked', async () => {
    const many = Array.from({ length: 120 }, (_, i): Win => ({
      ...existing,
      id: i + 1,
      title: `Win ${i + 1}`,
      date: `2026-0${1 + Math.floor(i / 20)}-${String(1 + (i % 20)).padStart(2, '0')}`,
    }));
    const api = fakeWins(many);
    render(WinsScreen, { planId: 1, api, focus: { kind: 'win', id: 3 } });
    const card = await screen.findByRole('article', { name: 'Win 3' });
    expect(card).toHaveClass('highlighted');
    expect(api.listWinsPage).toHaveBeenCalledWith(1, null, { offset: 0, limit: 50, through: 3 });
    expect(screen.getByText('Showing 118 of 120 wins')).toBeInTheDocument();
  });
});
