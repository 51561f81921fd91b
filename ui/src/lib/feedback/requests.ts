// Feedback requests as the form edits them, and what a card offers next.
import type { FeedbackRequest, FeedbackRequestInput, RequestStatus } from '../api';

export function blankRequest(): FeedbackRequestInput {
  return {
    stakeholderId: null,
    personName: '',
    about: 'skill',
    skillId: null,
    expectationId: null,
    stretchId: null,
    question: '',
    dueDate: '',
    status: 'to_ask',
  };
}

export function requestInput(r: FeedbackRequest): FeedbackRequestInput {
  return {
    stakeholderId: r.stakeholderId,
    personName: r.stakeholderId === null ? r.person : '',
    about: r.about,
    skillId: r.skillId,
    expectationId: r.expectationId,
    stretchId: r.stretchId,
    question: r.about === 'question' ? r.topic : '',
    dueDate: r.dueDate ?? '',
    status: r.status,
  };
}

/** Only the reference the chosen kind needs goes to the backend. */
export function cleaned(input: FeedbackRequestInput): FeedbackRequestInput {
  return {
    ...input,
    personName: input.stakeholderId === null ? input.personName : '',
    skillId: input.about === 'skill' ? input.skillId : null,
    expectationId: input.about === 'expectation' ? input.expectationId : null,
    stretchId: input.about === 'stretch' ? input.stretchId : null,
    question: input.about === 'question' ? input.question : '',
  };
}

/** The step a card offers: ask it, then log the answer (or note they declined). */
export function nextStep(r: FeedbackRequest): { to: RequestStatus; label: string } | null {
  if (r.status === 'to_ask') return { to: 'asked', label: 'I asked' };
  return null;
}
