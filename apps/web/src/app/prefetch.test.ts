import type { ApolloClient } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { viewerQuery } from '@/auth/viewer.query';
import { dashboardQuery } from '@/dashboard/dashboard.query';
import { prefetchSignedIn } from './prefetch';

const viewer = (role: string) => ({
  data: { viewer: { membership: { role, workspace: { timezone: 'Europe/Berlin' } } } },
});

function fakeClient(role: string) {
  const query = vi.fn(async ({ query: document }: { query: unknown }) => (document === viewerQuery ? viewer(role) : { data: {} }));
  return { client: { query } as unknown as ApolloClient, query };
}

describe('prefetchSignedIn', () => {
  it('asks for nothing on the signed-out pages', () => {
    const { client, query } = fakeClient('LEADER');
    prefetchSignedIn(client, { pathname: '/sign-in', search: '?next=%2F' });
    prefetchSignedIn(client, { pathname: '/accept-invitation', search: '?token=x' });
    expect(query).not.toHaveBeenCalled();
  });

  it('fetches the viewer, and for a leader opening home the dashboard of the current month', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T10:00:00Z'));
    try {
      const { client, query } = fakeClient('LEADER');
      prefetchSignedIn(client, { pathname: '/', search: '' });
      expect(query).toHaveBeenCalledWith({ query: viewerQuery });
      await vi.waitFor(() => expect(query).toHaveBeenCalledWith({ query: dashboardQuery, variables: { month: '2026-04' } }), { timeout: 10_000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('fetches only the viewer for other roles, other pages, or another month', async () => {
    for (const [role, pathname, search] of [
      ['CLIENT_VIEWER', '/', ''],
      ['LEADER', '/invoices', ''],
      ['LEADER', '/', '?month=2026-01'],
    ] as const) {
      const { client, query } = fakeClient(role);
      prefetchSignedIn(client, { pathname, search });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(query).toHaveBeenCalledTimes(1);
    }
  });

  it('swallows a signed-out answer (the layout handles it)', async () => {
    const query = vi.fn(async () => Promise.reject(new Error('UNAUTHENTICATED')));
    expect(() => prefetchSignedIn({ query } as unknown as ApolloClient, { pathname: '/', search: '' })).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
