// Words for why an agenda item is there.
import type { AgendaSource } from '../bindings/AgendaSource';

const SOURCES: Record<AgendaSource, { label: string; tone: 'done' | 'progress' | 'planned' | 'warn' | 'danger' | 'muted' }> = {
  carried_over: { label: 'Carried over', tone: 'warn' },
  milestone_done: { label: 'Done', tone: 'done' },
  milestone_due: { label: 'Coming up', tone: 'progress' },
  milestone_overdue: { label: 'Overdue', tone: 'danger' },
  win: { label: 'Win', tone: 'done' },
  feedback: { label: 'Feedback', tone: 'planned' },
  check_in: { label: 'Check-in', tone: 'warn' },
  added: { label: 'Added', tone: 'muted' },
};

export function sourceLabel(source: AgendaSource) {
  return SOURCES[source];
}
