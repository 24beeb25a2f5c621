import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderApp } from '@/test/render';
import { clientTimeEntriesQuery } from './client-time-entries.query';
import { TimeEntriesPanel } from './time-entries-panel';

const entry = (
  id: string,
  date: string,
  minutes: number,
  category: string,
  description: string,
  extra: Record<string, unknown> = {},
) => ({
  __typename: 'TimeEntry',
  id,
  date,
  minutes,
  category,
  description,
  billable: true,
  locked: false,
  retainer: { __typename: 'Retainer', id: 'r-1', title: 'Fractional CTO' },
  ...extra,
});

function april(nodes: unknown[]) {
  return {
    request: {
      query: clientTimeEntriesQuery,
      variables: { filter: { clientId: 'c-1', from: '2026-04-01', to: '2026-04-30' }, first: 50 },
    },
    result: {
      data: {
        timeEntries: {
          __typename: 'TimeEntryConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          totalCount: nodes.length,
        },
      },
    },
  };
}

const entries = [
  entry('t-1', '2026-04-02', 90, 'ADVISORY', 'Architecture review with the CTO', { locked: true }),
  entry('t-2', '2026-04-09', 240, 'DELIVERABLE', 'Hiring plan draft'),
];

describe('TimeEntriesPanel for the client viewer', () => {
  it('shows what the days went on — date, duration, category, note — and nothing to change', async () => {
    renderApp(
      <TimeEntriesPanel clientId="c-1" currentMonth="2026-04" minutesPerDay={480} multipleRetainers={false} readOnly />,
      {
        viewer: makeViewer('CLIENT_VIEWER'),
        mocks: [april(entries)],
      },
    );
    const table = await screen.findByRole('table', { name: 'Time entries, April 2026' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Date', 'Duration', 'Category', 'Note']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['9 Apr 2026', '4 h (0.5 d)', 'Deliverable', 'Hiring plan draft'],
      ['2 Apr 2026', '1 h 30 min (0.19 d)', 'Advisory', 'Architecture review with the CTO'],
    ]);
    expect(screen.getByText(/2 of 2 entries · billable 5 h 30 min/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Log time' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
    expect(screen.queryByText('Locked')).toBeNull();
  });

  it('says when a month has no time, without offering to log any', async () => {
    renderApp(
      <TimeEntriesPanel clientId="c-1" currentMonth="2026-04" minutesPerDay={480} multipleRetainers={false} readOnly />,
      {
        viewer: makeViewer('CLIENT_VIEWER'),
        mocks: [april([])],
      },
    );
    expect(await screen.findByText('No time logged in April 2026.')).toBeTruthy();
  });
});

describe('TimeEntriesPanel for the leader', () => {
  it('still offers logging, and editing entries of open months', async () => {
    renderApp(
      <TimeEntriesPanel
        clientId="c-1"
        currentMonth="2026-04"
        minutesPerDay={480}
        multipleRetainers={false}
        onLogTime={() => {}}
      />,
      {
        mocks: [april(entries)],
      },
    );
    const table = await screen.findByRole('table', { name: 'Time entries, April 2026' });
    expect(screen.getByRole('button', { name: 'Log time' })).toBeTruthy();
    expect(within(table).getAllByRole('button', { name: /^Actions for/ })).toHaveLength(1);
    expect(within(table).getByText('Locked')).toBeTruthy();
  });
});
