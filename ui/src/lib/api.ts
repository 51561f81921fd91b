// The only module that talks to the Rust backend. Everything else imports `api` from here, so the
// IPC surface is one file to read, to mock in tests, and to keep in step with src-tauri/build.rs.
import { invoke } from '@tauri-apps/api/core';
import type { AppInfo } from './bindings/AppInfo';
import type { ErrorCode } from './bindings/ErrorCode';
import type { IpcError } from './bindings/IpcError';
import type { Plan } from './bindings/Plan';
import type { PlanInput } from './bindings/PlanInput';

export type { AppInfo, ErrorCode, Plan, PlanInput };

/** A failed command: `code` for the program, `message` for the person, `field` for the form. */
export class CairnError extends Error {
  readonly code: ErrorCode | 'invalid_request';
  readonly field: string | null;

  constructor(code: ErrorCode | 'invalid_request', message: string, field: string | null = null) {
    super(message);
    this.name = 'CairnError';
    this.code = code;
    this.field = field;
  }
}

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as IpcError).code === 'string' &&
    typeof (value as IpcError).message === 'string'
  );
}

/** Turns whatever `invoke` rejected with into a CairnError. */
export function toCairnError(value: unknown): CairnError {
  if (value instanceof CairnError) return value;
  if (isIpcError(value)) return new CairnError(value.code, value.message, value.field ?? null);
  // Tauri itself rejects with a plain string when a request is malformed (a bug on our side).
  const text = value instanceof Error ? value.message : String(value);
  return new CairnError('invalid_request', `Cairn could not carry out that request (${text}).`);
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toCairnError(err);
  }
}

export const api = {
  appInfo: () => call<AppInfo>('app_info'),
  listPlans: () => call<Plan[]>('list_plans'),
  getPlan: (id: number) => call<Plan>('get_plan', { id }),
  createPlan: (input: PlanInput) => call<Plan>('create_plan', { input }),
  updatePlan: (id: number, revision: number, input: PlanInput) =>
    call<Plan>('update_plan', { id, revision, input }),
  archivePlan: (id: number) => call<Plan>('archive_plan', { id }),
};

export type Api = typeof api;
