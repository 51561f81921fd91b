// Words (and a tone for the status pill) for the growth-plan enums, shared by every screen that
// shows them. A status is never shown by colour alone.
import type { ActionStatus } from './bindings/ActionStatus';
import type { FeedbackKind } from './bindings/FeedbackKind';
import type { FeedbackStatus } from './bindings/FeedbackStatus';
import type { LearningKind } from './bindings/LearningKind';
import type { MilestoneStatus } from './bindings/MilestoneStatus';
import type { SkillCategory } from './bindings/SkillCategory';
import type { StretchStatus } from './bindings/StretchStatus';

export type Tone = 'done' | 'progress' | 'planned' | 'warn' | 'danger' | 'muted';

interface Choice<T> {
  value: T;
  label: string;
}
interface Status<T> extends Choice<T> {
  tone: Tone;
}

export const SKILL_CATEGORIES: Choice<SkillCategory>[] = [
  { value: 'technical_depth', label: 'Technical depth' },
  { value: 'delivery_ownership', label: 'Delivery & ownership' },
  { value: 'communication_influence', label: 'Communication & influence' },
  { value: 'leadership_mentoring', label: 'Leadership & mentoring' },
  { value: 'strategy_business', label: 'Strategy & business' },
  { value: 'visibility', label: 'Visibility' },
];

export const LEARNING_KINDS: (Choice<LearningKind> & { hint: string })[] = [
  { value: 'experience', label: 'Experience', hint: 'on-the-job work (the 70)' },
  { value: 'people', label: 'People', hint: 'mentoring, pairing, feedback (the 20)' },
  { value: 'courses', label: 'Courses', hint: 'courses, books, talks (the 10)' },
];

export const ACTION_STATUSES: Status<ActionStatus>[] = [
  { value: 'planned', label: 'Planned', tone: 'planned' },
  { value: 'in_progress', label: 'In progress', tone: 'progress' },
  { value: 'done', label: 'Done', tone: 'done' },
  { value: 'dropped', label: 'Dropped', tone: 'muted' },
];

export const STRETCH_STATUSES: Status<StretchStatus>[] = [
  { value: 'in_progress', label: 'In progress', tone: 'progress' },
  { value: 'agreed', label: 'Agreed', tone: 'planned' },
  { value: 'proposed', label: 'Proposed', tone: 'muted' },
  { value: 'done', label: 'Done', tone: 'done' },
  { value: 'dropped', label: 'Dropped', tone: 'muted' },
];

export const MILESTONE_STATUSES: Status<MilestoneStatus>[] = [
  { value: 'planned', label: 'Planned', tone: 'planned' },
  { value: 'in_progress', label: 'In progress', tone: 'progress' },
  { value: 'done', label: 'Done', tone: 'done' },
  { value: 'missed', label: 'Missed', tone: 'danger' },
  { value: 'dropped', label: 'Dropped', tone: 'muted' },
];

export const FEEDBACK_KINDS: Status<FeedbackKind>[] = [
  { value: 'praise', label: 'Praise', tone: 'done' },
  { value: 'constructive', label: 'Constructive', tone: 'warn' },
];

export const FEEDBACK_STATUSES: Status<FeedbackStatus>[] = [
  { value: 'open', label: 'Open', tone: 'warn' },
  { value: 'acting', label: 'Acting on it', tone: 'progress' },
  { value: 'resolved', label: 'Resolved', tone: 'done' },
];

/** The entry for `value`, or a neutral one (an enum value newer than this UI still shows). */
export function lookup<T extends string>(list: Status<T>[], value: T): Status<T>;
export function lookup<T extends string>(list: Choice<T>[], value: T): Choice<T>;
export function lookup<T extends string>(list: Choice<T>[], value: T): Choice<T> {
  return list.find((c) => c.value === value) ?? ({ value, label: value, tone: 'muted' } as Status<T>);
}
