// Where the window is: a screen, and for plan screens, which plan, and optionally one item on it to
// bring into view (a search result, a dashboard line). Kept in the URL hash so a reload (or the dev
// server's hot reload) lands on the same place: `#/skills/3`, `#/milestones/3/milestone-12`.

/** Screens that show one plan, in the sidebar's order. */
export const PLAN_SCREENS = [
  'dashboard',
  'reflection',
  'plan',
  'skills',
  'stretch',
  'people',
  'milestones',
  'wins',
  'feedback',
  'meetings',
  'readiness',
  'review',
  'mentoring',
  'visibility',
  'selfreview',
  'harvest',
] as const;
export type PlanScreen = (typeof PLAN_SCREENS)[number];

/** One item to scroll to and mark: a search hit's kind and id. */
export interface Focus {
  kind: string;
  id: number;
}

export type Route =
  { screen: 'plans' } | { screen: 'data' } | { screen: 'settings' } | { screen: PlanScreen; planId: number; focus?: Focus };

export function parseHash(hash: string): Route {
  if (hash === '#/data') return { screen: 'data' };
  if (hash === '#/settings') return { screen: 'settings' };
  const m = /^#\/([a-z]+)\/(\d+)(?:\/([a-z_]+)-(\d+))?$/.exec(hash);
  const screen = PLAN_SCREENS.find((s) => s === m?.[1]);
  if (!m || !screen) return { screen: 'plans' };
  const route: Route = { screen, planId: Number(m[2]) };
  if (m[3] && m[4]) route.focus = { kind: m[3], id: Number(m[4]) };
  return route;
}

export function toHash(route: Route): string {
  if (route.screen === 'plans') return '#/plans';
  if (route.screen === 'data') return '#/data';
  if (route.screen === 'settings') return '#/settings';
  const focus = route.focus ? `/${route.focus.kind}-${route.focus.id}` : '';
  return `#/${route.screen}/${route.planId}${focus}`;
}

export const router = $state<{ route: Route }>({ route: parseHash(typeof location === 'undefined' ? '' : location.hash) });

export function navigate(route: Route): void {
  router.route = route;
  if (typeof location !== 'undefined' && location.hash !== toHash(route)) location.hash = toHash(route);
}

/** Follows the hash when the person uses a link or the history. */
export function followHash(): () => void {
  const onHash = () => {
    // `navigate` has set the route already: the hash change it causes must not replace the route
    // with an equal new object, which would make the open screen load its data a second time.
    if (location.hash === toHash(router.route)) return;
    router.route = parseHash(location.hash);
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}

/** The screen (and item) a search hit of `kind` opens. */
export function screenOf(kind: string): PlanScreen {
  switch (kind) {
    case 'skill':
    case 'learning_action':
      return 'skills';
    case 'stretch':
      return 'stretch';
    case 'milestone':
      return 'milestones';
    case 'win':
      return 'wins';
    case 'reflection':
    case 'week':
      return 'reflection';
    case 'monthly_review':
      return 'review';
    case 'feedback':
    case 'feedback_request':
    case 'feedback_given':
      return 'feedback';
    case 'mentoring_session':
    case 'mentee_goal':
      return 'mentoring';
    case 'visibility':
      return 'visibility';
    case 'one_on_one':
    case 'agenda_item':
    case 'action_item':
      return 'meetings';
    case 'stakeholder':
    case 'interaction':
      return 'people';
    case 'expectation':
      return 'readiness';
    default:
      return 'plan';
  }
}
