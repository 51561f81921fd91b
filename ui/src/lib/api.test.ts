import { describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { CairnError, toCairnError } from './api';

describe('toCairnError', () => {
  it('keeps code, message and field of an IPC error', () => {
    const e = toCairnError({ code: 'validation', message: 'The title is required.', field: 'title' });
    expect(e).toBeInstanceOf(CairnError);
    expect([e.code, e.message, e.field]).toEqual(['validation', 'The title is required.', 'title']);
  });

  it('wraps a plain string rejection from the IPC layer as invalid_request', () => {
    const e = toCairnError('invalid args `id` for command `get_plan`');
    expect(e.code).toBe('invalid_request');
    expect(e.message).toContain('invalid args');
    expect(e.field).toBeNull();
  });
});

describe('api', () => {
  it('calls each command by its Rust name with the argument names Rust reads', async () => {
    const { invoke } = await import('@tauri-apps/api/core');
    const calls = vi.mocked(invoke);
    calls.mockResolvedValue({ id: 4 });
    const { api } = await import('./api');
    await api.createSkill(3, {
      name: 'Design reviews',
      category: 'technical_depth',
      currentLevel: 2,
      targetLevel: 4,
      why: '',
      notes: '',
    });
    expect(calls).toHaveBeenLastCalledWith('create_skill', { planId: 3, input: expect.objectContaining({ name: 'Design reviews' }) });
    await api.undoDelete({ undoId: 17 });
    expect(calls).toHaveBeenLastCalledWith('undo_delete', { undoId: 17 });
    await api.listPlans();
    expect(calls).toHaveBeenLastCalledWith('list_plans', undefined);
  });

  it('turns a rejected command into a CairnError with its field', async () => {
    const { invoke } = await import('@tauri-apps/api/core');
    vi.mocked(invoke).mockRejectedValueOnce({ code: 'not_found', message: 'That plan is gone.', field: null });
    const { api } = await import('./api');
    const err = await api.getPlan(9).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CairnError);
    expect((err as CairnError).code).toBe('not_found');
  });
});
