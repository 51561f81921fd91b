import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CairnError } from '../api';
import Toaster from '../components/Toaster.svelte';
import { fakeApi, fakePlan } from './fakeApi';
import PlansScreen from './PlansScreen.svelte';

describe('PlansScreen', () => {
  it('teaches what a plan is when there is none, and opens the form from there', async () => {
    const user = userEvent.setup();
    render(PlansScreen, { api: fakeApi() });
    expect(await screen.findByRole('heading', { name: 'Start your first growth plan' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Mid-level → Senior/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start from scratch' }));
    expect(screen.getByRole('heading', { name: 'New growth plan' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();
  });

  it('starts a plan from a template dated today and opens it', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    const onopen = vi.fn();
    render(PlansScreen, { api, onopen });
    await user.click(await screen.findByRole('button', { name: /Tech lead \(hybrid\)/ }));
    const today = new Date();
    const ymd = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(api.createPlanFromTemplate).toHaveBeenCalledWith('tech_lead', ymd);
    await waitFor(() => expect(onopen).toHaveBeenCalledWith(expect.objectContaining({ title: 'Road to Senior' })));
  });

  it('loads the demo from the first-run screen', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    const onopen = vi.fn();
    render(PlansScreen, { api, onopen });
    await user.click(await screen.findByRole('button', { name: 'Try the demo plan' }));
    await waitFor(() => expect(onopen).toHaveBeenCalledWith(expect.objectContaining({ title: 'Road to Senior (demo)' })));
    expect(api.loadDemo).toHaveBeenCalledOnce();
  });

  it('opens a plan from its title and edits it from Edit', async () => {
    const user = userEvent.setup();
    const onopen = vi.fn();
    render(PlansScreen, { api: fakeApi([fakePlan()]), onopen });
    await user.click(await screen.findByRole('button', { name: 'Road to Senior' }));
    expect(onopen).toHaveBeenCalledWith(expect.objectContaining({ id: 1 }));
  });

  it('lists plans with levels, track and window', async () => {
    render(PlansScreen, { api: fakeApi([fakePlan()]) });
    const card = await screen.findByRole('article', { name: 'Road to Senior' });
    expect(within(card).getByText('Mid-level')).toBeInTheDocument();
    expect(within(card).getByText('Senior')).toBeInTheDocument();
    expect(within(card).getByText('Individual contributor')).toBeInTheDocument();
    expect(within(card).getByText('9 months')).toBeInTheDocument();
    expect(within(card).getByText('Active')).toBeInTheDocument();
  });

  it('creates a plan through the form and shows it in the list', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    render(PlansScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Start from scratch' }));
    await user.type(screen.getByLabelText('Title'), 'Staff by summer');
    await user.type(screen.getByLabelText('Current level'), 'Senior');
    await user.type(screen.getByLabelText('Target level'), 'Staff');
    await user.click(screen.getByLabelText(/Tech lead/));
    await user.click(screen.getByRole('button', { name: 'Create plan' }));

    expect(await screen.findByRole('article', { name: 'Staff by summer' })).toBeInTheDocument();
    expect(api.createPlan).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Staff by summer', currentLevel: 'Senior', targetLevel: 'Staff', track: 'hybrid' }),
    );
    expect(screen.queryByRole('heading', { name: 'New growth plan' })).not.toBeInTheDocument();
  });

  it('shows the backend validation message next to the field it names and keeps the form open', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    api.createPlan.mockRejectedValueOnce(new CairnError('validation', 'The end date must be after the start date.', 'endDate'));
    render(PlansScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Start from scratch' }));
    await user.type(screen.getByLabelText('Title'), 'Backwards');
    await user.click(screen.getByRole('button', { name: 'Create plan' }));

    const end = screen.getByLabelText('End date');
    await waitFor(() => expect(end).toHaveAccessibleDescription(/The end date must be after the start date\./));
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'New growth plan' })).toBeInTheDocument();
    expect(await api.listPlans()).toEqual([]);
  });

  it('a quick window chip sets the end date from the start date', async () => {
    const user = userEvent.setup();
    render(PlansScreen, { api: fakeApi() });
    await user.click(await screen.findByRole('button', { name: 'Start from scratch' }));
    const start = screen.getByLabelText('Start date') as HTMLInputElement;
    await user.clear(start);
    await user.type(start, '2026-08-31');
    await user.click(screen.getByRole('button', { name: '6 months' }));
    expect(screen.getByLabelText('End date')).toHaveValue('2027-02-28');
    expect(screen.getByText(/Window: 6 months/)).toBeInTheDocument();
  });

  it('archives with an undo that restores the previous status', async () => {
    const user = userEvent.setup();
    const api = fakeApi([fakePlan({ status: 'draft' })]);
    render(PlansScreen, { api });
    render(Toaster);
    await user.click(await screen.findByRole('button', { name: 'Archive Road to Senior' }));

    expect(await screen.findByText('Archived “Road to Senior”.')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Road to Senior' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText(/Show archived plans \(1\)/));
    expect(screen.getByRole('article', { name: 'Road to Senior' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.updatePlan).toHaveBeenCalledWith(1, 2, expect.objectContaining({ status: 'draft' })));
    const card = await screen.findByRole('article', { name: 'Road to Senior' });
    expect(within(card).getByText('Draft')).toBeInTheDocument();
  });

  it('edits a plan and sends the revision it was based on', async () => {
    const user = userEvent.setup();
    const api = fakeApi([fakePlan({ revision: 4 })]);
    render(PlansScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Edit Road to Senior' }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Road to Senior, take two');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.updatePlan).toHaveBeenCalledWith(1, 4, expect.objectContaining({ title: 'Road to Senior, take two' })));
    expect(await screen.findByRole('article', { name: 'Road to Senior, take two' })).toBeInTheDocument();
  });

  it('shows a conflict as a sentence at the top of the form', async () => {
    const user = userEvent.setup();
    const api = fakeApi([fakePlan()]);
    api.updatePlan.mockRejectedValueOnce(new CairnError('conflict', '“Road to Senior” was changed elsewhere.'));
    render(PlansScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Edit Road to Senior' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“Road to Senior” was changed elsewhere.');
  });
});
