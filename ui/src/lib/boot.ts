// The first screen's data, asked for before the UI is even mounted, in one round trip (the
// `start` command): at startup each round trip through the webview costs 70–90 ms on the
// benchmark machine, against 1–5 ms once the window is up (BENCHMARKS.md).
import { api, type FirstScreen, type Start } from './api';

let early: Promise<Start> | null = null;
let firstScreen: FirstScreen | null = null;

/** Sends the question; called first thing by main.ts. */
export function askEarly(): void {
  early = api.start();
  // Whoever takes it handles a failure; until then it is not an unhandled rejection.
  early.catch(() => undefined);
}

/** The answer to the early question, once; afterwards (or in tests) the question is asked anew. */
export function takeStart(): Promise<Start> {
  const answer = early ?? api.start();
  early = null;
  return answer;
}

/** Keeps the dashboard the app is about to open, for that screen's first read. */
export function holdFirstScreen(screen: FirstScreen | null): void {
  firstScreen = screen;
}

/** The held dashboard of plan `planId`, once: every later read asks the backend. */
export function takeFirstScreen(planId: number): FirstScreen | null {
  const held = firstScreen;
  firstScreen = null;
  return held && held.plan.id === planId ? held : null;
}
