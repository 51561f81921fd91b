import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BriefSection, PlanSection, Preview } from '../api';
import Toaster from '../components/Toaster.svelte';
import ExportPanel from './ExportPanel.svelte';

const previews: Preview<BriefSection>[] = [
  { section: 'since_last', label: 'Since the last one-on-one', private: false, summary: '1 milestone done, 2 wins, no pieces of feedback' },
  { section: 'skills', label: 'Skills', private: false, summary: '5 skills' },
  { section: 'notes', label: 'My notes from this one-on-one', private: true, summary: '42 characters of your own notes' },
];

function setup(saved: { path: string; shown: string } | null = { path: '/home/sam/Documents/brief.pdf', shown: '~/Documents/brief.pdf' }) {
  const api = { getPaper: vi.fn(async () => 'a4' as const), setPaper: vi.fn(async () => null), openDocument: vi.fn(async () => null) };
  const save = vi.fn(async (sections: BriefSection[]) => (sections.length > 0 ? saved : null));
  const oncancel = vi.fn();
  render(Toaster);
  render(ExportPanel<BriefSection>, { title: 'Export the brief', what: 'brief', api, load: async () => previews, save, oncancel });
  return { api, save, oncancel };
}

describe('ExportPanel', () => {
  it('shows what each section holds, with private ones left out until ticked', async () => {
    const user = userEvent.setup();
    const { save } = setup();
    const notes = await screen.findByRole('checkbox', { name: /My notes from this one-on-one/ });
    expect(notes).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Skills/ })).toBeChecked();
    expect(screen.getByText('5 skills')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));
    expect(save).toHaveBeenCalledWith(['since_last', 'skills'], '', '');
  });

  it('warns when a private section is ticked, and offers to open the saved file', async () => {
    const user = userEvent.setup();
    const { save, api, oncancel } = setup();
    await user.click(await screen.findByRole('checkbox', { name: /My notes/ }));
    expect(screen.getByText(/The document will include my notes from this one-on-one/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));
    expect(save).toHaveBeenCalledWith(['since_last', 'skills', 'notes'], '', '');
    // Toasts are shared by the whole window: the earlier test's may still be showing.
    expect((await screen.findAllByText('Saved ~/Documents/brief.pdf')).length).toBeGreaterThan(0);
    expect(oncancel).toHaveBeenCalled();
    await user.click(screen.getAllByRole('button', { name: 'Open' }).at(-1) as HTMLElement);
    expect(api.openDocument).toHaveBeenCalledWith('/home/sam/Documents/brief.pdf');
  });

  it('keeps the paper choice and stays open when the save dialog is cancelled', async () => {
    const user = userEvent.setup();
    const { api, oncancel } = setup(null);
    await user.selectOptions(await screen.findByLabelText('Paper'), 'US Letter');
    expect(api.setPaper).toHaveBeenCalledWith('us_letter');
    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save PDF…' })).toBeEnabled());
    expect(oncancel).not.toHaveBeenCalled();
  });

  it("limits the plan's wins to a period only while the wins are chosen", async () => {
    const user = userEvent.setup();
    const api = { getPaper: vi.fn(async () => 'a4' as const), setPaper: vi.fn(async () => null), openDocument: vi.fn(async () => null) };
    const save = vi.fn(async () => null);
    const plan: Preview<PlanSection>[] = [
      { section: 'skills', label: 'Skills', private: false, summary: '5 skills' },
      { section: 'wins', label: 'Wins', private: false, summary: '400 wins' },
    ];
    render(ExportPanel<PlanSection>, {
      title: 'Export the plan',
      what: 'plan',
      api,
      load: async () => plan,
      save,
      winsPeriod: true,
      oncancel: vi.fn(),
    });
    await user.type(await screen.findByLabelText('From'), '2026-06-01');
    await user.type(screen.getByLabelText('To'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));
    expect(save).toHaveBeenCalledWith(['skills', 'wins'], '2026-06-01', '2026-11-30');
    await user.click(screen.getByRole('checkbox', { name: /Wins/ }));
    expect(screen.queryByLabelText('From')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));
    expect(save).toHaveBeenLastCalledWith(['skills'], '', '');
  });
});
