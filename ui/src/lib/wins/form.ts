// Win form values: what the person types (numbers as text, so a half-typed "4." is not lost) and
// the conversion to the backend's input.
import type { Win, WinInput } from '../api';
import { formatYmd, todayYmd } from '../dates';

export interface WinDraft {
  date: string;
  title: string;
  situation: string;
  myPart: string;
  whatHappened: string;
  metric: string;
  baseline: string;
  result: string;
  unit: string;
  impactNote: string;
  witnesses: string;
  skillIds: number[];
}

export function blankWin(today = todayYmd()): WinDraft {
  return {
    date: formatYmd(today),
    title: '',
    situation: '',
    myPart: '',
    whatHappened: '',
    metric: '',
    baseline: '',
    result: '',
    unit: '',
    impactNote: '',
    witnesses: '',
    skillIds: [],
  };
}

export function draftOf(win: Win): WinDraft {
  return {
    date: win.date,
    title: win.title,
    situation: win.situation,
    myPart: win.myPart,
    whatHappened: win.whatHappened,
    metric: win.metric,
    baseline: win.baseline === null ? '' : String(win.baseline),
    result: win.result === null ? '' : String(win.result),
    unit: win.unit,
    impactNote: win.impactNote,
    witnesses: win.witnesses,
    skillIds: [...win.skillIds],
  };
}

/** A draft from an input the backend proposed (a candidate win from git history). */
export function draftOfInput(input: WinInput): WinDraft {
  return {
    ...input,
    baseline: input.baseline === null ? '' : String(input.baseline),
    result: input.result === null ? '' : String(input.result),
    skillIds: [...input.skillIds],
  };
}

/** A figure as typed: empty is none, "1,5" reads as 1.5, anything else that is not a number is an error. */
export function parseFigure(text: string): number | null | 'invalid' {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'invalid';
}

/** The backend input, or the field whose figure is not a number. */
export function toInput(draft: WinDraft): { input: WinInput } | { field: 'baseline' | 'result' } {
  const baseline = parseFigure(draft.baseline);
  if (baseline === 'invalid') return { field: 'baseline' };
  const result = parseFigure(draft.result);
  if (result === 'invalid') return { field: 'result' };
  return { input: { ...draft, baseline, result } };
}
