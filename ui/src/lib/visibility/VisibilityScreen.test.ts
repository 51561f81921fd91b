import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Skill, Visibility, VisibilityApi, VisibilityInput, VisibilitySpread } from '../api';
import { fakeTrash } from '../trash.testing';
import VisibilityScreen from './VisibilityScreen.svelte';
import { bars } from './visibility';

const stamp = '2026-11-21T09:00:00Z';
const skills = [{ id: 3, name: 'Explaining trade-offs' } as Skill];

function fake() {
  const records: Visibility[] = [];
  const trash = fakeTrash();
  const spread = (): VisibilitySpread => {
    const months = ['2026-10', '2026-11'].map((month) => {
      const of = (a: Visibility['audience']) => records.filter((r) => r.date.startsWith(month) && r.audience === a).length;
      return { month, counts: { team: of('team'), org: of('org'), company: of('company'), external: of('external') } };
    });
    const sum = (k: 'team' | 'org' | 'company' | 'external') => months.reduce((n, m) => n + m.counts[k], 0);
    return { months, total: { team: sum('team'), org: sum('org'), company: sum('company'), external: sum('external') } };
  };
  return {
    listVisibility: vi.fn(async () => [...records]),
    visibilitySpread: vi.fn(async () => spread()),
    createVisibility: vi.fn(async (_plan: number, input: VisibilityInput) => {
      const r = { ...input, id: records.length + 1, planId: 1, createdAt: stamp, updatedAt: stamp };
      records.unshift(r);
      return r;
    }),
    updateVisibility: vi.fn(async () => records[0] as Visibility),
    deleteVisibility: vi.fn(async () => trash.keep(() => undefined)),
    listSkills: vi.fn(async () => skills),
    undoDelete: trash.undoDelete,
  } satisfies VisibilityApi;
}

describe('VisibilityScreen', () => {
  it('logs a talk to the company and shows it in the spread, its link only to copy', async () => {
    const user = userEvent.setup();
    const api = fake();
    render(VisibilityScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Log your first talk or doc' }));
    await user.type(screen.getByLabelText('Title'), 'Cutting latency (all-hands)');
    await user.clear(screen.getByRole('textbox', { name: 'When' }));
    await user.type(screen.getByRole('textbox', { name: 'When' }), '2026-11-12');
    await user.selectOptions(screen.getByLabelText('Audience'), 'The company');
    await user.type(screen.getByLabelText(/About how many people/), '200');
    await user.type(screen.getByLabelText(/^Link/), 'https://wiki.example.com/talk');
    await user.click(screen.getByLabelText('Explaining trade-offs'));
    await user.click(screen.getByRole('button', { name: 'Log this' }));
    expect(api.createVisibility).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ audience: 'company', audienceSize: 200, link: 'https://wiki.example.com/talk', skillIds: [3] }),
    );
    expect(await screen.findByTestId('visibility-summary')).toHaveTextContent('1 record, 1 beyond your team');
    const card = screen.getByRole('article', { name: /Cutting latency/ });
    expect(card).toHaveTextContent('The company, about 200 people');
    expect(within(card).getByRole('textbox', { name: 'Link to Cutting latency (all-hands)' })).toHaveValue('https://wiki.example.com/talk');
    expect(within(card).queryByRole('link')).toBeNull();
    expect(screen.getByRole('table', { name: /by month and audience/ })).toHaveTextContent('2026-11');
  });

  it('stacks each month from the team outwards', () => {
    const [bar] = bars([{ month: '2026-11', counts: { team: 2, org: 0, company: 1, external: 1 } }]);
    expect(bar?.total).toBe(4);
    expect(bar?.parts.map((p) => [p.audience, p.from])).toEqual([
      ['team', 0],
      ['org', 2],
      ['company', 2],
      ['external', 3],
    ]);
  });
});
