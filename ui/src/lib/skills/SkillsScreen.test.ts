import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CairnError, type LearningAction, type LearningActionInput, type Skill, type SkillInput, type SkillsApi } from '../api';
import Toaster from '../components/Toaster.svelte';
import SkillsScreen from './SkillsScreen.svelte';
import { fakeTrash } from '../trash.testing';

const stamp = '2026-11-21T09:00:00Z';
const scale = ['Aware', 'Beginner', 'Practitioner', 'Advanced', 'Expert'].map((label, i) => ({ level: i + 1, label, description: '' }));

function skill(id: number, name: string, currentLevel: number, targetLevel: number): Skill {
  return {
    id,
    planId: 1,
    name,
    category: 'technical_depth',
    baselineLevel: currentLevel,
    currentLevel,
    targetLevel,
    why: '',
    notes: '',
    position: id,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function fakeSkills(initial: Skill[], initialActions: LearningAction[] = []) {
  let skills = [...initial];
  let actions = [...initialActions];
  let nextId = 100;
  const action = (id: number, skillId: number, input: LearningActionInput): LearningAction => ({
    id,
    skillId,
    title: input.title,
    kind: input.kind,
    dueDate: input.dueDate || null,
    status: input.status,
    fromWeek: null,
    createdAt: stamp,
    updatedAt: stamp,
  });
  const count = (kind: string) => actions.filter((a) => a.kind === kind && a.status !== 'dropped').length;
  const trash = fakeTrash();
  return {
    proficiencyScale: vi.fn(async () => scale),
    listSkills: vi.fn(async () => [...skills]),
    createSkill: vi.fn(async (_plan: number, input: SkillInput) => {
      const s = { ...skill(nextId++, input.name, input.currentLevel, input.targetLevel), ...input };
      skills.push(s);
      return s;
    }),
    updateSkill: vi.fn(async (id: number, input: SkillInput) => {
      if (input.targetLevel < input.currentLevel)
        throw new CairnError('validation', 'The target level is below the current level.', 'targetLevel');
      const s = { ...skills.find((x) => x.id === id)!, ...input };
      skills = skills.map((x) => (x.id === id ? s : x));
      return s;
    }),
    deleteSkill: vi.fn(async (id: number) => {
      const [before, beforeActions] = [skills, actions];
      skills = skills.filter((s) => s.id !== id);
      actions = actions.filter((a) => a.skillId !== id);
      return trash.keep(() => ((skills = before), (actions = beforeActions)));
    }),
    listLearningActions: vi.fn(async () => [...actions]),
    createLearningAction: vi.fn(async (skillId: number, input: LearningActionInput) => {
      const a = action(nextId++, skillId, input);
      actions.push(a);
      return a;
    }),
    updateLearningAction: vi.fn(async (id: number, input: LearningActionInput) => {
      const a = action(id, actions.find((x) => x.id === id)!.skillId, input);
      actions = actions.map((x) => (x.id === id ? a : x));
      return a;
    }),
    deleteLearningAction: vi.fn(async (id: number) => {
      const before = actions;
      actions = actions.filter((a) => a.id !== id);
      return trash.keep(() => (actions = before));
    }),
    undoDelete: trash.undoDelete,
    learningBalance: vi.fn(async () => {
      const [experience, people, courses] = [count('experience'), count('people'), count('courses')];
      const total = experience + people + courses;
      const pct = (n: number) => (total ? Math.round((n / total) * 100) : 0);
      return {
        experience,
        people,
        courses,
        total,
        experiencePercent: pct(experience),
        peoplePercent: pct(people),
        coursesPercent: pct(courses),
      };
    }),
  } satisfies SkillsApi;
}

const three = [skill(1, 'System design', 2, 4), skill(2, 'Mentoring', 3, 4), skill(3, 'Writing', 2, 3)];

describe('SkillsScreen', () => {
  it('teaches what to add when the plan has no skills', async () => {
    render(SkillsScreen, { planId: 1, api: fakeSkills([]) });
    expect(await screen.findByRole('heading', { name: 'No skills in this plan yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add your first skill' })).toBeInTheDocument();
  });

  it('draws the radar from three skills, with a table for screen readers', async () => {
    render(SkillsScreen, { planId: 1, api: fakeSkills(three) });
    const table = await screen.findByRole('table', { name: 'Skill levels' });
    expect(within(table).getByRole('row', { name: 'System design 2 4' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Skill radar/ })).toBeInTheDocument();
  });

  it('raises the target with the current level when you pick past it', async () => {
    const user = userEvent.setup();
    const api = fakeSkills(three);
    render(SkillsScreen, { planId: 1, api });
    const current = await screen.findByRole('group', { name: 'Current level of Writing' });
    await user.click(within(current).getByRole('radio', { name: '5 Expert' }));
    await waitFor(() => expect(api.updateSkill).toHaveBeenCalledWith(3, expect.objectContaining({ currentLevel: 5, targetLevel: 5 })));
    const card = screen.getByRole('article', { name: 'Writing' });
    await waitFor(() => expect(within(card).getByText('At target')).toBeInTheDocument());
    // The aim cannot be put below where you are.
    const target = within(card).getByRole('group', { name: 'Target level of Writing' });
    expect(within(target).getByRole('radio', { name: '4 Advanced' })).toBeDisabled();
  });

  it('adds a learning action from the card, ticks it done, and deletes it with undo', async () => {
    const user = userEvent.setup();
    const api = fakeSkills(three);
    render(Toaster);
    render(SkillsScreen, { planId: 1, api });
    await user.type(await screen.findByLabelText('New learning action for Mentoring'), 'Pair with Dev weekly');
    await user.selectOptions(screen.getByLabelText('Kind', { selector: '#skill-2-new-kind' }), 'people');
    await user.click(within(screen.getByRole('article', { name: 'Mentoring' })).getByRole('button', { name: 'Add' }));
    expect(api.createLearningAction).toHaveBeenCalledWith(2, {
      title: 'Pair with Dev weekly',
      kind: 'people',
      dueDate: '',
      status: 'planned',
    });
    const list = await screen.findByRole('list', { name: 'Learning actions for Mentoring' });
    await user.click(await within(list).findByRole('checkbox', { name: 'Pair with Dev weekly' }));
    await waitFor(() => expect(api.updateLearningAction).toHaveBeenCalledWith(100, expect.objectContaining({ status: 'done' })));
    expect(await screen.findByRole('img', { name: /People 100%/ })).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Delete Pair with Dev weekly' }));
    await user.click(within(list).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(list).queryByText('Pair with Dev weekly')).not.toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(list).findByText('Pair with Dev weekly')).toBeInTheDocument();
  });

  it('shows the backend’s message next to the field in the skill form', async () => {
    const user = userEvent.setup();
    const api = fakeSkills(three);
    api.createSkill.mockRejectedValueOnce(new CairnError('validation', 'The skill name is required.', 'name'));
    render(SkillsScreen, { planId: 1, api });
    await user.click(await screen.findByRole('button', { name: 'Add a skill' }));
    await user.click(screen.getByRole('button', { name: 'Add skill' }));
    expect(await screen.findByText('The skill name is required.')).toBeInTheDocument();
    expect(screen.getByLabelText('Skill')).toHaveFocus();
  });
});
