import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  CairnError,
  type Reflection,
  type ReflectionApi,
  type ReflectionHistory,
  type ReflectionInput,
  type ReflectionWeek,
  type WeekSpan,
} from '../api';
import { fakeTrash } from '../trash.testing';

import ReflectionScreen from './ReflectionScreen.svelte';

const stamp = '2026-11-21T09:00:00Z';
const span = (n: number): WeekSpan => ({ week: `2026-W${n}`, number: n, monday: `2026-11-${n - 30}`, sunday: `2026-11-${n - 24}` });

/** A plan in its weeks 45–47; 47 is this week; 45 was written, 46 missed. */
function fakeReflections() {
  const stored = new Map<string, Reflection>();
  let nextId = 10;
  const put = (week: string, input: ReflectionInput): Reflection => {
    const n = Number(week.slice(-2));
    const r: Reflection = {
      id: stored.get(week)?.id ?? nextId++,
      planId: 1,
      week: span(n),
      ...input,
      made: stored.get(week)?.made ?? [],
      createdAt: stamp,
      updatedAt: stamp,
    };
    stored.set(week, r);
    return r;
  };
  put('2026-W45', { moved: 'Kicked off the ranking work', learned: '', blocked: '', focus: 'Write the RFC', confidence: 3, energy: 2 });
  const trash = fakeTrash();
  const api = {
    reflectionHistory: vi.fn(async (): Promise<ReflectionHistory> => {
      const weeks = [47, 46, 45].map((n) => ({ week: span(n), reflection: stored.get(`2026-W${n}`) ?? null }));
      return {
        currentWeek: '2026-W47',
        weeks,
        written: weeks.filter((w) => w.reflection).length,
        missed: weeks.filter((w) => !w.reflection).length,
      };
    }),
    reflectionWeek: vi.fn(async (_plan: number, week: string): Promise<ReflectionWeek> => {
      const reflection = stored.get(week) ?? null;
      const facts = week === '2026-W47' ? [{ kind: 'win' as const, id: 3, date: '2026-11-18', text: 'Cut p95 by 40%' }] : [];
      const draft: ReflectionInput = reflection
        ? {
            moved: reflection.moved,
            learned: reflection.learned,
            blocked: reflection.blocked,
            focus: reflection.focus,
            confidence: reflection.confidence,
            energy: reflection.energy,
          }
        : { moved: facts.map((f) => `Win: ${f.text}`).join('\n'), learned: '', blocked: '', focus: '', confidence: null, energy: null };
      return { week: span(Number(week.slice(-2))), isCurrent: week === '2026-W47', facts, reflection, draft };
    }),
    saveReflection: vi.fn(async (_plan: number, week: string, input: ReflectionInput) => put(week, input)),
    makeFromReflectionLine: vi.fn(
      async (line: { reflectionId: number; text: string; target: string; fromName: string; stakeholderId: number | null }) => {
        if ((line.target === 'praise' || line.target === 'constructive') && !line.fromName && line.stakeholderId === null) {
          throw new CairnError('validation', 'Who gave it is required.', 'fromName');
        }
        const item = {
          kind: line.target === 'praise' || line.target === 'constructive' ? ('feedback' as const) : (line.target as 'win'),
          id: 99,
          title: line.text,
        };
        const r = [...stored.values()].find((x) => x.id === line.reflectionId)!;
        r.made = [...r.made, item];
        return item;
      },
    ),
    deleteReflection: vi.fn(async (id: number) => {
      const [week, r] = [...stored.entries()].find(([, x]) => x.id === id)!;
      stored.delete(week);
      return trash.keep(() => stored.set(week, r));
    }),
    listSkills: vi.fn(async () => []),
    listStakeholders: vi.fn(async () => []),
    undoDelete: trash.undoDelete,
  };
  return api satisfies ReflectionApi;
}

describe('ReflectionScreen', () => {
  it('opens this week with its facts and a draft made from them, and saves what the person wrote', async () => {
    const user = userEvent.setup();
    const api = fakeReflections();
    render(ReflectionScreen, { planId: 1, api });
    expect(await screen.findByRole('heading', { name: /Week 47/ })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'This week in your plan' });
    expect(within(facts).getByText('Cut p95 by 40%')).toBeInTheDocument();
    expect(screen.getByLabelText(/What moved/)).toHaveValue('Win: Cut p95 by 40%');

    await user.type(screen.getByLabelText(/What got in the way/), 'Too many meetings');
    await user.type(screen.getByLabelText(/Next week's one focus/), 'Ship the RFC');
    await user.click(within(screen.getByRole('group', { name: /Confidence/ })).getByRole('radio', { name: /4/ }));
    // Unsaved edits hold the week in place.
    expect(screen.getByRole('button', { name: '← Earlier week' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Save reflection' }));

    await waitFor(() =>
      expect(api.saveReflection).toHaveBeenCalledWith(1, '2026-W47', {
        moved: 'Win: Cut p95 by 40%',
        learned: '',
        blocked: 'Too many meetings',
        focus: 'Ship the RFC',
        confidence: 4,
        energy: null,
      }),
    );
    expect(await screen.findByRole('button', { name: 'Save changes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '← Earlier week' })).toBeEnabled();
  });

  it('lists the weeks with the missed one, and opens an earlier week from the list', async () => {
    const user = userEvent.setup();
    render(ReflectionScreen, { planId: 1, api: fakeReflections() });
    const weeks = await screen.findByRole('complementary', { name: 'Your weeks' });
    expect(within(weeks).getByText('1 written · 2 not')).toBeInTheDocument();
    const missed = within(weeks).getByRole('button', { name: /Week 46/ });
    expect(within(missed).getByText('No entry')).toBeInTheDocument();
    await user.click(within(weeks).getByRole('button', { name: /Week 45/ }));
    expect(await screen.findByRole('heading', { name: /Week 45/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/What moved/)).toHaveValue('Kicked off the ranking work');
    const row = within(screen.getByRole('table', { name: /Confidence and energy by week/ })).getByRole('row', { name: /Week 45/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '2']);
  });

  it('turns a line into a win in one click, and asks who gave feedback before logging it', async () => {
    const user = userEvent.setup();
    const api = fakeReflections();
    render(ReflectionScreen, { planId: 1, api, focus: { kind: 'week', id: 202645 } });
    const lines = await screen.findByRole('region', { name: 'Turn a line into something' });
    const [first] = within(lines).getAllByRole('button', { name: 'Make into…' });
    await user.click(first!);
    await user.click(within(lines).getByRole('button', { name: 'Win' }));
    await waitFor(() =>
      expect(api.makeFromReflectionLine).toHaveBeenCalledWith(
        expect.objectContaining({ reflectionId: 10, text: 'Kicked off the ranking work', target: 'win' }),
      ),
    );
    const made = await screen.findByRole('region', { name: 'Made from this reflection' });
    expect(within(made).getByRole('link', { name: 'Kicked off the ranking work' })).toHaveAttribute('href', '#/wins/1/win-99');

    const [again] = within(screen.getByRole('region', { name: 'Turn a line into something' })).getAllByRole('button', {
      name: 'Make into…',
    });
    await user.click(again!);
    await user.click(screen.getByRole('button', { name: 'Feedback…' }));
    await user.type(screen.getByLabelText('Name'), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Log feedback' }));
    await waitFor(() =>
      expect(api.makeFromReflectionLine).toHaveBeenLastCalledWith(
        expect.objectContaining({ target: 'praise', fromName: 'Dana', stakeholderId: null }),
      ),
    );
  });

  it("shows a closed plan's weeks without ways to change them", async () => {
    render(ReflectionScreen, { planId: 1, api: fakeReflections(), focus: { kind: 'week', id: 202645 }, closed: true });
    expect(await screen.findByLabelText(/What moved/)).toHaveValue('Kicked off the ranking work');
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Turn a line into something' })).toBeNull();
  });
});
