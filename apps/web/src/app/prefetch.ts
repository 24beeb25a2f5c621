// Opening the app at a signed-in address: ask for the viewer at once, in parallel with the route
// chunks (otherwise the request waits for the signed-in layout's code), and for the leader's home,
// fetch the dashboard and its chunk as soon as the role is known. The pages' own queries then find
// the answers in the cache or in flight (Apollo dedupes identical requests), so nothing is fetched
// twice before the first render and the dashboard appears a few round trips sooner.
import type { ApolloClient } from '@apollo/client';
import { viewerQuery } from '@/auth/viewer.query';

const SIGNED_OUT_PAGES = /^\/(sign-in|sign-up|accept-invitation)(\/|$)/;

export function prefetchSignedIn(client: ApolloClient, location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (SIGNED_OUT_PAGES.test(location.pathname)) return;
  const viewer = client.query({ query: viewerQuery });
  const home = location.pathname === '/' && !new URLSearchParams(location.search).has('month');
  viewer
    .then(async ({ data }) => {
      const membership = data?.viewer.membership;
      if (!home || membership?.role !== 'LEADER') return;
      const [{ prefetchDashboard }] = await Promise.all([
        import('@/dashboard/dashboard-prefetch'),
        import('@/dashboard/dashboard-page'),
      ]);
      await prefetchDashboard(client, membership.workspace.timezone);
    })
    // Signed out (the layout sends them to the sign-in page) or offline (the page says so):
    // the pages' own queries report it; a prefetch has nothing to add.
    .catch(() => undefined);
}
