import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth } from '@allot/domain';
import { currentMonthIn } from '@/shared/calendar';
import { formatMonth } from '@/shared/format';
import { balance } from '@/test/fixtures';
import { makeViewer, renderApp } from '@/test/render';
import { clientTimeEntriesQuery } from '@/time/client-time-entries.query';
import { clientDetailQuery } from './client-detail.query';
import { ClientWorkspace } from './client-workspace';

// makeViewer's workspace is in Amsterdam: the page asks for that time zone's month.
const month = currentMonthIn('Europe/Amsterdam');

const detail = {
  request: { query: clientDetailQuery, variables: { id: 'c-1', month, from: addMonths(month, -11) } },
  result: {
    data: {
      client: {
        __typename: 'Client',
        id: 'c-1',
        name: 'Northwind Robotics',
        legalName: 'Northwind Robotics B.V.',
        addressLine: 'Keizersgracht 1',
        city: 'Amsterdam',
        postalCode: '1015 AA',
        country: 'NL',
        vatId: null,
        billingEmail: 'billing@northwind.example',
        currency: 'EUR',
        archived: false,
        balance: balance({ month }),
        retainers: [],
      },
    },
  },
};

const time = {
  request: {
    query: clientTimeEntriesQuery,
    variables: {
      filter: { clientId: 'c-1', from: `${month}-01`, to: `${month}-${String(daysInMonth(month)).padStart(2, '0')}` },
      first: 50,
    },
  },
  result: {
    data: {
      timeEntries: {
        __typename: 'TimeEntryConnection',
        nodes: [
          {
            __typename: 'TimeEntry',
            id: 't-1',
            date: `${month}-02`,
            minutes: 120,
            category: 'ADVISORY',
            description: 'Roadmap review',
            billable: true,
            locked: false,
            retainer: { __typename: 'Retainer', id: 'r-1', title: 'Fractional CTO' },
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        totalCount: 1,
      },
    },
  },
};

describe('ClientWorkspace for the client viewer (the CEO)', () => {
  it('has a Time tab with the billable time read-only', async () => {
    renderApp(<ClientWorkspace clientId="c-1" mode="viewer" />, {
      viewer: makeViewer('CLIENT_VIEWER'),
      path: '/?tab=time',
      route: '/',
      mocks: [detail, time],
    });
    const tabs = await screen.findByRole('tablist');
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Overview', 'Time', 'Meetings', 'Deliverables', 'Log', 'Invoices']);
    expect(within(tabs).getByRole('tab', { name: 'Time' }).getAttribute('aria-selected')).toBe('true');
    const table = await screen.findByRole('table', { name: `Time entries, ${formatMonth(month)}` });
    expect(within(table).getByText('Roadmap review')).toBeTruthy();
    expect(within(table).getByText('Advisory')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Log time/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
  });
});
