import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '../format';
import DateField from './DateField.svelte';

describe('DateField', () => {
  it('opens a calendar on the selected month and picks a day', async () => {
    const user = userEvent.setup();
    const onchange = vi.fn();
    render(DateField, { id: 'due', value: '2026-08-14', label: 'due date', onchange });
    await user.click(screen.getByRole('button', { name: 'Choose the due date from a calendar' }));

    const dialog = screen.getByRole('dialog', { name: 'Choose the due date' });
    expect(dialog).toHaveTextContent(/August 2026/);
    expect(screen.getByRole('button', { name: /August 14, 2026/ })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /August 20, 2026/ }));
    expect(screen.getByRole('textbox')).toHaveValue('2026-08-20');
    expect(onchange).toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves by day, week and month from the keyboard and closes on Escape without picking', async () => {
    const user = userEvent.setup();
    render(DateField, { id: 'due', value: '2026-01-31', label: 'due date' });
    await user.click(screen.getByRole('button', { name: 'Choose the due date from a calendar' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /February 1, 2026/ })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: /January 25, 2026/ })).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('button', { name: /February 25, 2026/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveValue('2026-01-31');
  });

  it("starts the week where the locale does, and goes to the week's ends with Home and End", async () => {
    const user = userEvent.setup();
    setLocale('de-DE');
    render(DateField, { id: 'due', value: '2026-08-14', label: 'due date' });
    await user.click(screen.getByRole('button', { name: 'Choose the due date from a calendar' }));
    const heads = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(heads[0]).toBe('Mo');
    expect(screen.getByRole('dialog')).toHaveTextContent(/August 2026/);
    // 14 August 2026 is a Friday: Home goes to Monday the 10th, End to Sunday the 16th.
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: /10\. August 2026/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: /16\. August 2026/ })).toHaveFocus();
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(screen.getByRole('button', { name: /16\. August 2027/ })).toHaveFocus();
    setLocale(undefined);
  });

  it('starts the week on Sunday in en-US', async () => {
    const user = userEvent.setup();
    setLocale('en-US');
    render(DateField, { id: 'due', value: '2026-08-14', label: 'due date' });
    await user.click(screen.getByRole('button', { name: 'Choose the due date from a calendar' }));
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent('Sun');
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: /Sunday, August 9, 2026/ })).toHaveFocus();
    setLocale(undefined);
  });

  it('accepts a typed ISO date', async () => {
    const user = userEvent.setup();
    render(DateField, { id: 'due', value: '', label: 'due date' });
    await user.type(screen.getByRole('textbox'), '2027-03-09');
    expect(screen.getByRole('textbox')).toHaveValue('2027-03-09');
  });
});
