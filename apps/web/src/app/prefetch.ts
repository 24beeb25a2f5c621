// Opening the app at a signed-in address: ask for the viewer at once, in parallel with the route
// chunks (otherwise the request waits for the signed-in layout's code). Opening home, also ask for
// the dashboard and load its code at the same time, without waiting for the viewer: a leader's
// home is the dashboard, and the viewer's answer reaches the page only after the main bundle has
// run, leaving the dashboard two round trips and a chunk behind. The month is guessed from the
// browser's time zone and corrected once the workspace's is known. A browser whose last user was
// not a leader skips the guess. The pages' own queries then find the answers in the cache or in
// flight (Apollo dedupes identical requests), so nothing is fetched twice before the first render.
import type { ApolloClient } from '@apollo/client';
import { viewerQuery } from '@/auth/viewer.query';
import { dashboardQuery } from '@/dashboard/dashboard.query';
import { currentMonthIn } from '@/shared/calendar';

const SIGNED_OUT_PAGES = /^\/(sign-in|sign-up|accept-invitation)(\/|$)/;
/** The role of the last viewer in this browser (not sensitive: it only steers prefetching). */
export const LAST_ROLE_KEY = 'allot.lastRole';

type RoleMemory = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): RoleMemory | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: prefetch as for a first visit
  }
}

/**
 * The dashboard query goes out at once: its document is in the main bundle (a few KB), so the
 * request does not wait for a chunk, nor for the main thread to finish rendering the layout.
 */
function prefetchDashboard(client: ApolloClient, month: string): Promise<unknown> {
  void import('@/dashboard/dashboard-page').catch(() => undefined);
  return client.query({ query: dashboardQuery, variables: { month } });
}

export function prefetchSignedIn(
  client: ApolloClient,
  location: Pick<Location, 'pathname' | 'search'> = window.location,
  memory: RoleMemory | null = browserStorage(),
  browserTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): void {
  if (SIGNED_OUT_PAGES.test(location.pathname)) return;
  const viewer = client.query({ query: viewerQuery });
  const home = location.pathname === '/' && !new URLSearchParams(location.search).has('month');
  const lastRole = memory?.getItem(LAST_ROLE_KEY) ?? null;
  const guessedMonth = home && (lastRole === null || lastRole === 'LEADER') ? currentMonthIn(browserTimeZone) : null;
  if (guessedMonth) {
    // Not a leader after all, or offline: the page's own queries report what matters.
    prefetchDashboard(client, guessedMonth).catch(() => undefined);
  }
  viewer
    .then(async ({ data }) => {
      const membership = data?.viewer.membership;
      if (!membership) return;
      try {
        memory?.setItem(LAST_ROLE_KEY, membership.role);
      } catch {
        // storage full or disabled: the next visit guesses as a first one
      }
      if (!home || membership.role !== 'LEADER') return;
      const month = currentMonthIn(membership.workspace.timezone);
      if (month === guessedMonth) return;
      await prefetchDashboard(client, month);
    })
    // Signed out (the layout sends them to the sign-in page) or offline (the page says so):
    // the pages' own queries report it; a prefetch has nothing to add.
    .catch(() => undefined);
}
