import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  Feedback,
  FeedbackApi,
  FeedbackGiven,
  FeedbackGivenInput,
  FeedbackInput,
  FeedbackLoopApi,
  FeedbackRequest,
  FeedbackRequestInput,
  FeedbackStatus,
  PageRequest,
  Skill,
  Stakeholder,
} from '../api';
import { cutPage } from '../paging.testing';
import FeedbackScreen from './FeedbackScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';
const dev = { id: 4, name: 'Dev Patel' } as Stakeholder;

function feedback(id: number, from: string, over: Partial<Feedback> = {}): Feedback {
  return {
    id,
    planId: 1,
    date: '2026-11-10',
    stakeholderId: null,
    from,
    kind: 'constructive',
    said: 'Say more about the options you rejected.',
    response: '',
    status: 'open',
    quotable: false,
    fromWeek: null,
    answers: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  };
}

function fakeFeedback(initial: Feedback[]) {
  let items = [...initial];
  const store = (id: number, input: FeedbackInput) => feedback(id, input.stakeholderId === 4 ? 'Dev Patel' : input.fromName, { ...input });
  const trash = fakeTrash();
  return {
    listFeedbackPage: vi.fn(async (_plan: number, status: FeedbackStatus | null, page: PageRequest) => {
      const { rows, matching } = cutPage(status === null ? items : items.filter((f) => f.status === status), page);
      const count = (s: FeedbackStatus) => items.filter((f) => f.status === s).length;
      return {
        items: rows,
        matching,
        counts: { all: items.length, open: count('open'), acting: count('acting'), resolved: count('resolved') },
      };
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
    ...fakeLoop(items, (f) => items.push(f)),
  } satisfies FeedbackApi & FeedbackLoopApi;
}

const skill = { id: 7, name: 'Explaining trade-offs' } as Skill;

/** Requests and feedback given, as the core keeps them: an answer is feedback linked to its request. */
function fakeLoop(received: Feedback[], receive: (f: Feedback) => void) {
  let requests: FeedbackRequest[] = [];
  const given: FeedbackGiven[] = [];
  const counts = () => {
    const n = (s: FeedbackRequest['status']) => requests.filter((r) => r.status === s).length;
    return { toAsk: n('to_ask'), asked: n('asked'), answered: n('answered'), declined: n('declined') };
  };
  const asRequest = (id: number, input: FeedbackRequestInput, over: Partial<FeedbackRequest> = {}): FeedbackRequest => ({
    id,
    planId: 1,
    stakeholderId: input.stakeholderId,
    person: input.stakeholderId === 4 ? 'Dev Patel' : input.personName,
    about: input.about,
    skillId: input.skillId,
    expectationId: input.expectationId,
    stretchId: input.stretchId,
    topic: input.about === 'skill' ? skill.name : input.question,
    dueDate: input.dueDate || null,
    status: input.status,
    askedOn: input.status === 'to_ask' ? null : '2026-11-21',
    feedbackId: null,
    due: false,
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  });
  return {
    listFeedbackRequests: vi.fn(async () => ({ items: requests, counts: counts() })),
    createFeedbackRequest: vi.fn(async (_plan: number, input: FeedbackRequestInput) => {
      const r = asRequest(requests.length + 1, input);
      requests = [...requests, r];
      return r;
    }),
    updateFeedbackRequest: vi.fn(async (id: number, input: FeedbackRequestInput) => {
      const r = asRequest(id, input);
      requests = requests.map((x) => (x.id === id ? r : x));
      return r;
    }),
    answerFeedbackRequest: vi.fn(async (id: number, input: FeedbackInput) => {
      const old = requests.find((r) => r.id === id) as FeedbackRequest;
      const f = feedback(80 + id, old.person, { ...input, answers: old.topic });
      receive(f);
      const request = { ...old, status: 'answered' as const, feedbackId: f.id };
      requests = requests.map((x) => (x.id === id ? request : x));
      return { request, feedback: f };
    }),
    deleteFeedbackRequest: vi.fn(async () => ({ undoId: 1 })),
    listFeedbackGiven: vi.fn(async () => given),
    createFeedbackGiven: vi.fn(async (_plan: number, input: FeedbackGivenInput) => {
      const g = {
        id: given.length + 1,
        planId: 1,
        stakeholderId: input.stakeholderId,
        to: input.personName || 'Dev Patel',
        date: input.date,
        context: input.context,
        kind: input.kind,
        about: input.about,
        notes: input.notes,
        createdAt: stamp,
        updatedAt: stamp,
      };
      given.unshift(g);
      return g;
    }),
    updateFeedbackGiven: vi.fn(async () => given[0] as FeedbackGiven),
    deleteFeedbackGiven: vi.fn(async () => ({ undoId: 2 })),
    listSkills: vi.fn(async () => [skill]),
    listStretches: vi.fn(async () => []),
    readiness: vi.fn(async () => null),
    received,
  };
}

describe('FeedbackScreen', () => {
  it('moves constructive feedback from open to acting, and filters by status', async () => {
    const user = userEvent.setup();
    const api = fakeFeedback([
      feedback(1, 'Dev Patel', { stakeholderId: 4 }),
      feedback(2, 'Ana', { kind: 'praise', status: 'resolved', date: '2026-10-01' }),
    ]);
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
    expect(api.createFeedback).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ stakeholderId: null, fromName: 'Dana from design', kind: 'praise' }),
    );
    expect(await screen.findByRole('article', { name: /Dana from design/ })).toHaveTextContent('Great demo.');
  });

  it('asks for feedback about a skill, logs the answer from the request, and counts it', async () => {
    const user = userEvent.setup();
    const api = fakeFeedback([]);
    render(FeedbackScreen, { planId: 1, api });
    await user.click(await screen.findByRole('tab', { name: /Asked for/ }));
    await user.click(screen.getByRole('button', { name: 'Ask for feedback' }));
    await user.selectOptions(screen.getByLabelText('Whom'), 'Dev Patel');
    await user.selectOptions(screen.getByLabelText('Skill'), 'Explaining trade-offs');
    await user.selectOptions(screen.getByLabelText('Status'), 'Asked');
    await user.click(screen.getByRole('button', { name: 'Save request' }));
    expect(api.createFeedbackRequest).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ stakeholderId: 4, about: 'skill', skillId: 7, status: 'asked', question: '' }),
    );
    expect(await screen.findByTestId('request-counts')).toHaveTextContent('0 to ask · 1 waiting · 0 answered');

    await user.click(screen.getByRole('button', { name: 'Log the answer from Dev Patel about Explaining trade-offs' }));
    await user.type(screen.getByLabelText('What they said'), 'Lead with the decision, then the options.');
    await user.click(screen.getByRole('button', { name: 'Log the answer' }));
    expect(api.answerFeedbackRequest).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ stakeholderId: 4, said: 'Lead with the decision, then the options.' }),
    );
    expect(await screen.findByTestId('request-counts')).toHaveTextContent('0 to ask · 0 waiting · 1 answered');
    expect(screen.getByRole('link', { name: 'See the answer' })).toHaveAttribute('href', '#/feedback/1/feedback-81');

    await user.click(screen.getByRole('tab', { name: /Received/ }));
    expect(await screen.findByRole('article', { name: /Dev Patel/ })).toHaveTextContent('Answers your request about Explaining trade-offs');
  });

  it('logs feedback given with private notes under the Given tab', async () => {
    const user = userEvent.setup();
    const api = fakeFeedback([]);
    render(FeedbackScreen, { planId: 1, api });
    await user.click(await screen.findByRole('tab', { name: /Given/ }));
    await user.click(screen.getByRole('button', { name: 'Log feedback you gave' }));
    await user.type(screen.getByLabelText('What it was about'), 'Caching proposal: failure modes');
    await user.type(screen.getByLabelText('Their name'), 'Sam (platform)');
    await user.selectOptions(screen.getByLabelText('Where'), 'Design review');
    await user.type(screen.getByLabelText(/My notes/), 'He took it well.');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(api.createFeedbackGiven).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ context: 'design_review', about: 'Caching proposal: failure modes' }),
    );
    const card = await screen.findByRole('article', { name: 'To Sam (platform): Caching proposal: failure modes' });
    expect(card).toHaveTextContent('Design review');
    expect(card).toHaveTextContent('Private He took it well.');
  });

  it('counts every status of the whole list and pages the one shown', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 70 }, (_, i) =>
      feedback(i + 1, `Reviewer ${i + 1}`, {
        status: i % 2 ? 'resolved' : 'open',
        date: `2026-0${1 + Math.floor(i / 10)}-${String(10 + (i % 10))}`,
      }),
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
