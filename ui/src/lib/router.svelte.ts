// Where the window is: a screen, and for plan screens, which plan. Kept in the URL hash so a reload
// (or the dev server's hot reload) lands on the same screen.

export type Route = { screen: 'plans' } | { screen: 'dashboard'; planId: number };

export function parseHash(hash: string): Route {
  const m = /^#\/dashboard\/(\d+)$/.exec(hash);
  if (m) return { screen: 'dashboard', planId: Number(m[1]) };
  return { screen: 'plans' };
}

export function toHash(route: Route): string {
  return route.screen === 'dashboard' ? `#/dashboard/${route.planId}` : '#/plans';
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
