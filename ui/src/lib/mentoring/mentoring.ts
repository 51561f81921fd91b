// A mentee's progress over time, as the screen lists it: sessions and goals met, oldest first.
import type { Mentee, MenteeGoal, MenteeGoalInput } from '../api';

export interface ProgressEvent {
  date: string;
  kind: 'session' | 'goal_met';
  text: string;
}

/** Every session held and every goal met, in date order (a goal met on a session's day after it). */
export function progressOf(m: Mentee, today: string): ProgressEvent[] {
  const events: ProgressEvent[] = [
    ...m.sessions
      .filter((s) => s.date <= today)
      .map((s) => ({ date: s.date, kind: 'session' as const, text: s.topics.split('\n')[0] || 'Session' })),
    ...m.goals.filter((g) => g.metOn).map((g) => ({ date: g.metOn as string, kind: 'goal_met' as const, text: g.text })),
  ];
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'session' ? -1 : 1));
}

/** "2 of 3 goals met · 4 sessions" (dropped goals are not counted). */
export function progressText(m: Mentee): string {
  const goals = m.goals.filter((g) => g.status !== 'dropped').length;
  const sessions = `${m.sessions.length} ${m.sessions.length === 1 ? 'session' : 'sessions'}`;
  return goals === 0 ? `No goals yet · ${sessions}` : `${m.goalsMet} of ${goals} goals met · ${sessions}`;
}

export function goalInput(g: MenteeGoal): MenteeGoalInput {
  return { text: g.text, targetDate: g.targetDate ?? '', status: g.status };
}
