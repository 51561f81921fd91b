// Words (and a tone for the status pill) for the growth-plan enums, shared by every screen that
// shows them. A status is never shown by colour alone.
import type { ActionStatus } from './bindings/ActionStatus';
import type { FeedbackKind } from './bindings/FeedbackKind';
import type { FeedbackStatus } from './bindings/FeedbackStatus';
import type { LearningKind } from './bindings/LearningKind';
import type { MilestoneStatus } from './bindings/MilestoneStatus';
import type { SkillCategory } from './bindings/SkillCategory';
import type { StretchStatus } from './bindings/StretchStatus';
import type { Audience } from './bindings/Audience';
import type { GivenContext } from './bindings/GivenContext';
import type { GoalStatus } from './bindings/GoalStatus';
import type { RequestAbout } from './bindings/RequestAbout';
import type { RequestStatus } from './bindings/RequestStatus';
import type { VisibilityKind } from './bindings/VisibilityKind';

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

export const GOAL_STATUSES: Status<GoalStatus>[] = [
  { value: 'open', label: 'Open', tone: 'progress' },
  { value: 'met', label: 'Met', tone: 'done' },
  { value: 'dropped', label: 'Dropped', tone: 'muted' },
];

export const VISIBILITY_KINDS: Choice<VisibilityKind>[] = [
  { value: 'talk', label: 'Talk' },
  { value: 'design_doc', label: 'Design doc / RFC' },
  { value: 'post', label: 'Post' },
  { value: 'demo', label: 'Demo' },
  { value: 'presentation', label: 'Presentation' },
  { value: 'workshop', label: 'Workshop' },
];

/** From the person's own team outwards. */
export const AUDIENCES: Choice<Audience>[] = [
  { value: 'team', label: 'My team' },
  { value: 'org', label: 'My organisation' },
  { value: 'company', label: 'The company' },
  { value: 'external', label: 'External' },
];

export const REQUEST_STATUSES: Status<RequestStatus>[] = [
  { value: 'to_ask', label: 'To ask', tone: 'planned' },
  { value: 'asked', label: 'Asked', tone: 'progress' },
  { value: 'answered', label: 'Answered', tone: 'done' },
  { value: 'declined', label: 'Declined', tone: 'muted' },
];

export const REQUEST_ABOUT: Choice<RequestAbout>[] = [
  { value: 'skill', label: 'A skill' },
  { value: 'expectation', label: 'An expectation of my framework' },
  { value: 'stretch', label: 'A stretch assignment' },
  { value: 'question', label: 'A question of my own' },
];

export const GIVEN_CONTEXTS: Choice<GivenContext>[] = [
  { value: 'code_review', label: 'Code review' },
  { value: 'design_review', label: 'Design review' },
  { value: 'peer_review', label: 'Peer review' },
  { value: 'other', label: 'Other' },
];

/** The entry for `value`, or a neutral one (an enum value newer than this UI still shows). */
export function lookup<T extends string>(list: Status<T>[], value: T): Status<T>;
export function lookup<T extends string>(list: Choice<T>[], value: T): Choice<T>;
export function lookup<T extends string>(list: Choice<T>[], value: T): Choice<T> {
  return list.find((c) => c.value === value) ?? ({ value, label: value, tone: 'muted' } as Status<T>);
}
