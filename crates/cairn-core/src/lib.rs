//! Cairn's core: the growth-plan domain, its validation, and the SQLite store that keeps it.
//!
//! Architecture invariant: this crate knows neither Tauri nor any UI. It takes plain Rust values,
//! validates them at its boundary and returns plain values or an [`Error`] with a stable code.

// Library code never unwraps: user data must not be able to panic the app. Tests may.
#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod clock;
mod dates;
mod error;
mod harvest;
mod text;
mod text_enum;
// The crate is grouped by area (ARCHITECTURE.md); the module names below stay usable as
// `crate::skill` and so on, and the public API stays flat.
mod career;
mod documents;
mod people;
mod plan;
mod rhythm;
mod seed;
mod storage;
mod views;
use career::{
    assessment, builtin, framework, framework_file, framework_markdown, ladder, readiness, self_review,
    self_review_draft,
};
use people::{agenda, mentee, mentoring, one_on_one, stakeholder};
use plan::{feedback, feedback_given, feedback_request, learning, milestone, skill, stretch, visibility, win, window};
use rhythm::{cycle, monthly_review, reflection, reflection_line, reminder, reminder_due, week, week_facts};
#[cfg(feature = "scale")]
use seed::scale;
use seed::template;
use storage::{backup, backup_format, backup_tables, folder, log_file, migrations, settings, store, undo};
use views::{dashboard, page, search};

pub use agenda::{AGENDA_LOOKAHEAD_DAYS, AgendaDraft, AgendaSource};
pub use assessment::{ASSESSMENT_NOTE_MAX, Assessment, AssessmentInput, Rating};
pub use backup::{BACKUP_DIR, BackupInfo, BackupReason, DailyBackup, backup_dir, list_backups};
pub use backup_format::{FORMAT_VERSION, ImportMode, ImportSummary, MAX_DOCUMENT_BYTES};
pub use builtin::{BUILTIN_TRACKS, builtin_ladder, builtin_name};
pub use clock::{Clock, FixedClock, SystemClock};
pub use cycle::{CYCLE_NAME_MAX, CycleDate, CycleDateInput, CycleKind};
pub use dashboard::{DashboardSummary, UpcomingOneOnOne, WindowPhase, gap_closed_percent};
pub use documents::brief::{
    BRIEF_AGENDA_ROWS, BRIEF_ROWS, Brief, BriefAction, BriefAgenda, BriefAgendaItem, BriefRequest, BriefSection,
    BriefSignals, CheckInDue, ComingUp, SinceLast,
};
pub use documents::calendar::{CalendarDocument, CalendarEvent, EventTime, MEETING_MINUTES, REFLECTION_MINUTES};
pub use documents::plan_document::{
    FeedbackPart, People, PersonDetails, PersonLine, PlanDocument, PlanSection, SkillLine, Timeline, WinLine,
};
pub use documents::self_review_doc::SelfReviewDocument;
pub use documents::signals::{AskedAndGiven, MenteeLine, MentoringPart, SessionLine, VisibilityLine, initials};
pub use documents::{Preview, Rows, StretchLine};
pub use error::{Error, ErrorCode, Result};
pub use feedback::{Feedback, FeedbackCounts, FeedbackInput, FeedbackKind, FeedbackPage, FeedbackStatus};
pub use feedback_given::{FeedbackGiven, FeedbackGivenInput, GIVEN_ABOUT_MAX, GivenContext};
pub use feedback_request::{
    AnsweredRequest, FeedbackRequest, FeedbackRequestInput, FeedbackRequests, RequestAbout, RequestCounts,
    RequestStatus,
};
pub use folder::{
    APP_IDENTIFIER, CHOICE_FILE, DATA_DIR_ENV, DATA_FILE, FolderInputs, FolderLock, FolderSource, INSTANCE_SOCKET,
    LOCK_FILE, create_private_dir, keep_new_files_private, remember_data_folder, resolve_data_folder, write_private,
};
pub use framework::{
    Expectation, ExpectationChange, Framework, FrameworkImportPreview, FrameworkLevel, FrameworkSummary, FrameworkTopic,
};
pub use framework_file::{
    EXPECTATION_TEXT_MAX, ExpectationDraft, FRAMEWORK_FILE_MAX_BYTES, FrameworkDraft, TopicDraft, parse_framework_file,
    read_framework_file,
};
pub use harvest::{CandidateState, GitCandidate, GitRepo, Harvest, REPO_PATH_MAX, ScanReport};
pub use ladder::{EvidenceInput, EvidenceItem, EvidenceKind, PlanLadder, PlanLadderInput};
pub use learning::{ActionStatus, LearningAction, LearningActionInput, LearningBalance, LearningKind};
pub use log_file::{LOG_FILE, LOG_KEEP, LOG_MAX_BYTES, LogLevel, append_log};
pub use mentee::{GoalStatus, Mentee, MenteeGoal, MenteeGoalInput, MentoringGlance};
pub use mentoring::{MentoringItem, MentoringSession, MentoringSessionInput, MentoringSource, NewMentoringSession};
pub use migrations::SCHEMA_VERSION;
pub use milestone::{Milestone, MilestoneInput, MilestoneStatus, SmartHint, smart_hints};
pub use monthly_review::{MonthlyReview, REVIEW_STEPS, REVIEW_SUMMARY_MAX, ReviewItems, ReviewStatus};
pub use one_on_one::{
    ActionItem, ActionItemInput, ActionItemStatus, AgendaItem, AgendaItemInput, AgendaPreview, NewOneOnOne, OneOnOne,
    OneOnOneInput,
};
pub use page::{PAGE_MAX, PageRequest};
pub use plan::closing::{CarriedMilestone, CloseInput, ContinueInput, RETRO_TEXT_MAX};
pub use plan::{Outcome, Plan, PlanInput, PlanStatus, Retrospective, Track};
pub use readiness::{Readiness, ReadinessExpectation, ReadinessTopic};
pub use reflection::{
    Focus, HistoryWeek, MadeItem, MadeKind, REFLECTION_FOCUS_MAX, REFLECTION_TEXT_MAX, Reflection, ReflectionHistory,
    ReflectionInput,
};
pub use reflection_line::{LineTarget, ReflectionLine};
pub use reminder::{Notice, Reminder, ReminderKind, markup_escaped, notice};
pub use reminder_due::{CYCLE_NOTICE_DAYS, SELF_ASSESSMENT_DAYS};
#[cfg(feature = "scale")]
pub use scale::ScaleCounts;
pub use search::{SEARCH_LIMIT, SearchHit, fts_query};
pub use self_review::{ReviewSection, SELF_REVIEW_TEXT_MAX, SectionKey, SelfReview};
pub use self_review_draft::{ReviewEvidence, word_count};
pub use settings::{DayOfWeek, Paper, ReflectionSlot, ReminderSettings};
pub use skill::{PROFICIENCY_SCALE, ProficiencyLevel, Skill, SkillCategory, SkillInput, proficiency_label};
pub use stakeholder::{
    CheckIn, CheckInState, Interaction, InteractionInput, InteractionKind, Quadrant, Relationship, Stakeholder,
    StakeholderInput, Stance,
};
pub use store::Store;
pub use stretch::{Stretch, StretchInput, StretchStatus};
pub use template::{TemplateId, TemplateInfo, templates};
pub use undo::{Deleted, UNDO_WINDOW};
pub use visibility::{
    Audience, AudienceCounts, SpreadMonth, Visibility, VisibilityInput, VisibilityKind, VisibilitySpread,
    visibility_spread,
};
pub use week::{IsoWeek, WeekSpan};
pub use week_facts::{FactKind, ReflectionWeek, WeekFact, prefill};
pub use win::{Win, WinInput, WinPage, impact_summary};
pub use window::{MAX_WINDOW_MONTHS, MIN_WINDOW_MONTHS, PlanWindow};
