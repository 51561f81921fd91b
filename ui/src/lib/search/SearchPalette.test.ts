import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../api';
import SearchPalette from './SearchPalette.svelte';

const hits: SearchHit[] = [
  { kind: 'win', id: 3, title: 'Cut search p95 latency', snippet: 'p95 search latency', rank: -3 },
  { kind: 'stakeholder', id: 7, title: 'Priya Raman', snippet: 'Engineering manager', rank: -1 },
];

describe('SearchPalette', () => {
  it('searches as you type and Enter goes to the screen of the chosen result', async () => {
    const user = userEvent.setup();
    const api = { search: vi.fn(async () => hits) };
    const ongo = vi.fn();
    render(SearchPalette, { planId: 4, open: true, ongo, api });
    const box = screen.getByRole('combobox', { name: 'Search this plan' });
    await waitFor(() => expect(box).toHaveFocus());
    await user.type(box, 'p');
    expect(await screen.findByRole('option', { name: /Cut search p95 latency/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(ongo).toHaveBeenCalledWith({ screen: 'people', planId: 4, focus: { kind: 'stakeholder', id: 7 } });
    expect(api.search).toHaveBeenLastCalledWith(4, 'p');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says when nothing is found and closes on Escape', async () => {
    const user = userEvent.setup();
    render(SearchPalette, { planId: 4, open: true, ongo: vi.fn(), api: { search: vi.fn(async () => []) } });
    await user.type(screen.getByRole('combobox'), 'zzz');
    expect(await screen.findByText('Nothing found for “zzz”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
