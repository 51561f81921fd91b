import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  Assessment,
  AssessmentInput,
  EvidenceInput,
  FrameworkSummary,
  PlanLadder,
  PlanLadderInput,
  Readiness,
  ReadinessApi,
  Skill,
  Win,
} from '../api';
import ReadinessScreen from './ReadinessScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';
const levels = [
  { id: 1, position: 1, name: 'L3' },
  { id: 2, position: 2, name: 'L4' },
];
const summary: FrameworkSummary = {
  id: 5,
  name: 'Acme ladder',
  source: 'acme.csv',
  levels,
  topicCount: 1,
  expectationCount: 2,
  planCount: 0,
  builtin: false,
  updatedAt: stamp,
};
const framework = {
  summary,
  topics: [
    {
      id: 10,
      name: 'Delivery',
      expectations: [
        { id: 100, levelId: 2, text: 'Leads a project end to end', examples: ['The billing move'] },
        { id: 101, levelId: 2, text: 'Mentors an engineer', examples: [] },
      ],
    },
  ],
};
const skill = { id: 9, name: 'System design' } as Skill;
const win = { id: 40, title: 'Led the search rewrite', date: '2026-10-01' } as Win;

/** A small in-memory backend: frameworks, one plan's ladder, evidence and snapshots. */
function fakeApi({ imported = true }: { imported?: boolean } = {}) {
  let frameworks = imported ? [summary] : [];
  let ladder: PlanLadder | null = null;
  let evidence: {
    id: number;
    expectationId: number;
    kind: 'win' | 'milestone';
    refId: number;
    title: string;
    date: string | null;
    counts: boolean;
    mentee: string | null;
  }[] = [];
  let history: Assessment[] = [];
  const readiness = (): Readiness | null => {
    if (!ladder) return null;
    const expectations = framework.topics[0]!.expectations.map((e) => {
      const ev = evidence.filter((x) => x.expectationId === e.id);
      return { id: e.id, text: e.text, examples: e.examples, evidence: ev, met: ev.some((x) => x.counts) };
    });
    const met = expectations.filter((e) => e.met).length;
    return {
      ladder,
      topics: [{ id: 10, name: 'Delivery', expectations, met, total: 2 }],
      met,
      total: 2,
      percent: Math.round((met / 2) * 100),
    };
  };
  const trash = fakeTrash();
  return {
    previewFrameworkFile: vi.fn(async () => ({
      fileName: 'acme.csv',
      preview: {
        name: 'Acme ladder',
        replaces: null,
        levels: ['L3', 'L4'],
        topicCount: 1,
        expectationCount: 2,
        levelsAdded: ['L3', 'L4'],
        levelsRemoved: [],
        topicsAdded: ['Delivery'],
        topicsRemoved: [],
        expectationsAdded: [],
        expectationsRemoved: [],
        examplesChanged: 0,
        unchanged: false,
      },
    })),
    applyFrameworkImport: vi.fn(async () => {
      frameworks = [summary];
      return summary;
    }),
    listFrameworks: vi.fn(async () => frameworks),
    getFramework: vi.fn(async () => framework),
    deleteFramework: vi.fn(async () => null),
    copyFramework: vi.fn(async () => summary),
    planLadder: vi.fn(async () => ladder),
    setPlanLadder: vi.fn(async (_plan: number, input: PlanLadderInput) => {
      const level = (id: number) => levels.find((l) => l.id === id)!;
      ladder = {
        planId: 1,
        frameworkId: 5,
        frameworkName: 'Acme ladder',
        currentLevel: level(input.currentLevelId),
        targetLevel: level(input.targetLevelId),
      };
      return ladder;
    }),
    clearPlanLadder: vi.fn(async () => {
      ladder = null;
      return null;
    }),
    linkEvidence: vi.fn(async (_plan: number, input: EvidenceInput) => {
      const item = {
        id: evidence.length + 1,
        expectationId: input.expectationId,
        kind: 'win' as const,
        refId: input.refId,
        title: win.title,
        date: win.date,
        counts: true,
        mentee: null,
      };
      evidence.push(item);
      return item;
    }),
    unlinkEvidence: vi.fn(async (id: number) => {
      const before = evidence;
      evidence = evidence.filter((e) => e.id !== id);
      return trash.keep(() => (evidence = before));
    }),
    readiness: vi.fn(async () => readiness()),
    milestoneForGap: vi.fn(async (_plan: number, expectationId: number) => {
      evidence.push({
        id: 90,
        expectationId,
        kind: 'milestone',
        refId: 77,
        title: 'Show: Mentors an engineer',
        date: null,
        counts: false,
        mentee: null,
      });
      return { id: 77 } as never;
    }),
    learningActionForGap: vi.fn(async () => ({ id: 1 }) as never),
    listAssessments: vi.fn(async () => history),
    recordAssessment: vi.fn(async (_plan: number, input: AssessmentInput) => {
      const a = { id: history.length + 1, planId: 1, date: input.date, note: input.note, ratings: input.ratings };
      history = [...history.filter((h) => h.date !== input.date), a];
      return a;
    }),
    deleteAssessment: vi.fn(async () => trash.keep(() => undefined)),
    undoDelete: trash.undoDelete,
    listSkills: vi.fn(async () => [skill]),
    listWins: vi.fn(async () => [win]),
    listFeedback: vi.fn(async () => []),
    listMilestones: vi.fn(async () => []),
    listStretches: vi.fn(async () => []),
    listMentees: vi.fn(async () => []),
    listVisibility: vi.fn(async () => []),
    listFeedbackRequests: vi.fn(async () => ({ items: [], counts: { toAsk: 0, asked: 0, answered: 0, declined: 0 } })),
    listFeedbackGiven: vi.fn(async () => []),
    getPaper: vi.fn(async () => 'a4' as const),
    setPaper: vi.fn(async () => null),
    planPreview: vi.fn(async () => [
      { section: 'wins' as const, label: 'Wins', private: false, summary: '1 win' },
      { section: 'readiness' as const, label: 'Promotion readiness', private: false, summary: '2 expectations' },
    ]),
    exportPlan: vi.fn(async () => ({ path: '/home/a/packet.pdf', shown: '~/packet.pdf' })),
    exportPlanMarkdown: vi.fn(async () => null),
    openDocument: vi.fn(async () => null),
  } satisfies ReadinessApi;
}

describe('ReadinessScreen', () => {
  it('imports a framework after showing what it holds, then asks for the plan’s levels', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ imported: false });
    render(ReadinessScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Import a framework…' }));
    const panel = await screen.findByRole('complementary', { name: 'Import a framework' });
    expect(panel).toHaveTextContent('2 levels, 1 topics, 2 expectations.');
    expect(api.applyFrameworkImport).not.toHaveBeenCalled();
    await user.click(within(panel).getByRole('button', { name: 'Import' }));
    const ladder = await screen.findByRole('complementary', { name: 'Framework for this plan' });
    await user.selectOptions(within(ladder).getByLabelText('The level you are aiming for'), 'L4');
    await user.click(within(ladder).getByRole('button', { name: 'Use this framework' }));
    expect(api.setPlanLadder).toHaveBeenCalledWith(1, { frameworkId: 5, currentLevelId: 1, targetLevelId: 2 });
    expect(await screen.findByRole('heading', { name: /Ready for L4: 0 of 2 \(0%\)/ })).toBeInTheDocument();
  });

  it('links a win as evidence and turns a gap into a planned milestone', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    await api.setPlanLadder(1, { frameworkId: 5, currentLevelId: 1, targetLevelId: 2 });
    render(ReadinessScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Link evidence for: Leads a project end to end' }));
    const picker = await screen.findByRole('complementary', { name: 'Link evidence' });
    await user.click(within(picker).getByRole('button', { name: 'Link win Led the search rewrite' }));
    expect(api.linkEvidence).toHaveBeenCalledWith(1, { expectationId: 100, kind: 'win', refId: 40 });
    await user.click(within(picker).getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('heading', { name: /Ready for L4: 1 of 2 \(50%\)/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Win: Led the search rewrite' })).toHaveAttribute('href', '#/wins/1/win-40');

    await user.click(screen.getByRole('button', { name: 'Plan a milestone for: Mentors an engineer' }));
    expect(api.milestoneForGap).toHaveBeenCalledWith(1, 101);
    expect(await screen.findByText('planned, counts when done')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /1 of 2 \(50%\)/ })).toBeInTheDocument();
  });

  it('exports the promotion packet with only the readiness section ticked at first', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    await api.setPlanLadder(1, { frameworkId: 5, currentLevelId: 1, targetLevelId: 2 });
    render(ReadinessScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Export packet…' }));
    const panel = await screen.findByRole('complementary', { name: 'Export the promotion packet' });
    expect(await within(panel).findByRole('checkbox', { name: /Promotion readiness/ })).toBeChecked();
    expect(within(panel).getByRole('checkbox', { name: /Wins/ })).not.toBeChecked();
    await user.click(within(panel).getByRole('button', { name: /Save PDF/ }));
    expect(api.exportPlan).toHaveBeenCalledWith(1, ['readiness'], '', '');
  });

  it('records a self-assessment of topics and skills and lists it', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    await api.setPlanLadder(1, { frameworkId: 5, currentLevelId: 1, targetLevelId: 2 });
    render(ReadinessScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Rate yourself…' }));
    const form = await screen.findByRole('complementary', { name: 'Rate yourself' });
    await user.selectOptions(within(form).getByLabelText('Delivery'), 'L4');
    await user.selectOptions(within(form).getByLabelText('System design'), '3');
    await user.click(within(form).getByRole('button', { name: 'Save snapshot' }));
    expect(api.recordAssessment).toHaveBeenCalledWith(
      1,
      expect.objectContaining({
        ratings: [
          { topicId: 10, skillId: null, rating: 2 },
          { topicId: null, skillId: 9, rating: 3 },
        ],
      }),
    );
    const list = await screen.findByRole('list', { name: 'Self-assessments' });
    expect(list).toHaveTextContent('2 ratings');
    expect(screen.getByRole('img', { name: 'Self-assessment over time, 2 lines' })).toBeInTheDocument();
  });
});
