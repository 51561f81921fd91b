// What the readiness screen works out from plain data: the things of a plan that can be linked as
// evidence, the lines of the self-assessment chart, and the words for a share. Pure, so it is
// tested without a window.
import type {
  Assessment,
  EvidenceItem,
  EvidenceKind,
  Feedback,
  FeedbackGiven,
  FeedbackRequest,
  FrameworkLevel,
  FrameworkTopic,
  Mentee,
  Milestone,
  Skill,
  Stretch,
  Visibility,
  Win,
} from '../api';
import { parseYmd } from '../dates';

export const EVIDENCE_KINDS: { value: EvidenceKind; label: string }[] = [
  { value: 'win', label: 'Win' },
  { value: 'feedback', label: 'Feedback' },
  { value: 'milestone', label: 'Milestone' },
  { value: 'stretch', label: 'Stretch assignment' },
  { value: 'mentoring_session', label: 'Mentoring session' },
  { value: 'visibility', label: 'Visibility' },
  { value: 'feedback_request', label: 'Feedback asked for' },
  { value: 'feedback_given', label: 'Feedback given' },
];

/** The things of a plan that can be evidence, as the screens list them. */
export interface Linkable {
  wins: Win[];
  feedback: Feedback[];
  milestones: Milestone[];
  stretches: Stretch[];
  mentees?: Mentee[];
  visibility?: Visibility[];
  requests?: FeedbackRequest[];
  given?: FeedbackGiven[];
}

/** The screen and item an evidence link opens. */
export function evidenceHref(planId: number, kind: EvidenceKind, id: number): string {
  const screen: Record<EvidenceKind, string> = {
    win: 'wins',
    feedback: 'feedback',
    milestone: 'milestones',
    stretch: 'stretch',
    mentoring_session: 'mentoring',
    visibility: 'visibility',
    feedback_request: 'feedback',
    feedback_given: 'feedback',
  };
  return `#/${screen[kind]}/${planId}/${kind}-${id}`;
}

/** An evidence item's words on screen, naming the mentee of a session. */
export function evidenceText(e: EvidenceItem): string {
  return `${evidenceLabel(e.kind)}: ${e.title}${e.mentee ? ` (${e.mentee})` : ''}`;
}

export function evidenceLabel(kind: EvidenceKind): string {
  return EVIDENCE_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

/** Something of the plan that could be linked to an expectation. */
export interface Candidate {
  kind: EvidenceKind;
  id: number;
  title: string;
  date: string | null;
  /** Counts at once (a win, feedback, something done), or only once it is done. */
  counts: boolean;
}

function oneLine(text: string, max = 120): string {
  const flat = text.split(/\s+/).filter(Boolean).join(' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Everything linkable, newest first within each kind, without what is linked already. */
export function candidates(things: Linkable, linked: EvidenceItem[], today = ''): Candidate[] {
  const taken = new Set(linked.map((e) => `${e.kind}-${e.refId}`));
  const all: Candidate[] = [
    ...things.wins.map((w) => ({ kind: 'win' as const, id: w.id, title: w.title, date: w.date, counts: true })),
    ...things.feedback.map((f) => ({
      kind: 'feedback' as const,
      id: f.id,
      title: oneLine(f.from ? `${f.from}: ${f.said}` : f.said),
      date: f.date,
      counts: true,
    })),
    ...things.milestones
      .filter((m) => m.status !== 'dropped')
      .map((m) => ({
        kind: 'milestone' as const,
        id: m.id,
        title: m.title,
        date: m.completedDate ?? m.dueDate,
        counts: m.status === 'done',
      })),
    ...things.stretches
      .filter((s) => s.status !== 'dropped')
      .map((s) => ({
        kind: 'stretch' as const,
        id: s.id,
        title: s.title,
        date: s.endDate ?? s.startDate,
        counts: s.status === 'done',
      })),
    ...(things.mentees ?? []).flatMap((m) =>
      m.sessions.map((s) => ({
        kind: 'mentoring_session' as const,
        id: s.id,
        title: oneLine(`${s.mentee}: ${s.topics || 'session'}`),
        date: s.date,
        counts: !today || s.date <= today,
      })),
    ),
    ...(things.visibility ?? []).map((v) => ({
      kind: 'visibility' as const,
      id: v.id,
      title: v.title,
      date: v.date,
      counts: !today || v.date <= today,
    })),
    ...(things.requests ?? [])
      .filter((r) => r.status !== 'declined')
      .map((r) => ({
        kind: 'feedback_request' as const,
        id: r.id,
        title: oneLine(`Asked ${r.person} about ${r.topic}`),
        date: r.askedOn ?? r.dueDate,
        counts: r.status === 'answered',
      })),
    ...(things.given ?? []).map((g) => ({
      kind: 'feedback_given' as const,
      id: g.id,
      title: oneLine(`Feedback to ${g.to}: ${g.about}`),
      date: g.date,
      counts: true,
    })),
  ];
  return all.filter((c) => !taken.has(`${c.kind}-${c.id}`));
}

/** Candidates whose title has every typed word (any case). */
export function filterCandidates(list: Candidate[], typed: string): Candidate[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 ? list : list.filter((c) => words.every((w) => c.title.toLowerCase().includes(w)));
}

/** "3 of 8 (38%)". */
export function shareText(met: number, total: number, percent: number): string {
  return total === 0 ? 'No expectations at this level' : `${met} of ${total} (${percent}%)`;
}

/** One line of the self-assessment chart: a topic or a skill, its ratings by date. */
export interface Series {
  key: string;
  label: string;
  /** The highest rating possible (the framework's level count, or 5 for a skill). */
  max: number;
  points: { date: string; rating: number }[];
}

/** The chart's lines: topics of the framework first, then skills, each only if ever rated. */
export function assessmentSeries(history: Assessment[], topics: FrameworkTopic[], levels: FrameworkLevel[], skills: Skill[]): Series[] {
  const lines: Series[] = [
    ...topics.map((t) => ({ key: `topic-${t.id}`, label: t.name, max: levels.length, points: [] as Series['points'] })),
    ...skills.map((s) => ({ key: `skill-${s.id}`, label: s.name, max: 5, points: [] as Series['points'] })),
  ];
  const byKey = new Map(lines.map((l) => [l.key, l]));
  for (const a of history) {
    for (const r of a.ratings) {
      const key = r.topicId !== null ? `topic-${r.topicId}` : `skill-${r.skillId}`;
      byKey.get(key)?.points.push({ date: a.date, rating: r.rating });
    }
  }
  return lines.filter((l) => l.points.length > 0);
}

/** Where a chart point sits: x by day between the first and last snapshot, y by share of the top. */
export function chartPoint(
  date: string,
  rating: number,
  max: number,
  span: { first: string; last: string },
  box: { width: number; height: number; pad: number },
): { x: number; y: number } {
  const day = (ymd: string) => {
    const d = parseYmd(ymd);
    return d ? Date.UTC(d.year, d.month - 1, d.day) : 0;
  };
  const from = day(span.first);
  const to = day(span.last);
  const inner = box.width - 2 * box.pad;
  const x = to > from ? box.pad + ((day(date) - from) / (to - from)) * inner : box.width / 2;
  const innerH = box.height - 2 * box.pad;
  const y = box.pad + innerH - (max > 1 ? ((rating - 1) / (max - 1)) * innerH : innerH / 2);
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
