import { describe, expect, it } from 'vitest';
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
