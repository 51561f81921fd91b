import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Mentee, MenteeGoal, MenteeGoalInput, MentoringApi, MentoringSession, MentoringSessionInput, Stakeholder } from '../api';
import { fakeTrash } from '../trash.testing';
import MentoringScreen from './MentoringScreen.svelte';
import { progressOf } from './mentoring';

const stamp = '2026-11-21T09:00:00Z';
const sam = {
  id: 5,
  name: 'Sam Okafor',
  role: 'Junior engineer',
  relationship: 'mentee',
  influence: 1,
  interest: 3,
  stance: 'supporter',
  caresAbout: '',
  cadenceDays: 14,
  quadrant: 'keep_informed',
  checkIn: { state: 'overdue', lastInteraction: '2026-10-30', nextDue: '2026-11-13', daysUntilDue: -8 },
  createdAt: stamp,
  updatedAt: stamp,
} as Stakeholder;

function fake() {
  const goals: MenteeGoal[] = [];
  const sessions: MentoringSession[] = [];
  const trash = fakeTrash();
  const mentee = (): Mentee => ({
    person: sam,
    goals: [...goals],
    sessions: [...sessions].reverse(),
    goalsMet: goals.filter((g) => g.status === 'met').length,
    goalsOpen: goals.filter((g) => g.status === 'open').length,
    checkIn: sam.checkIn,
  });
  const goal = (id: number, input: MenteeGoalInput): MenteeGoal => ({
    id,
    planId: 1,
    stakeholderId: 5,
    text: input.text,
    targetDate: input.targetDate || null,
    status: input.status,
    metOn: input.status === 'met' ? '2026-11-21' : null,
    createdAt: stamp,
    updatedAt: stamp,
  });
  return {
    listMentees: vi.fn(async () => [mentee()]),
    listStakeholders: vi.fn(async () => [sam]),
    createStakeholder: vi.fn(async () => sam),
    updateStakeholder: vi.fn(async () => sam),
    createMenteeGoal: vi.fn(async (_plan: number, _who: number, input: MenteeGoalInput) => {
      const g = goal(goals.length + 1, input);
      goals.push(g);
      return g;
    }),
    updateMenteeGoal: vi.fn(async (id: number, input: MenteeGoalInput) => {
      const g = goal(id, input);
      goals.splice(
        goals.findIndex((x) => x.id === id),
        1,
        g,
      );
      return g;
    }),
    deleteMenteeGoal: vi.fn(async () => trash.keep(() => undefined)),
    createMentoringSession: vi.fn(async (_plan: number, input: { stakeholderId: number; date: string }) => {
      const s: MentoringSession = {
        id: 40 + sessions.length,
        planId: 1,
        stakeholderId: input.stakeholderId,
        mentee: 'Sam Okafor',
        date: input.date,
        topics: '',
        notes: '',
        willTry: '',
        learned: '',
        createdAt: stamp,
        updatedAt: stamp,
        agenda: goals
          .filter((g) => g.status === 'open')
          .map((g, i) => ({ id: 100 + i, source: 'goal' as const, text: `Goal: ${g.text}`, done: false, goalId: g.id })),
      };
      sessions.push(s);
      return s;
    }),
    updateMentoringSession: vi.fn(async (id: number, input: MentoringSessionInput) => {
      const s = { ...(sessions.find((x) => x.id === id) as MentoringSession), ...input };
      sessions.splice(
        sessions.findIndex((x) => x.id === id),
        1,
        s,
      );
      return s;
    }),
    deleteMentoringSession: vi.fn(async () => trash.keep(() => undefined)),
    addMentoringItem: vi.fn(async (_session: number, text: string) => ({
      id: 200,
      source: 'added' as const,
      text,
      done: false,
      goalId: null,
    })),
    setMentoringItemDone: vi.fn(async () => null),
    deleteMentoringItem: vi.fn(async () => trash.keep(() => undefined)),
    undoDelete: trash.undoDelete,
  } satisfies MentoringApi;
}

describe('MentoringScreen', () => {
  it('adds a goal, starts a session from it, and writes down what they will try', async () => {
    const user = userEvent.setup();
    const api = fake();
    render(MentoringScreen, { planId: 1, api });
    const card = await screen.findByRole('article', { name: 'Sam Okafor' });
    expect(card).toHaveTextContent('Next session: overdue by 8 days');
    await user.type(within(card).getByLabelText('New goal for Sam Okafor'), 'Lead a design review');
    await user.click(within(card).getByRole('button', { name: 'Add goal' }));
    expect(api.createMenteeGoal).toHaveBeenCalledWith(1, 5, { text: 'Lead a design review', targetDate: '', status: 'open' });
    expect(await within(card).findByText('Lead a design review')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Start a session with Sam Okafor' }));
    expect(await screen.findByRole('heading', { name: 'Session with Sam Okafor' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Goal: Lead a design review' }));
    expect(api.setMentoringItemDone).toHaveBeenCalledWith(100, true);
    await user.type(screen.getByLabelText('What we talked about'), 'Running a review');
    await user.type(screen.getByLabelText(/What they will try/), 'Draft the agenda');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    expect(api.updateMentoringSession).toHaveBeenCalledWith(
      40,
      expect.objectContaining({ topics: 'Running a review', willTry: 'Draft the agenda' }),
    );

    await user.click(await within(card).findByRole('button', { name: 'Mark met: Lead a design review' }));
    expect(api.updateMenteeGoal).toHaveBeenCalledWith(1, { text: 'Lead a design review', targetDate: '', status: 'met' });
    expect(await within(card).findByText('1 of 1 goals met · 1 session', { exact: false })).toBeInTheDocument();
  });

  it('lists progress over time: sessions held and goals met, in date order', () => {
    const m = {
      sessions: [
        { date: '2026-11-20', topics: 'Reviews' },
        { date: '2026-12-20', topics: 'Planned ahead' },
        { date: '2026-10-02', topics: 'First one\nmore' },
      ],
      goals: [
        { metOn: '2026-11-20', text: 'Ship alone' },
        { metOn: null, text: 'Open' },
      ],
    } as unknown as Mentee;
    expect(progressOf(m, '2026-11-21').map((e) => `${e.date} ${e.kind} ${e.text}`)).toEqual([
      '2026-10-02 session First one',
      '2026-11-20 session Reviews',
      '2026-11-20 goal_met Ship alone',
    ]);
  });
});
