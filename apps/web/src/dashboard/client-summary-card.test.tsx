import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClientSummaryCard_SummaryFragment } from '@/gql/graphql';
import { balance } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { ClientSummaryCard } from './client-summary-card';

const summary = {
  __typename: 'ClientSummary',
  client: { __typename: 'Client', id: 'c-1', name: 'Northwind Robotics', currency: 'EUR' },
  balance: balance({ month: '2026-01' }),
  hasActiveRetainer: true,
  openActionItems: 2,
  overdueDeliverables: 0,
  lastMeeting: null,
  nextMeeting: null,
} as unknown as ClientSummaryCard_SummaryFragment;

describe('ClientSummaryCard', () => {
  it('says the counts are today’s when another month is shown', async () => {
    const { unmount } = renderApp(<ClientSummaryCard summary={summary} elapsed={1} currentMonth={false} />);
    expect((await screen.findByRole('article')).textContent).toContain('As of today:2 open actions');
    unmount();
    renderApp(<ClientSummaryCard summary={summary} elapsed={0.5} />);
    expect((await screen.findByRole('article')).textContent).not.toContain('As of today');
  });
});
