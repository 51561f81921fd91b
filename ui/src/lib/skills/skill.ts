// Skill and learning-action values as the forms and the level pickers need them.
import type { LearningAction, LearningActionInput, Skill, SkillInput } from '../api';

export function inputOf(skill: Skill): SkillInput {
  return {
    name: skill.name,
    category: skill.category,
    currentLevel: skill.currentLevel,
    targetLevel: skill.targetLevel,
    why: skill.why,
    notes: skill.notes,
  };
}

/**
 * The input after picking a level on the card. Raising the current level past the target raises the
 * target with it (you aimed too low, not wrong); the target picker does not offer levels below current.
 */
export function withLevel(skill: Skill, which: 'current' | 'target', level: number): SkillInput {
  const input = inputOf(skill);
  if (which === 'current') {
    input.currentLevel = level;
    input.targetLevel = Math.max(level, skill.targetLevel);
  } else {
    input.targetLevel = Math.max(level, skill.currentLevel);
  }
  return input;
}

export function actionInputOf(action: LearningAction): LearningActionInput {
  return { title: action.title, kind: action.kind, dueDate: action.dueDate ?? '', status: action.status };
}

/** Steps of the gap still to climb, and in words. */
export function gapText(skill: Skill): string {
  const gap = skill.targetLevel - skill.currentLevel;
  if (gap <= 0) return 'At target';
  return `${gap} step${gap === 1 ? '' : 's'} to go`;
}
