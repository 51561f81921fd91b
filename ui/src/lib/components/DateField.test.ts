import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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

  it('accepts a typed ISO date', async () => {
    const user = userEvent.setup();
    render(DateField, { id: 'due', value: '', label: 'due date' });
    await user.type(screen.getByRole('textbox'), '2027-03-09');
    expect(screen.getByRole('textbox')).toHaveValue('2027-03-09');
  });
});
