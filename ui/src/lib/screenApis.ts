// The part of the API each screen uses (and its tests fake): one `Pick` of the client per screen,
// so a screen's test fakes exactly the calls it makes. Re-exported by api.ts.
import type { Api } from './api';

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

/** The part of the API the weekly reflection screen uses (and its tests fake). */
export type ReflectionApi = Pick<
  Api,
  | 'reflectionHistory'
  | 'reflectionWeek'
  | 'saveReflection'
  | 'makeFromReflectionLine'
  | 'deleteReflection'
  | 'listSkills'
  | 'listStakeholders'
  | 'undoDelete'
>;

/** The part of the API the settings screen uses (and its tests fake). */
export type SettingsApi = Pick<
  Api,
  'getReminderSettings' | 'setReminderSettings' | 'getReflectionSlot' | 'setReflectionSlot' | 'getPaper' | 'setPaper'
>;

/** The part of the API the monthly review uses (and its tests fake). */
export type ReviewApi = Pick<
  Api,
  | 'reviewStatus'
  | 'startMonthlyReview'
  | 'saveMonthlyReviewProgress'
  | 'finishMonthlyReview'
  | 'deleteMonthlyReview'
  | 'reviewItems'
  | 'updateSkill'
  | 'updateMilestone'
  | 'logInteraction'
  | 'updateStretch'
  | 'undoDelete'
>;

/** The part of the API the wins screen uses (and its tests fake). */
export type WinsApi = Pick<Api, 'listWinsPage' | 'createWin' | 'updateWin' | 'deleteWin' | 'listSkills' | 'undoDelete'>;

/** The self-review screen's calls. */
export type SelfReviewApi = Pick<
  Api,
  'selfReview' | 'setReviewPeriod' | 'saveReviewSection' | 'settleReviewDraft' | 'exportSelfReview' | 'openDocument'
>;

/** The harvest screen's calls (and the win form's, for accepting a candidate). */
export type HarvestApi = WinsApi &
  Pick<
    Api,
    | 'harvest'
    | 'addGitRepo'
    | 'removeGitRepo'
    | 'setGitAuthors'
    | 'scanGitRepo'
    | 'candidateWinDraft'
    | 'acceptCandidate'
    | 'dismissCandidate'
  >;

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
  | 'listMilestones'
  | 'createMilestone'
  | 'updateMilestone'
  | 'deleteMilestone'
  | 'listSkills'
  | 'listStretches'
  | 'listCycleDates'
  | 'undoDelete'
>;

/** The part of the API the review-cycle panel uses (and its tests fake). */
export type CycleApi = Pick<Api, 'listCycleDates' | 'createCycleDate' | 'updateCycleDate' | 'deleteCycleDate' | 'undoDelete'>;

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

/** The part of the API the visibility screen uses (and its tests fake). */
export type VisibilityApi = Pick<
  Api,
  'listVisibility' | 'visibilitySpread' | 'createVisibility' | 'updateVisibility' | 'deleteVisibility' | 'listSkills' | 'undoDelete'
>;

/** The part of the API the mentoring screen uses (and its tests fake). */
export type MentoringApi = Pick<
  Api,
  | 'listMentees'
  | 'listStakeholders'
  | 'createStakeholder'
  | 'updateStakeholder'
  | 'createMenteeGoal'
  | 'updateMenteeGoal'
  | 'deleteMenteeGoal'
  | 'createMentoringSession'
  | 'updateMentoringSession'
  | 'deleteMentoringSession'
  | 'addMentoringItem'
  | 'setMentoringItemDone'
  | 'deleteMentoringItem'
  | 'undoDelete'
>;

/** What the feedback screen's requests and given tabs use (and its tests fake). */
export type FeedbackLoopApi = Pick<
  Api,
  | 'listFeedbackRequests'
  | 'createFeedbackRequest'
  | 'updateFeedbackRequest'
  | 'answerFeedbackRequest'
  | 'deleteFeedbackRequest'
  | 'listFeedbackGiven'
  | 'createFeedbackGiven'
  | 'updateFeedbackGiven'
  | 'deleteFeedbackGiven'
  | 'listSkills'
  | 'listStretches'
  | 'readiness'
  | 'undoDelete'
>;

/** The part of the API the plan screen uses (and its tests fake). */
export type PlanApi = Pick<
  Api,
  'getPlan' | 'createPlan' | 'updatePlan' | 'listMilestones' | 'listStretches' | 'closePlan' | 'reopenPlan' | 'continuePlan'
> &
  CycleApi;

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
  | 'exportCalendar'
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
  | 'copyFramework'
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
  | 'listMentees'
  | 'listVisibility'
  | 'listFeedbackRequests'
  | 'listFeedbackGiven'
  | 'getPaper'
  | 'setPaper'
  | 'planPreview'
  | 'exportPlan'
  | 'exportPlanMarkdown'
  | 'openDocument'
>;
