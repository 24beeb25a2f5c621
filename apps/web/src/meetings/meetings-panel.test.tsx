import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/gql/graphql';
import { makeViewer, renderApp } from '@/test/render';
import { clientMeetingsQuery } from './client-meetings.query';
import { MeetingsPanel } from './meetings-panel';

const held = (privateNotes?: string) => ({
  __typename: 'Meeting',
  id: 'm-1',
  kind: 'BOARD',
  title: 'Board meeting',
  startsAt: new Date(Date.now() - 86_400_000).toISOString(),
  endsAt: new Date(Date.now() - 86_400_000 + 3_600_000).toISOString(),
  status: 'HELD',
  attendees: ['CEO'],
  agenda: 'Budget',
  sharedNotes: 'Budget approved.',
  ...(privateNotes === undefined ? {} : { privateNotes }),
  timeEntry: { __typename: 'TimeEntry', id: 't-1', minutes: 60 },
});

/** The panel's two queries, answering only when asked for private notes as `withPrivateNotes` says. */
function meetingMocks(withPrivateNotes: boolean, nodes: unknown[]) {
  const since = new Date();
  since.setMonth(since.getMonth() - 6);
  since.setHours(0, 0, 0, 0);
  const page = (list: unknown[]) => ({
    data: {
      meetings: {
        __typename: 'MeetingConnection',
        nodes: list,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        totalCount: list.length,
      },
    },
  });
  return [
    {
      request: {
        query: clientMeetingsQuery,
        variables: { filter: { clientId: 'c-1', status: ['SCHEDULED'] }, first: 50, withPrivateNotes },
      },
      result: page([]),
    },
    {
      request: {
        query: clientMeetingsQuery,
        variables: {
          filter: { clientId: 'c-1', status: ['HELD', 'CANCELLED'], from: since.toISOString() },
          first: 50,
          withPrivateNotes,
        },
      },
      result: page(nodes),
    },
  ];
}

function renderPanel(role: Role, mocks: ReturnType<typeof meetingMocks>) {
  return renderApp(
    <MeetingsPanel
      clientId="c-1"
      canManage={role === 'LEADER'}
      retainers={[]}
      minutesPerDay={480}
      today="2026-04-15"
    />,
    {
      viewer: makeViewer(role),
      mocks,
    },
  );
}

describe('MeetingsPanel', () => {
  it('does not ask for private notes as the client viewer (the API refuses them), and shows the shared ones', async () => {
    renderPanel('CLIENT_VIEWER', meetingMocks(false, [held()]));
    const card = await screen.findByRole('article', { name: 'Board meeting' });
    expect(within(card).getByText('Budget approved.')).toBeTruthy();
    expect(within(card).queryByText(/Private notes/)).toBeNull();
  });

  it('asks for and shows private notes to the leader', async () => {
    renderPanel('LEADER', meetingMocks(true, [held('CFO sceptical')]));
    const card = await screen.findByRole('article', { name: 'Board meeting' });
    expect(within(card).getByText('Private notes (only you)')).toBeTruthy();
    expect(within(card).getByText('CFO sceptical')).toBeTruthy();
  });
});
