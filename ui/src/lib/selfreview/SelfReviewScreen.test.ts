import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewSection, SelfReview, SelfReviewApi } from '../api';
import SelfReviewScreen from './SelfReviewScreen.svelte';

function section(id: number, name: string, over: Partial<ReviewSection> = {}): ReviewSection {
  return {
    key: { by: 'topic', id },
    name,
    text: `${name}: what I did in this period.`,
    saved: false,
    draft: `${name}: what I did in this period.`,
    newerDraft: false,
    words: 7,
    evidence: [{ kind: 'win', refId: 3, title: 'Cut search p95 latency', date: '2026-10-12' }],
    withoutEvidence: ['Writes documents that move decisions forward.'],
    unquotedFeedback: 1,
    ...over,
  };
}

function fake(): SelfReviewApi & { review: SelfReview } {
  const review: SelfReview = {
    planId: 1,
    from: '2026-06-01',
    to: '2027-03-01',
    chosenPeriod: false,
    framework: 'Cairn ladder: individual contributor, Senior engineer',
    sections: [
      section(1, 'Technical depth'),
      section(2, 'Mentoring and leadership', { saved: true, text: 'I grew Lena.', newerDraft: true, draft: 'Mentoring: a newer draft.' }),
    ],
    words: 10,
  };
  return {
    review,
    selfReview: vi.fn(async () => review),
    setReviewPeriod: vi.fn(async (_p: number, from: string, to: string) => ({ ...review, from, to, chosenPeriod: true })),
    saveReviewSection: vi.fn(async (_p, key, text) => ({
      ...review,
      sections: review.sections.map((s) => (s.key.id === key.id ? { ...s, text, saved: true } : s)),
    })),
    settleReviewDraft: vi.fn(async () => review),
    exportSelfReview: vi.fn(async () => ({ path: '/home/a/review.pdf', shown: '~/review.pdf' })),
    openDocument: vi.fn(async () => null),
  };
}

describe('SelfReviewScreen', () => {
  it('starts each topic from its draft, saves the person’s words on leaving the box, and counts them', async () => {
    const user = userEvent.setup();
    const api = fake();
    render(SelfReviewScreen, { planId: 1, api });
    const box = await screen.findByLabelText('Your text for Technical depth');
    expect(box).toHaveValue('Technical depth: what I did in this period.');
    expect(screen.getByText(/A draft from your evidence/)).toBeInTheDocument();
    expect(screen.getAllByText('Writes documents that move decisions forward.')).toHaveLength(2);
    expect(screen.getAllByText(/1 piece of feedback is not marked as quotable/)).toHaveLength(2);
    await user.clear(box);
    await user.type(box, 'I owned search latency end to end.');
    expect(screen.getByTestId('words-topic-1')).toHaveTextContent('7 words');
    await user.click(document.body);
    expect(api.saveReviewSection).toHaveBeenCalledWith(1, { by: 'topic', id: 1 }, 'I owned search latency end to end.');
  });

  it('offers a newer draft beside the person’s text and takes it only when asked', async () => {
    const user = userEvent.setup();
    const api = fake();
    render(SelfReviewScreen, { planId: 1, api });
    expect(await screen.findByLabelText('Your text for Mentoring and leadership')).toHaveValue('I grew Lena.');
    const offer = screen.getByRole('region', { name: 'A newer draft of Mentoring and leadership' });
    expect(offer).toHaveTextContent('Mentoring: a newer draft.');
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(api.settleReviewDraft).toHaveBeenCalledWith(1, { by: 'topic', id: 2 }, false);
  });

  it('changes the period and exports what the boxes hold', async () => {
    const user = userEvent.setup();
    const api = fake();
    render(SelfReviewScreen, { planId: 1, api });
    const from = await screen.findByLabelText('From');
    await user.clear(from);
    await user.type(from, '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Use this period' }));
    expect(api.setReviewPeriod).toHaveBeenCalledWith(1, '2026-09-01', '2027-03-01');
    await user.click(await screen.findByRole('button', { name: 'Back to the default' }));
    expect(api.setReviewPeriod).toHaveBeenLastCalledWith(1, '', '');
    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));
    await waitFor(() => expect(api.exportSelfReview).toHaveBeenCalledWith(1, false));
  });
});
