// The only module that talks to the Rust backend. Everything else imports `api` from here: the
// IPC surface is one object to read and to fake in tests. Its functions are generated from the
// Rust commands (./bindings/commands.ts), so a name or an argument cannot drift from Rust's.
import { invoke } from '@tauri-apps/api/core';
import { commands } from './bindings/commands';
import type { ActionItem } from './bindings/ActionItem';
import type { ActionItemInput } from './bindings/ActionItemInput';
import type { AgendaItem } from './bindings/AgendaItem';
import type { AgendaItemInput } from './bindings/AgendaItemInput';
import type { AppInfo } from './bindings/AppInfo';
import type { FirstScreen } from './bindings/FirstScreen';
import type { Start } from './bindings/Start';
import type { DashboardSummary } from './bindings/DashboardSummary';
import type { Deleted } from './bindings/Deleted';
import type { ErrorCode } from './bindings/ErrorCode';
import type { Feedback } from './bindings/Feedback';
import type { FeedbackInput } from './bindings/FeedbackInput';
import type { Interaction } from './bindings/Interaction';
import type { InteractionInput } from './bindings/InteractionInput';
import type { IpcError } from './bindings/IpcError';
import type { LearningAction } from './bindings/LearningAction';
import type { LearningActionInput } from './bindings/LearningActionInput';
import type { LearningBalance } from './bindings/LearningBalance';
import type { Milestone } from './bindings/Milestone';
import type { MilestoneInput } from './bindings/MilestoneInput';
import type { NewOneOnOne } from './bindings/NewOneOnOne';
import type { OneOnOne } from './bindings/OneOnOne';
import type { OneOnOneInput } from './bindings/OneOnOneInput';
import type { Plan } from './bindings/Plan';
import type { PlanInput } from './bindings/PlanInput';
import type { ProficiencyLevel } from './bindings/ProficiencyLevel';
import type { SearchHit } from './bindings/SearchHit';
import type { Skill } from './bindings/Skill';
import type { SkillInput } from './bindings/SkillInput';
import type { Stakeholder } from './bindings/Stakeholder';
import type { StakeholderInput } from './bindings/StakeholderInput';
import type { Stretch } from './bindings/Stretch';
import type { StretchInput } from './bindings/StretchInput';
import type { TemplateId } from './bindings/TemplateId';
import type { TemplateInfo } from './bindings/TemplateInfo';
import type { Win } from './bindings/Win';
import type { WinInput } from './bindings/WinInput';
import type { WinPage } from './bindings/WinPage';
import type { PageRequest } from './bindings/PageRequest';
import type { FeedbackPage } from './bindings/FeedbackPage';
import type { FeedbackCounts } from './bindings/FeedbackCounts';
import type { ActionStatus } from './bindings/ActionStatus';
import type { FeedbackKind } from './bindings/FeedbackKind';
import type { FeedbackStatus } from './bindings/FeedbackStatus';
import type { InteractionKind } from './bindings/InteractionKind';
import type { LearningKind } from './bindings/LearningKind';
import type { MilestoneStatus } from './bindings/MilestoneStatus';
import type { SkillCategory } from './bindings/SkillCategory';
import type { StretchStatus } from './bindings/StretchStatus';
import type { BriefRequest } from './bindings/BriefRequest';
import type { BriefSection } from './bindings/BriefSection';
import type { Exported } from './bindings/Exported';
import type { Paper } from './bindings/Paper';
import type { PlanSection } from './bindings/PlanSection';
import type { Preview } from './bindings/Preview';
import type { BackupFailure } from './bindings/BackupFailure';
import type { BackupInfo } from './bindings/BackupInfo';
import type { BackupReason } from './bindings/BackupReason';
import type { ImportSummary } from './bindings/ImportSummary';
import type { Assessment } from './bindings/Assessment';
import type { AssessmentInput } from './bindings/AssessmentInput';
import type { EvidenceInput } from './bindings/EvidenceInput';
import type { EvidenceItem } from './bindings/EvidenceItem';
import type { EvidenceKind } from './bindings/EvidenceKind';
import type { Expectation } from './bindings/Expectation';
import type { ExpectationChange } from './bindings/ExpectationChange';
import type { Framework } from './bindings/Framework';
import type { FrameworkFilePreview } from './bindings/FrameworkFilePreview';
import type { FrameworkImportPreview } from './bindings/FrameworkImportPreview';
import type { FrameworkLevel } from './bindings/FrameworkLevel';
import type { FrameworkSummary } from './bindings/FrameworkSummary';
import type { FrameworkTopic } from './bindings/FrameworkTopic';
import type { PlanLadder } from './bindings/PlanLadder';
import type { PlanLadderInput } from './bindings/PlanLadderInput';
import type { Rating } from './bindings/Rating';
import type { Readiness } from './bindings/Readiness';
import type { ReadinessExpectation } from './bindings/ReadinessExpectation';
import type { ReadinessTopic } from './bindings/ReadinessTopic';
import type { Outcome } from './bindings/Outcome';
import type { Retrospective } from './bindings/Retrospective';
import type { CloseInput } from './bindings/CloseInput';
import type { ContinueInput } from './bindings/ContinueInput';
import type { CarriedMilestone } from './bindings/CarriedMilestone';
import type { MonthlyReview } from './bindings/MonthlyReview';
import type { ReviewStatus } from './bindings/ReviewStatus';
import type { ReviewItems } from './bindings/ReviewItems';
import type { ReminderSettings } from './bindings/ReminderSettings';
import type { ReflectionSlot } from './bindings/ReflectionSlot';
import type { DayOfWeek } from './bindings/DayOfWeek';
import type { CycleDate } from './bindings/CycleDate';
import type { CycleDateInput } from './bindings/CycleDateInput';
import type { CycleKind } from './bindings/CycleKind';
import type { FactKind } from './bindings/FactKind';
import type { Focus } from './bindings/Focus';
import type { HistoryWeek } from './bindings/HistoryWeek';
import type { LineTarget } from './bindings/LineTarget';
import type { MadeItem } from './bindings/MadeItem';
import type { MadeKind } from './bindings/MadeKind';
import type { Reflection } from './bindings/Reflection';
import type { ReflectionHistory } from './bindings/ReflectionHistory';
import type { ReflectionInput } from './bindings/ReflectionInput';
import type { ReflectionLine } from './bindings/ReflectionLine';
import type { ReflectionWeek } from './bindings/ReflectionWeek';
import type { WeekFact } from './bindings/WeekFact';
import type { WeekSpan } from './bindings/WeekSpan';
import type { AnsweredRequest } from './bindings/AnsweredRequest';
import type { Audience } from './bindings/Audience';
import type { AudienceCounts } from './bindings/AudienceCounts';
import type { FeedbackGiven } from './bindings/FeedbackGiven';
import type { FeedbackGivenInput } from './bindings/FeedbackGivenInput';
import type { FeedbackRequest } from './bindings/FeedbackRequest';
import type { FeedbackRequestInput } from './bindings/FeedbackRequestInput';
import type { FeedbackRequests } from './bindings/FeedbackRequests';
import type { GivenContext } from './bindings/GivenContext';
import type { GoalStatus } from './bindings/GoalStatus';
import type { Mentee } from './bindings/Mentee';
import type { MenteeGoal } from './bindings/MenteeGoal';
import type { MenteeGoalInput } from './bindings/MenteeGoalInput';
import type { MentoringGlance } from './bindings/MentoringGlance';
import type { MentoringItem } from './bindings/MentoringItem';
import type { MentoringSession } from './bindings/MentoringSession';
import type { MentoringSessionInput } from './bindings/MentoringSessionInput';
import type { MentoringSource } from './bindings/MentoringSource';
import type { NewMentoringSession } from './bindings/NewMentoringSession';
import type { RequestAbout } from './bindings/RequestAbout';
import type { RequestCounts } from './bindings/RequestCounts';
import type { RequestStatus } from './bindings/RequestStatus';
import type { SpreadMonth } from './bindings/SpreadMonth';
import type { Visibility } from './bindings/Visibility';
import type { VisibilityInput } from './bindings/VisibilityInput';
import type { VisibilityKind } from './bindings/VisibilityKind';
import type { VisibilitySpread } from './bindings/VisibilitySpread';
import type { CandidateState } from './bindings/CandidateState';
import type { GitCandidate } from './bindings/GitCandidate';
import type { GitRepo } from './bindings/GitRepo';
import type { Harvest } from './bindings/Harvest';
import type { ReviewEvidence } from './bindings/ReviewEvidence';
import type { ReviewSection } from './bindings/ReviewSection';
import type { ScanReport } from './bindings/ScanReport';
import type { SectionKey } from './bindings/SectionKey';
import type { SelfReview } from './bindings/SelfReview';

export type {
  AnsweredRequest,
  CandidateState,
  GitCandidate,
  GitRepo,
  Harvest,
  ReviewEvidence,
  ReviewSection,
  ScanReport,
  SectionKey,
  SelfReview,
  Audience,
  AudienceCounts,
  FeedbackGiven,
  FeedbackGivenInput,
  FeedbackRequest,
  FeedbackRequestInput,
  FeedbackRequests,
  GivenContext,
  GoalStatus,
  Mentee,
  MenteeGoal,
  MenteeGoalInput,
  MentoringGlance,
  MentoringItem,
  MentoringSession,
  MentoringSessionInput,
  MentoringSource,
  NewMentoringSession,
  RequestAbout,
  RequestCounts,
  RequestStatus,
  SpreadMonth,
  Visibility,
  VisibilityInput,
  VisibilityKind,
  VisibilitySpread,
  Outcome,
  Retrospective,
  CloseInput,
  ContinueInput,
  CarriedMilestone,
  MonthlyReview,
  ReviewStatus,
  ReviewItems,
  ReminderSettings,
  ReflectionSlot,
  DayOfWeek,
  CycleDate,
  CycleDateInput,
  CycleKind,
  FactKind,
  Focus,
  HistoryWeek,
  LineTarget,
  MadeItem,
  MadeKind,
  Reflection,
  ReflectionHistory,
  ReflectionInput,
  ReflectionLine,
  ReflectionWeek,
  WeekFact,
  WeekSpan,
  BackupFailure,
  Deleted,
  FirstScreen,
  Start,
  FeedbackCounts,
  FeedbackPage,
  PageRequest,
  WinPage,
  Assessment,
  AssessmentInput,
  EvidenceInput,
  EvidenceItem,
  EvidenceKind,
  Expectation,
  ExpectationChange,
  Framework,
  FrameworkFilePreview,
  FrameworkImportPreview,
  FrameworkLevel,
  FrameworkSummary,
  FrameworkTopic,
  PlanLadder,
  PlanLadderInput,
  Rating,
  Readiness,
  ReadinessExpectation,
  ReadinessTopic,
  BackupInfo,
  BackupReason,
  ImportSummary,
  BriefRequest,
  BriefSection,
  Exported,
  Paper,
  PlanSection,
  Preview,
  ActionStatus,
  FeedbackKind,
  FeedbackStatus,
  InteractionKind,
  LearningKind,
  MilestoneStatus,
  SkillCategory,
  StretchStatus,
  ActionItem,
  ActionItemInput,
  AgendaItem,
  AgendaItemInput,
  AppInfo,
  DashboardSummary,
  ErrorCode,
  Feedback,
  FeedbackInput,
  Interaction,
  InteractionInput,
  LearningAction,
  LearningActionInput,
  LearningBalance,
  Milestone,
  MilestoneInput,
  NewOneOnOne,
  OneOnOne,
  OneOnOneInput,
  Plan,
  PlanInput,
  ProficiencyLevel,
  SearchHit,
  Skill,
  SkillInput,
  Stakeholder,
  StakeholderInput,
  Stretch,
  StretchInput,
  TemplateId,
  TemplateInfo,
  Win,
  WinInput,
};

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

/** The sentence to show a person for whatever a command (or the code around it) threw. */
export function messageOf(value: unknown): string {
  return toCairnError(value).message;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toCairnError(err);
  }
}

// Every command, typed from its Rust declaration (bindings/commands.ts, generated). What is
// written here by hand is only what composes or adapts those calls.
const generated = commands(call);

export const api = {
  ...generated,
  /** Takes back a delete: the core puts the very same rows back, in one transaction. */
  undoDelete: (deleted: Deleted) => generated.undoDelete(deleted.undoId),
};

export type Api = typeof api;

// Each screen's part of the API (`MeetingsApi`, `WinsApi`, …).
export type * from './screenApis';
