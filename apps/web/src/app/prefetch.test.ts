import type { ApolloClient } from '@apollo/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { viewerQuery } from '@/auth/viewer.query';
import { dashboardQuery } from '@/dashboard/dashboard.query';
import { LAST_ROLE_KEY, prefetchSignedIn } from './prefetch';

const viewer = (role: string, timezone = 'Europe/Berlin') => ({
  data: { viewer: { membership: { role, workspace: { timezone } } } },
});

function fakeClient(role: string, timezone?: string) {
  let answerViewer: () => void = () => undefined;
  const viewerAnswered = new Promise<void>((resolve) => {
    answerViewer = resolve;
  });
  const query = vi.fn(async ({ query: document }: { query: unknown }) => {
    if (document !== viewerQuery) return { data: {} };
    await viewerAnswered;
    return viewer(role, timezone);
  });
  return { client: { query } as unknown as ApolloClient, query, answerViewer };
}

function memory(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

const dashboardCalls = (query: ReturnType<typeof vi.fn>) =>
  query.mock.calls
    .map(([options]) => options as { query: unknown; variables?: unknown })
    .filter((options) => options.query === dashboardQuery);

describe('prefetchSignedIn', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks for nothing on the signed-out pages', () => {
    const { client, query } = fakeClient('LEADER');
    prefetchSignedIn(client, { pathname: '/sign-in', search: '?next=%2F' }, memory());
    prefetchSignedIn(client, { pathname: '/accept-invitation', search: '?token=x' }, memory());
    expect(query).not.toHaveBeenCalled();
  });

  it('opening home, asks for the viewer and, without waiting for it, the dashboard of the month', async () => {
    const { client, query, answerViewer } = fakeClient('LEADER');
    const remembered = memory();
    prefetchSignedIn(client, { pathname: '/', search: '' }, remembered, 'Europe/Berlin');
    expect(query).toHaveBeenCalledWith({ query: viewerQuery });
    // The viewer has not answered yet.
    await vi.waitFor(
      () => expect(dashboardCalls(query)).toEqual([{ query: dashboardQuery, variables: { month: '2026-04' } }]),
      { timeout: 10_000 },
    );
    answerViewer();
    await vi.waitFor(() => expect(remembered.values.get(LAST_ROLE_KEY)).toBe('LEADER'));
    // The guess was right: no second dashboard request.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dashboardCalls(query)).toHaveLength(1);
  });

  it('corrects a month guessed from the browser’s zone with the workspace’s', async () => {
    vi.setSystemTime(new Date('2026-04-30T23:30:00Z')); // 1 May in Berlin, still April in UTC
    const { client, query, answerViewer } = fakeClient('LEADER', 'Europe/Berlin');
    prefetchSignedIn(client, { pathname: '/', search: '' }, memory(), 'UTC');
    answerViewer();
    await vi.waitFor(
      () =>
        expect(dashboardCalls(query).map((call) => call.variables)).toEqual([
          { month: '2026-04' },
          { month: '2026-05' },
        ]),
      { timeout: 10_000 },
    );
  });

  it('skips the guess in a browser whose last user was not a leader, and fetches only the viewer elsewhere', async () => {
    for (const [lastRole, role, pathname, search] of [
      ['CLIENT_VIEWER', 'CLIENT_VIEWER', '/', ''],
      ['ACCOUNTANT', 'ACCOUNTANT', '/', ''],
      [null, 'LEADER', '/invoices', ''],
      [null, 'LEADER', '/', '?month=2026-01'],
    ] as const) {
      const { client, query, answerViewer } = fakeClient(role);
      const remembered = memory(lastRole ? { [LAST_ROLE_KEY]: lastRole } : {});
      prefetchSignedIn(client, { pathname, search }, remembered, 'Europe/Berlin');
      answerViewer();
      await vi.waitFor(() => expect(remembered.values.get(LAST_ROLE_KEY)).toBe(role));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(query).toHaveBeenCalledTimes(1);
    }
  });

  it('swallows a signed-out answer (the layout handles it), and works without storage', async () => {
    const query = vi.fn(async () => Promise.reject(new Error('UNAUTHENTICATED')));
    expect(() =>
      prefetchSignedIn({ query } as unknown as ApolloClient, { pathname: '/', search: '' }, null, 'UTC'),
    ).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
