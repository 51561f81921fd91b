// Where the window is: a screen, and for plan screens, which plan. Kept in the URL hash so a reload
// (or the dev server's hot reload) lands on the same screen.

/** Screens that show one plan. */
export const PLAN_SCREENS = ['dashboard', 'people', 'wins', 'meetings'] as const;
export type PlanScreen = (typeof PLAN_SCREENS)[number];

export type Route = { screen: 'plans' } | { screen: PlanScreen; planId: number };

export function parseHash(hash: string): Route {
  const m = /^#\/([a-z]+)\/(\d+)$/.exec(hash);
  const screen = PLAN_SCREENS.find((s) => s === m?.[1]);
  if (m && screen) return { screen, planId: Number(m[2]) };
  return { screen: 'plans' };
}

export function toHash(route: Route): string {
  return route.screen === 'plans' ? '#/plans' : `#/${route.screen}/${route.planId}`;
}

export const router = $state<{ route: Route }>({ route: parseHash(typeof location === 'undefined' ? '' : location.hash) });

export function navigate(route: Route): void {
  router.route = route;
  if (typeof location !== 'undefined' && location.hash !== toHash(route)) location.hash = toHash(route);
}

/** Follows the hash when the person uses a link or the history. */
export function followHash(): () => void {
  const onHash = () => {
    router.route = parseHash(location.hash);
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}
