import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GitCandidate, Harvest, HarvestApi, Skill, Win, WinInput } from '../api';
import HarvestScreen from './HarvestScreen.svelte';

const stamp = '2026-11-21T09:00:00Z';
const candidate: GitCandidate = {
  id: 5,
  repoId: 2,
  repo: 'shop',
  title: 'Faster checkout',
  day: '2026-09-03',
  commits: 2,
  files: 2,
  added: 52,
  deleted: 3,
  state: 'open',
  winId: null,
};
const draft: WinInput = {
  date: '2026-09-03',
  title: 'Faster checkout',
  situation: '',
  myPart: '',
  whatHappened: 'Merged in shop: 2 commits, 2 files, +52 −3 lines.',
  metric: '',
  baseline: null,
  result: null,
  unit: '',
  impactNote: '',
  witnesses: '',
  skillIds: [],
};

function fake(authors: string[] = ['ana@example.com']) {
  let state: Harvest = {
    repos: [
      { id: 2, path: '/home/ana/src/shop', name: 'shop', addedAt: stamp, scannedAt: stamp, lastSeen: 'a'.repeat(40), shallow: false },
    ],
    authors,
    candidates: [candidate],
    decided: 0,
  };
  const api = {
    harvest: vi.fn(async () => state),
    listSkills: vi.fn(async () => [{ id: 9, name: 'System design' } as Skill]),
    setGitAuthors: vi.fn(async (emails: string[]) => emails),
    addGitRepo: vi.fn(async () => ({ ...state.repos[0], id: 3, name: 'api', path: '/home/ana/src/api' })),
    removeGitRepo: vi.fn(async () => null),
    scanGitRepo: vi.fn(async () => ({
      repo: state.repos[0],
      commitsRead: 4,
      proposed: 1,
      notes: ['api is a shallow clone: only the history it holds was read.'],
    })),
    candidateWinDraft: vi.fn(async () => draft),
    acceptCandidate: vi.fn(async (_p: number, _id: number, input: WinInput) => {
      state = { ...state, candidates: [], decided: 1 };
      return { id: 40, ...input } as unknown as Win;
    }),
    dismissCandidate: vi.fn(async () => ({ ...candidate, state: 'dismissed' as const })),
    listWinsPage: vi.fn(),
    createWin: vi.fn(),
    updateWin: vi.fn(),
    deleteWin: vi.fn(),
    undoDelete: vi.fn(),
  };
  return api as typeof api & HarvestApi;
}

describe('HarvestScreen', () => {
  it('accepts a candidate as a win the person edits and links to a skill', async () => {
    const user = userEvent.setup();
    const api = fake();
    render(HarvestScreen, { planId: 1, api });
    expect(await screen.findByText('2 commits · 2 files · +52 −3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept Faster checkout' }));
    expect(await screen.findByLabelText('What did you achieve?')).toHaveValue('Faster checkout');
    await user.type(screen.getByLabelText(/My part/), 'I split the checkout.');
    await user.click(screen.getByRole('checkbox', { name: 'System design' }));
    await user.click(screen.getByRole('button', { name: 'Accept as a win' }));
    await waitFor(() => expect(api.acceptCandidate).toHaveBeenCalled());
    const [, id, input] = api.acceptCandidate.mock.calls[0] ?? [];
    expect(id).toBe(5);
    expect(input).toMatchObject({ title: 'Faster checkout', myPart: 'I split the checkout.', skillIds: [9] });
    expect(await screen.findByTestId('no-candidates')).toHaveTextContent('Nothing waiting: 1 decided.');
  });

  it('adds a repository from the folder dialog, scans it and says what the scan noticed', async () => {
    const user = userEvent.setup();
    const api = fake();
    render(HarvestScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Add repository…' }));
    await waitFor(() => expect(api.scanGitRepo).toHaveBeenCalledWith(1, 3));
    expect(await screen.findByText(/shallow clone: only the history it holds was read/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss Faster checkout' }));
    expect(api.dismissCandidate).toHaveBeenCalledWith(5);
  });

  it('saves the emails as typed, one list', async () => {
    const user = userEvent.setup();
    const api = fake([]);
    render(HarvestScreen, { planId: 1, api });
    const field = await screen.findByLabelText('The emails you commit with');
    await user.type(field, 'ana@work.example, ana@home.example');
    await user.click(screen.getByRole('button', { name: 'Save emails' }));
    expect(api.setGitAuthors).toHaveBeenCalledWith(['ana@work.example', 'ana@home.example']);
  });
});
