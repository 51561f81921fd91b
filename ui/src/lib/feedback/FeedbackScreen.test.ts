import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Feedback, FeedbackApi, FeedbackInput, FeedbackStatus, PageRequest, Stakeholder } from '../api';
import { cutPage } from '../paging.testing';
import FeedbackScreen from './FeedbackScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';
const dev = { id: 4, name: 'Dev Patel' } as Stakeholder;

function feedback(id: number, from: string, over: Partial<Feedback> = {}): Feedback {
  return {
    id, planId: 1, date: '2026-11-10', stakeholderId: null, from, kind: 'constructive', said: 'Say more about the options you rejected.',
    response: '', status: 'open', fromWeek: null, createdAt: stamp, updatedAt: stamp, ...over,
  };
}

function fakeFeedback(initial: Feedback[]) {
  let items = [...initial];
  const store = (id: number, input: FeedbackInput) =>
    feedback(id, input.stakeholderId === 4 ? 'Dev Patel' : input.fromName, { ...input });
  const trash = fakeTrash();
  return {
    listFeedbackPage: vi.fn(async (_plan: number, status: FeedbackStatus | null, page: PageRequest) => {
      const { rows, matching } = cutPage(status === null ? items : items.filter((f) => f.status === status), page);
      const count = (s: FeedbackStatus) => items.filter((f) => f.status === s).length;
      return { items: rows, matching, counts: { all: items.length, open: count('open'), acting: count('acting'), resolved: count('resolved') } };
    }),
    createFeedback: vi.fn(async (_plan: number, input: FeedbackInput) => {
      const f = store(60, input);
      items.push(f);
      return f;
    }),
    updateFeedback: vi.fn(async (id: number, input: FeedbackInput) => {
      const f = store(id, input);
      items = items.map((x) => (x.id === id ? f : x));
      return f;
    }),
    deleteFeedback: vi.fn(async () => trash.keep(() => undefined)),
    undoDelete: trash.undoDelete,
    listStakeholders: vi.fn(async () => [dev]),
  } satisfies FeedbackApi;
}

describe('FeedbackScreen', () => {
  it('moves constructive feedback from open to acting, and filters by status', async () => {
    const user = userEvent.setup();
    const api = fakeFeedback([feedback(1, 'Dev Patel', { stakeholderId: 4 }), feedback(2, 'Ana', { kind: 'praise', status: 'resolved', date: '2026-10-01' })]);
    render(FeedbackScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Acting on it: feedback from Dev Patel' }));
    const card = await screen.findByRole('article', { name: /Dev Patel/ });
    expect(await within(card).findByText('Acting on it')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Resolved \d/ }));
    const list = screen.getByRole('list', { name: 'Feedback' });
    expect(within(list).getAllByRole('article')).toHaveLength(1);
    expect(within(list).getByRole('article', { name: /Ana/ })).toBeInTheDocument();
  });

  it('logs feedback from someone who is not on the map by name', async () => {
    const user = userEvent.setup();
    const api = fakeFeedback([]);
    render(FeedbackScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Log your first feedback' }));
    await user.type(screen.getByLabelText('What they said'), 'Great demo.');
    await user.type(screen.getByLabelText('Their name'), 'Dana from design');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Praise');
    await user.click(screen.getByRole('button', { name: 'Log this feedback' }));
    expect(api.createFeedback).toHaveBeenCalledWith(1, expect.objectContaining({ stakeholderId: null, fromName: 'Dana from design', kind: 'praise' }));
    expect(await screen.findByRole('article', { name: /Dana from design/ })).toHaveTextContent('Great demo.');
  });

  it('counts every status of the whole list and pages the one shown', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 70 }, (_, i) =>
      feedback(i + 1, `Reviewer ${i + 1}`, { status: i % 2 ? 'resolved' : 'open', date: `2026-0${1 + Math.floor(i / 10)}-${String(10 + (i % 10))}` }),
    );
    render(FeedbackScreen, { planId: 1, api: fakeFeedback(many) });
    const list = await screen.findByRole('list', { name: 'Feedback' });
    expect(within(list).getAllByRole('article')).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'All 70' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open 35' })).toBeInTheDocument();
    expect(screen.getByText('Showing 50 of 70 pieces of feedback')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resolved 35' }));
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(35));
    expect(screen.queryByText(/Showing/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'All 70' }));
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(50));
    await user.click(screen.getByRole('button', { name: 'Show the last 20' }));
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(70));
  });
});
