import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CairnError, type ReflectionSlot, type ReminderSettings, type SettingsApi } from '../api';
import SettingsScreen from './SettingsScreen.svelte';

function fakeSettings() {
  let reminders: ReminderSettings = {
    checkIns: true,
    milestones: true,
    learningActions: true,
    actionItems: true,
    weeklyReflection: true,
    monthlyReview: true,
    reviewCycle: true,
    selfAssessment: true,
    feedbackRequests: true,
  };
  let slot: ReflectionSlot = { day: 'friday', time: '15:00' };
  return {
    getReminderSettings: vi.fn(async () => reminders),
    setReminderSettings: vi.fn(async (r: ReminderSettings) => (reminders = r)),
    getReflectionSlot: vi.fn(async () => slot),
    setReflectionSlot: vi.fn(async (s: ReflectionSlot) => {
      if (!/^\d{1,2}:\d{2}$/.test(s.time))
        throw new CairnError('validation', `“${s.time}” is not a time of day; write it as 14:30.`, 'time');
      return (slot = s);
    }),
    getPaper: vi.fn(async () => 'a4' as const),
    setPaper: vi.fn(async () => null),
  } satisfies SettingsApi;
}

describe('SettingsScreen', () => {
  it('turns a kind of reminder off, and keeps the others', async () => {
    const user = userEvent.setup();
    const api = fakeSettings();
    render(SettingsScreen, { api });
    const reflection = await screen.findByRole('checkbox', { name: /Weekly reflection/ });
    expect(reflection).toBeChecked();
    await user.click(reflection);
    await waitFor(() =>
      expect(api.setReminderSettings).toHaveBeenCalledWith(expect.objectContaining({ weeklyReflection: false, checkIns: true })),
    );
    expect(reflection).not.toBeChecked();
  });

  it('moves the weekly reflection and says what is wrong with a bad time', async () => {
    const user = userEvent.setup();
    const api = fakeSettings();
    render(SettingsScreen, { api });
    await user.selectOptions(await screen.findByLabelText('Day'), 'Thursday');
    const time = screen.getByLabelText('Time');
    await user.clear(time);
    await user.type(time, 'late');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/is not a time of day/)).toBeInTheDocument();
    await user.clear(time);
    await user.type(time, '16:30');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.setReflectionSlot).toHaveBeenLastCalledWith({ day: 'thursday', time: '16:30' }));
  });
});
