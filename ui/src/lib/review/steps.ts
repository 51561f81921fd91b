// The monthly review's steps, in order (the core keeps which one the person is on, 0–5).
export const STEPS = [
  { key: 'skills', title: 'Skills', ask: 'Has any skill moved up (or down) this month? Change its level in place.' },
  { key: 'milestones', title: 'Milestones', ask: 'What slipped or is coming up: give it a new date, mark it done, or drop it.' },
  { key: 'people', title: 'People', ask: 'Who have you not seen within their cadence? Log a check-in, or plan one.' },
  { key: 'stretch', title: 'Stretch work', ask: 'Where does each assignment stand?' },
  { key: 'balance', title: 'Learning balance', ask: 'Is your learning mostly doing, or mostly courses?' },
  { key: 'summary', title: 'Summary', ask: 'A few lines on the month: what moved, what did not, what next month is for.' },
] as const;
