import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { balance } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { DashboardPage, elapsedShare } from './dashboard-page';
import { dashboardQuery } from './dashboard.query';

const summary = (id: string, name: string, b: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  __typename: 'ClientSummary',
  client: { __typename: 'Client', id, name, currency: 'EUR' },
  balance: balance(b),
  hasActiveRetainer: true,
  openActionItems: 0,
  overdueDeliverables: 0,
  lastMeeting: null,
  nextMeeting: null,
  ...extra,
});

describe('DashboardPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows capacity, a card per client (most urgent first) and the alerts', async () => {
    renderApp(<DashboardPage />, {
      mocks: [
        {
          request: { query: dashboardQuery, variables: { month: '2026-04' } },
          result: {
            data: {
              dashboard: {
                __typename: 'Dashboard',
                month: '2026-04',
                capacity: {
                  __typename: 'Capacity',
                  capacityMinutes: 16 * 480,
                  allocatedMinutes: 18 * 480,
                  usedMinutes: 6 * 480,
                  projectedUsedMinutes: 12 * 480,
                },
                clients: [
                  summary(
                    'c-2',
                    'Acme',
                    {
                      status: 'ON_TRACK',
                      usedMinutes: 480,
                      overageMinutes: 0,
                      remainingMinutes: 1440,
                      projectedUsedMinutes: 960,
                    },
                    {
                      nextMeeting: {
                        __typename: 'Meeting',
                        id: 'm-1',
                        title: 'Steering',
                        startsAt: '2026-04-20T09:00:00Z',
                      },
                    },
                  ),
                  summary('c-1', 'Northwind Robotics', {}, { openActionItems: 3, overdueDeliverables: 1 }),
                  summary(
                    'c-3',
                    'Bluefin Logistics',
                    { status: 'ON_TRACK', usedMinutes: 0, availableMinutes: 0, allocatedMinutes: 0 },
                    {
                      hasActiveRetainer: false,
                    },
                  ),
                ],
                alerts: [
                  {
                    __typename: 'Alert',
                    kind: 'UNDER_USED',
                    severity: 'INFO',
                    message: 'Half the month gone',
                    client: null,
                  },
                  {
                    __typename: 'Alert',
                    kind: 'OVERAGE',
                    severity: 'CRITICAL',
                    message: '1 d over the allowance',
                    client: { __typename: 'Client', id: 'c-1', name: 'Northwind Robotics' },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    const capacity = await screen.findByRole('region', { name: 'Capacity' });
    expect(capacity.textContent).toContain('18 d of 16 d capacity');
    expect(capacity.textContent).toContain('sold 2 d more than you can deliver');

    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('link').textContent)).toEqual([
      'Northwind Robotics',
      'Acme',
      'Bluefin Logistics',
    ]);
    const northwind = cards[0] as HTMLElement;
    expect(northwind.textContent).toContain('5 d / 4 d');
    expect(northwind.textContent).toContain('Over');
    expect(northwind.textContent).toContain('3 open actions');
    expect(northwind.textContent).toContain('1 overdue deliverable');
    expect(within(northwind).getByRole('img').getAttribute('aria-label')).toMatch(/Burn-down/);
    expect((cards[1] as HTMLElement).textContent).toContain('Next: Steering');
    // No retainer covers the month: said so, last, and not passed off as “On track”.
    expect((cards[2] as HTMLElement).textContent).toContain('No retainer');
    expect((cards[2] as HTMLElement).textContent).not.toContain('On track');

    const alerts = screen.getByRole('region', { name: 'Alerts' });
    const items = within(alerts).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Northwind Robotics: 1 d over the allowance');
  });

  it('knows how much of a month has passed, in working days like the projection', () => {
    expect(elapsedShare('2026-03', '2026-04-15')).toBe(1);
    expect(elapsedShare('2026-05', '2026-04-15')).toBe(0);
    expect(elapsedShare('2026-04', '2026-04-15')).toBe(0.5); // 11 of 22 working days
    // A weekend moves no working day: Friday 3 April and Sunday 5 April are both 3 of 22.
    expect(elapsedShare('2026-04', '2026-04-05')).toBe(elapsedShare('2026-04', '2026-04-03'));
    expect(elapsedShare('2026-04', '2026-04-03')).toBe(3 / 22);
  });
});
