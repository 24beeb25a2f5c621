import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeViewer, renderApp } from '@/test/render';
import { accountabilityLogQuery } from './accountability-log.query';
import { LogPanel } from './log-panel';

const entry = (seq: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'LogEntry',
  id: `e-${seq}`,
  seq,
  kind: 'DECISION',
  title: `Entry ${seq}`,
  body: '',
  owner: null,
  dueDate: null,
  actionStatus: null,
  refersTo: null,
  author: { __typename: 'User', id: 'u-9', name: 'Alex Morgan' },
  occurredAt: `2026-04-0${seq}T09:00:00.000Z`,
  hash: String(seq).repeat(64).slice(0, 64),
  ...overrides,
});

describe('LogPanel for the client viewer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('offers to acknowledge an entry once, names the entry on its buttons, and flags overdue action items', async () => {
    const nodes = [
      entry(1),
      entry(2, {
        kind: 'ACTION_ITEM',
        title: 'Hire a lead',
        owner: 'Dana',
        dueDate: '2026-04-10',
        actionStatus: 'OPEN',
      }),
      entry(3, {
        kind: 'ACTION_ITEM',
        title: 'Pick a vendor',
        owner: 'Dana',
        dueDate: '2026-04-30',
        actionStatus: 'OPEN',
      }),
      // The viewer (u-1) has acknowledged #1 already.
      entry(4, {
        kind: 'COMMENT',
        title: 'Acknowledged',
        refersTo: { __typename: 'LogEntry', id: 'e-1', seq: 1, kind: 'DECISION', title: 'Entry 1' },
        author: { __typename: 'User', id: 'u-1', name: 'Jane Doe' },
      }),
    ];
    renderApp(<LogPanel clientId="c-1" mode="viewer" />, {
      viewer: makeViewer('CLIENT_VIEWER'),
      mocks: [
        {
          request: { query: accountabilityLogQuery, variables: { clientId: 'c-1', kinds: null, first: 50 } },
          result: {
            data: {
              accountabilityLog: {
                __typename: 'LogEntryConnection',
                nodes,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                totalCount: nodes.length,
              },
            },
          },
        },
      ],
    });
    const log = await screen.findByLabelText('Accountability log');
    expect(within(log).getByRole('button', { name: 'Comment #1' })).toBeTruthy();
    expect(within(log).queryByRole('button', { name: 'Acknowledge #1' })).toBeNull();
    expect(within(log).getByRole('button', { name: 'Acknowledge #2' })).toBeTruthy();
    expect(within(log).queryByRole('button', { name: /#4$/ })).toBeNull(); // nothing to do on a comment

    const overdueItem = within(log).getByText('Hire a lead').closest('div') as HTMLElement;
    expect(overdueItem.textContent).toContain('Overdue');
    const laterItem = within(log).getByText('Pick a vendor').closest('div') as HTMLElement;
    expect(laterItem.textContent).not.toContain('Overdue');
  });
});
