// Feedback values as the screen filters them and the form edits them.
import type { Feedback, FeedbackInput, FeedbackStatus } from '../api';
import { formatYmd, todayYmd } from '../dates';

export function inputOf(f: Feedback): FeedbackInput {
  return {
    date: f.date,
    stakeholderId: f.stakeholderId,
    // The stored name is kept only for feedback from someone not on the map.
    fromName: f.stakeholderId === null ? f.from : '',
    kind: f.kind,
    said: f.said,
    response: f.response,
    status: f.status,
    quotable: f.quotable,
  };
}

export function blankFeedback(today = todayYmd()): FeedbackInput {
  return {
    date: formatYmd(today),
    stakeholderId: null,
    fromName: '',
    kind: 'constructive',
    said: '',
    response: '',
    status: 'open',
    quotable: false,
  };
}

export type FeedbackFilter = 'all' | FeedbackStatus;

/** The next step a card offers for constructive feedback: open → acting → resolved. */
export function nextStatus(f: Feedback): { to: FeedbackStatus; label: string } | null {
  if (f.status === 'open') return f.kind === 'praise' ? { to: 'resolved', label: 'Noted' } : { to: 'acting', label: 'Acting on it' };
  if (f.status === 'acting') return { to: 'resolved', label: 'Resolved' };
  return null;
}
