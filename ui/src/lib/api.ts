// The only module that talks to the Rust backend. Everything else imports `api` from here, so the
// IPC surface is one file to read, to mock in tests, and to keep in step with src-tauri/build.rs.
import { invoke } from '@tauri-apps/api/core';
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

export type {
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

export const api = {
  appInfo: () => call<AppInfo>('app_info'),
  /** The first plan data is painted (startup benchmark; a no-op otherwise). */
  start: () => call<Start>('start'),
  uiReady: (marks: [string, number][], now: number) => call<null>('ui_ready', { marks, now }),
  listPlans: () => call<Plan[]>('list_plans'),
  getPlan: (id: number) => call<Plan>('get_plan', { id }),
  createPlan: (input: PlanInput) => call<Plan>('create_plan', { input }),
  updatePlan: (id: number, revision: number, input: PlanInput) =>
    call<Plan>('update_plan', { id, revision, input }),
  archivePlan: (id: number) => call<Plan>('archive_plan', { id }),
  listTemplates: () => call<TemplateInfo[]>('list_templates'),
  createPlanFromTemplate: (template: TemplateId, startDate: string) =>
    call<Plan>('create_plan_from_template', { template, startDate }),
  loadDemo: () => call<Plan>('load_demo'),

  proficiencyScale: () => call<ProficiencyLevel[]>('proficiency_scale'),
  listSkills: (planId: number) => call<Skill[]>('list_skills', { planId }),
  getSkill: (id: number) => call<Skill>('get_skill', { id }),
  createSkill: (planId: number, input: SkillInput) => call<Skill>('create_skill', { planId, input }),
  updateSkill: (id: number, input: SkillInput) => call<Skill>('update_skill', { id, input }),
  /** Takes back a delete: the core puts the very same rows back, in one transaction. */
  undoDelete: (deleted: Deleted) => call<null>('undo_delete', { undoId: deleted.undoId }),
  deleteSkill: (id: number) => call<Deleted>('delete_skill', { id }),
  listLearningActions: (planId: number) => call<LearningAction[]>('list_learning_actions', { planId }),
  getLearningAction: (id: number) => call<LearningAction>('get_learning_action', { id }),
  createLearningAction: (skillId: number, input: LearningActionInput) =>
    call<LearningAction>('create_learning_action', { skillId, input }),
  updateLearningAction: (id: number, input: LearningActionInput) =>
    call<LearningAction>('update_learning_action', { id, input }),
  deleteLearningAction: (id: number) => call<Deleted>('delete_learning_action', { id }),
  learningBalance: (planId: number) => call<LearningBalance>('learning_balance', { planId }),

  listStakeholders: () => call<Stakeholder[]>('list_stakeholders'),
  getStakeholder: (id: number) => call<Stakeholder>('get_stakeholder', { id }),
  createStakeholder: (input: StakeholderInput) => call<Stakeholder>('create_stakeholder', { input }),
  updateStakeholder: (id: number, input: StakeholderInput) => call<Stakeholder>('update_stakeholder', { id, input }),
  deleteStakeholder: (id: number) => call<Deleted>('delete_stakeholder', { id }),
  logInteraction: (stakeholderId: number, input: InteractionInput) =>
    call<Interaction>('log_interaction', { stakeholderId, input }),
  listInteractions: (stakeholderId: number) => call<Interaction[]>('list_interactions', { stakeholderId }),
  deleteInteraction: (id: number) => call<Deleted>('delete_interaction', { id }),

  listStretches: (planId: number) => call<Stretch[]>('list_stretches', { planId }),
  getStretch: (id: number) => call<Stretch>('get_stretch', { id }),
  createStretch: (planId: number, input: StretchInput) => call<Stretch>('create_stretch', { planId, input }),
  updateStretch: (id: number, input: StretchInput) => call<Stretch>('update_stretch', { id, input }),
  deleteStretch: (id: number) => call<Deleted>('delete_stretch', { id }),

  listMilestones: (planId: number) => call<Milestone[]>('list_milestones', { planId }),
  getMilestone: (id: number) => call<Milestone>('get_milestone', { id }),
  createMilestone: (planId: number, input: MilestoneInput) => call<Milestone>('create_milestone', { planId, input }),
  updateMilestone: (id: number, input: MilestoneInput) => call<Milestone>('update_milestone', { id, input }),
  deleteMilestone: (id: number) => call<Deleted>('delete_milestone', { id }),

  listWins: (planId: number) => call<Win[]>('list_wins', { planId }),
  listWinsPage: (planId: number, skillId: number | null, page: PageRequest) =>
    call<WinPage>('list_wins_page', { planId, skillId, page }),
  getWin: (id: number) => call<Win>('get_win', { id }),
  createWin: (planId: number, input: WinInput) => call<Win>('create_win', { planId, input }),
  updateWin: (id: number, input: WinInput) => call<Win>('update_win', { id, input }),
  deleteWin: (id: number) => call<Deleted>('delete_win', { id }),

  listFeedback: (planId: number) => call<Feedback[]>('list_feedback', { planId }),
  listFeedbackPage: (planId: number, status: FeedbackStatus | null, page: PageRequest) =>
    call<FeedbackPage>('list_feedback_page', { planId, status, page }),
  getFeedback: (id: number) => call<Feedback>('get_feedback', { id }),
  createFeedback: (planId: number, input: FeedbackInput) => call<Feedback>('create_feedback', { planId, input }),
  updateFeedback: (id: number, input: FeedbackInput) => call<Feedback>('update_feedback', { id, input }),
  deleteFeedback: (id: number) => call<Deleted>('delete_feedback', { id }),

  listOneOnOnes: (planId: number) => call<OneOnOne[]>('list_one_on_ones', { planId }),
  createOneOnOne: (planId: number, input: NewOneOnOne) => call<OneOnOne>('create_one_on_one', { planId, input }),
  getOneOnOne: (id: number) => call<OneOnOne>('get_one_on_one', { id }),
  updateOneOnOne: (id: number, input: OneOnOneInput) => call<OneOnOne>('update_one_on_one', { id, input }),
  deleteOneOnOne: (id: number) => call<Deleted>('delete_one_on_one', { id }),
  addAgendaItem: (oneOnOneId: number, input: AgendaItemInput) =>
    call<AgendaItem>('add_agenda_item', { oneOnOneId, input }),
  updateAgendaItem: (id: number, input: AgendaItemInput) => call<null>('update_agenda_item', { id, input }),
  deleteAgendaItem: (id: number) => call<Deleted>('delete_agenda_item', { id }),
  addActionItem: (oneOnOneId: number, input: ActionItemInput) =>
    call<ActionItem>('add_action_item', { oneOnOneId, input }),
  updateActionItem: (id: number, input: ActionItemInput) => call<null>('update_action_item', { id, input }),
  deleteActionItem: (id: number) => call<Deleted>('delete_action_item', { id }),

  dashboard: (planId: number) => call<DashboardSummary>('dashboard', { planId }),

  getPaper: () => call<Paper>('get_paper'),
  setPaper: (paper: Paper) => call<null>('set_paper', { paper }),
  briefPreview: (request: BriefRequest) => call<Preview<BriefSection>[]>('brief_preview', { request }),
  planPreview: (planId: number) => call<Preview<PlanSection>[]>('plan_preview', { planId }),
  /** Makes the PDF, shows the save dialog, writes the file; null when the person cancelled. */
  exportBrief: (request: BriefRequest, sections: BriefSection[]) =>
    call<Exported | null>('export_brief', { request, sections }),
  exportPlan: (planId: number, sections: PlanSection[]) => call<Exported | null>('export_plan', { planId, sections }),
  openDocument: (path: string) => call<null>('open_document', { path }),
  exportPlanMarkdown: (planId: number, sections: PlanSection[]) =>
    call<Exported | null>('export_plan_markdown', { planId, sections }),

  listBackups: () => call<BackupInfo[]>('list_backups'),
  backUpNow: () => call<BackupInfo>('back_up_now'),
  /** The last backup that failed out of sight (the day's first), until one succeeds. */
  backupFailure: () => call<BackupFailure | null>('backup_failure'),
  /** Returns what was kept of the data it replaced (a backup, or the damaged file moved aside). */
  restoreBackup: (name: string) => call<BackupInfo | null>('restore_backup', { name }),
  exportEverything: () => call<Exported | null>('export_everything'),
  importEverything: (replace: boolean) => call<ImportSummary | null>('import_everything', { replace }),
  /** Picks another data folder and restarts Cairn on it; false when the dialog was cancelled. */
  chooseDataFolder: () => call<boolean>('choose_data_folder'),
  quit: () => call<null>('quit'),
  search: (planId: number, query: string) => call<SearchHit[]>('search', { planId, query }),

  /** Picks a framework file, reads and checks it; what importing it would change. Null when cancelled. */
  previewFrameworkFile: () => call<FrameworkFilePreview | null>('preview_framework_file'),
  /** Imports the framework last previewed. */
  applyFrameworkImport: () => call<FrameworkSummary>('apply_framework_import'),
  listFrameworks: () => call<FrameworkSummary[]>('list_frameworks'),
  getFramework: (id: number) => call<Framework>('get_framework', { id }),
  deleteFramework: (id: number) => call<null>('delete_framework', { id }),
  planLadder: (planId: number) => call<PlanLadder | null>('plan_ladder', { planId }),
  setPlanLadder: (planId: number, input: PlanLadderInput) => call<PlanLadder>('set_plan_ladder', { planId, input }),
  clearPlanLadder: (planId: number) => call<null>('clear_plan_ladder', { planId }),
  linkEvidence: (planId: number, input: EvidenceInput) => call<EvidenceItem>('link_evidence', { planId, input }),
  unlinkEvidence: (id: number) => call<Deleted>('unlink_evidence', { id }),
  readiness: (planId: number) => call<Readiness | null>('readiness', { planId }),
  milestoneForGap: (planId: number, expectationId: number) =>
    call<Milestone>('milestone_for_gap', { planId, expectationId }),
  learningActionForGap: (planId: number, expectationId: number, skillId: number) =>
    call<LearningAction>('learning_action_for_gap', { planId, expectationId, skillId }),
  listAssessments: (planId: number) => call<Assessment[]>('list_assessments', { planId }),
  recordAssessment: (planId: number, input: AssessmentInput) =>
    call<Assessment>('record_assessment', { planId, input }),
  deleteAssessment: (id: number) => call<Deleted>('delete_assessment', { id }),
};

export type Api = typeof api;

/** The part of the API the one-on-ones screen uses (and its tests fake). */
export type MeetingsApi = Pick<
  Api,
  | 'listOneOnOnes'
  | 'createOneOnOne'
  | 'getOneOnOne'
  | 'updateOneOnOne'
  | 'deleteOneOnOne'
  | 'addAgendaItem'
  | 'updateAgendaItem'
  | 'deleteAgendaItem'
  | 'addActionItem'
  | 'updateActionItem'
  | 'deleteActionItem'
  | 'listStakeholders'
  | 'undoDelete'
>;

/** The part of the API the people screen uses (and its tests fake). */
export type PeopleApi = Pick<
  Api,
  | 'listStakeholders'
  | 'createStakeholder'
  | 'updateStakeholder'
  | 'deleteStakeholder'
  | 'logInteraction'
  | 'listInteractions'
  | 'deleteInteraction'
  | 'undoDelete'
>;

/** The part of the API the wins screen uses (and its tests fake). */
export type WinsApi = Pick<Api, 'listWinsPage' | 'createWin' | 'updateWin' | 'deleteWin' | 'listSkills' | 'undoDelete'>;

/** The part of the API the plans screens use (and their tests fake). */
export type PlansApi = Pick<
  Api,
  'listPlans' | 'createPlan' | 'updatePlan' | 'archivePlan' | 'listTemplates' | 'createPlanFromTemplate' | 'loadDemo'
>;

/** The part of the API the skills screen uses (and its tests fake). */
export type SkillsApi = Pick<
  Api,
  | 'proficiencyScale'
  | 'listSkills'
  | 'createSkill'
  | 'updateSkill'
  | 'deleteSkill'
  | 'listLearningActions'
  | 'createLearningAction'
  | 'updateLearningAction'
  | 'deleteLearningAction'
  | 'learningBalance'
  | 'undoDelete'
>;

/** The part of the API the milestones screen uses (and its tests fake). */
export type MilestonesApi = Pick<
  Api,
  'listMilestones' | 'createMilestone' | 'updateMilestone' | 'deleteMilestone' | 'listSkills' | 'listStretches' | 'undoDelete'
>;

/** The part of the API the stretch assignments screen uses (and its tests fake). */
export type StretchApi = Pick<
  Api,
  'listStretches' | 'createStretch' | 'updateStretch' | 'deleteStretch' | 'listSkills' | 'listStakeholders' | 'undoDelete'
>;

/** The part of the API the feedback screen uses (and its tests fake). */
export type FeedbackApi = Pick<
  Api,
  'listFeedbackPage' | 'createFeedback' | 'updateFeedback' | 'deleteFeedback' | 'listStakeholders' | 'undoDelete'
>;

/** The part of the API the plan screen uses (and its tests fake). */
export type PlanApi = Pick<Api, 'getPlan' | 'createPlan' | 'updatePlan' | 'listMilestones' | 'listStretches'>;

/** The part of the API the export panel uses (and its tests fake). */
export type ExportApi = Pick<
  Api,
  | 'getPaper'
  | 'setPaper'
  | 'briefPreview'
  | 'planPreview'
  | 'exportBrief'
  | 'exportPlan'
  | 'exportPlanMarkdown'
  | 'openDocument'
>;

export type DataApi = Pick<
  Api,
  | 'appInfo'
  | 'listBackups'
  | 'backUpNow'
  | 'backupFailure'
  | 'restoreBackup'
  | 'exportEverything'
  | 'importEverything'
  | 'listPlans'
  | 'listStakeholders'
  | 'openDocument'
  | 'chooseDataFolder'
  | 'quit'
>;

/** The part of the API the readiness screen uses (and its tests fake). */
export type ReadinessApi = Pick<
  Api,
  | 'previewFrameworkFile'
  | 'applyFrameworkImport'
  | 'listFrameworks'
  | 'getFramework'
  | 'deleteFramework'
  | 'planLadder'
  | 'setPlanLadder'
  | 'clearPlanLadder'
  | 'linkEvidence'
  | 'unlinkEvidence'
  | 'readiness'
  | 'milestoneForGap'
  | 'learningActionForGap'
  | 'listAssessments'
  | 'recordAssessment'
  | 'deleteAssessment'
  | 'undoDelete'
  | 'listSkills'
  | 'listWins'
  | 'listFeedback'
  | 'listMilestones'
  | 'listStretches'
  | 'getPaper'
  | 'setPaper'
  | 'planPreview'
  | 'exportPlan'
  | 'exportPlanMarkdown'
  | 'openDocument'
>;
