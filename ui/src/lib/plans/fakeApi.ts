// An in-memory stand-in for the backend, for component tests. It mirrors the command contract
// (ids, revisions, `{code, message, field}` errors) closely enough to drive the screens.
import { vi } from 'vitest';
import { CairnError, type Plan, type PlanInput, type PlansApi } from '../api';

/** A plan never closed nor continued. */
const OPEN = {
  closedOn: null,
  outcome: null,
  retrospective: { worked: '', didNotWork: '', differently: '' },
  continuedFrom: null,
  continuedBy: null,
} satisfies Partial<Plan>;

export function fakePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 1,
    title: 'Road to Senior',
    goal: 'Lead the payments re-architecture.',
    startDate: '2026-01-05',
    endDate: '2026-10-05',
    currentLevel: 'Mid-level',
    targetLevel: 'Senior',
    track: 'ic',
    status: 'active',
    revision: 1,
    ...OPEN,
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
    ...overrides,
  };
}

export function fakeApi(initial: Plan[] = []) {
  const plans = [...initial];
  let nextId = Math.max(0, ...plans.map((p) => p.id)) + 1;
  const stamp = '2026-11-21T09:30:00Z';
  const fromInput = (id: number, revision: number, input: PlanInput): Plan => ({
    id,
    revision,
    ...OPEN,
    createdAt: stamp,
    updatedAt: stamp,
    ...input,
    title: input.title.trim(),
  });

  const api = {
    listPlans: vi.fn(async () => [...plans]),
    createPlan: vi.fn(async (input: PlanInput) => {
      const plan = fromInput(nextId++, 1, input);
      plans.push(plan);
      return plan;
    }),
    updatePlan: vi.fn(async (id: number, revision: number, input: PlanInput) => {
      const index = plans.findIndex((p) => p.id === id);
      if (index < 0) throw new CairnError('not_found', `Plan ${id} was not found.`);
      const plan = fromInput(id, revision + 1, input);
      plans[index] = plan;
      return plan;
    }),
    archivePlan: vi.fn(async (id: number) => {
      const index = plans.findIndex((p) => p.id === id);
      const current = plans[index];
      if (!current) throw new CairnError('not_found', `Plan ${id} was not found.`);
      const plan = { ...current, status: 'archived' as const, revision: current.revision + 1 };
      plans[index] = plan;
      return plan;
    }),
    listTemplates: vi.fn(async () => [
      {
        id: 'senior_ic' as const,
        title: 'Mid-level → Senior (individual contributor)',
        summary: 'Go deep.',
        track: 'ic' as const,
        skills: 5,
        milestones: 5,
      },
      { id: 'tech_lead' as const, title: '→ Tech lead (hybrid)', summary: 'Lead.', track: 'hybrid' as const, skills: 4, milestones: 4 },
    ]),
    createPlanFromTemplate: vi.fn(async (_template: string, startDate: string) => {
      const plan = fromInput(nextId++, 1, { ...fakePlan(), title: 'Road to Senior', startDate, endDate: startDate });
      plans.push(plan);
      return plan;
    }),
    loadDemo: vi.fn(async () => {
      const plan = fromInput(nextId++, 1, { ...fakePlan(), title: 'Road to Senior (demo)' });
      plans.push(plan);
      return plan;
    }),
  } satisfies PlansApi;
  return api;
}
