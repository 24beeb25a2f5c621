import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderApp } from '@/test/render';
import { clientDeliverablesQuery } from './client-deliverables.query';
import { DeliverablesBoard } from './deliverables-board';
import { setDeliverableStatusMutation } from './set-deliverable-status.mutation';

const deliverable = (id: string, title: string, status: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Deliverable',
  id,
  title,
  description: '',
  dueDate: '2026-04-30',
  status,
  overdue: false,
  deliveredAt: null,
  acceptedAt: null,
  retainer: null,
  ...extra,
});

const list = {
  request: { query: clientDeliverablesQuery, variables: { clientId: 'c-1' } },
  result: {
    data: {
      deliverables: [
        deliverable('d-1', 'Architecture review', 'DELIVERED', { deliveredAt: '2026-04-20T10:00:00Z' }),
        deliverable('d-2', 'Hiring plan', 'IN_PROGRESS', { overdue: true, dueDate: '2026-04-01' }),
      ],
    },
  },
};

describe('DeliverablesBoard for the client viewer', () => {
  it('puts cards in their status column and flags overdue ones', async () => {
    renderApp(<DeliverablesBoard clientId="c-1" mode="viewer" retainers={[]} />, {
      viewer: makeViewer('CLIENT_VIEWER'),
      mocks: [list],
    });
    const inProgress = await screen.findByRole('region', { name: 'In progress' });
    expect(within(inProgress).getByText('Hiring plan')).toBeTruthy();
    expect(within(inProgress).getByText('Overdue')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New deliverable' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Move/ })).toBeNull();
  });

  it('accepts delivered work once confirmed, at once (optimistically)', async () => {
    renderApp(<DeliverablesBoard clientId="c-1" mode="viewer" retainers={[]} />, {
      viewer: makeViewer('CLIENT_VIEWER'),
      mocks: [
        list,
        {
          request: { query: setDeliverableStatusMutation, variables: { id: 'd-1', status: 'ACCEPTED', comment: null } },
          delay: 50,
          result: {
            data: {
              setDeliverableStatus: deliverable('d-1', 'Architecture review', 'ACCEPTED', {
                deliveredAt: '2026-04-20T10:00:00Z',
                acceptedAt: '2026-04-21T10:00:00Z',
              }),
            },
          },
        },
      ],
    });
    const delivered = await screen.findByRole('region', { name: 'Delivered' });
    fireEvent.click(within(delivered).getByRole('button', { name: 'Accept' }));
    const confirm = await screen.findByRole('dialog', { name: 'Accept this deliverable?' });
    expect(confirm.textContent).toContain('cannot be taken back');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Accept' }));
    const accepted = screen.getByRole('region', { name: 'Accepted' });
    await waitFor(() => expect(within(accepted).getByText('Architecture review')).toBeTruthy());
    expect(await screen.findByText('“Architecture review” accepted')).toBeTruthy();
  });

  it('requires a comment to request changes', async () => {
    renderApp(<DeliverablesBoard clientId="c-1" mode="viewer" retainers={[]} />, {
      viewer: makeViewer('CLIENT_VIEWER'),
      mocks: [
        list,
        {
          request: {
            query: setDeliverableStatusMutation,
            variables: { id: 'd-1', status: 'IN_PROGRESS', comment: 'Add the cost estimate' },
          },
          result: { data: { setDeliverableStatus: deliverable('d-1', 'Architecture review', 'IN_PROGRESS') } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Request changes' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Request changes' }));
    expect(await within(dialog).findByText('Say what should change')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/What should change/), {
      target: { value: 'Add the cost estimate' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Request changes' }));
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'In progress' })).getByText('Architecture review')).toBeTruthy(),
    );
  });
});

describe('DeliverablesBoard for the leader', () => {
  const leaderList = {
    request: { query: clientDeliverablesQuery, variables: { clientId: 'c-1' } },
    result: {
      data: {
        deliverables: [
          deliverable('d-1', 'Architecture review', 'DELIVERED', { deliveredAt: '2026-04-20T10:00:00Z' }),
          deliverable('d-3', 'Data strategy', 'CANCELLED'),
        ],
      },
    },
  };

  async function offered(title: string): Promise<string[]> {
    fireEvent.click(screen.getByRole('button', { name: `Move to… (“${title}”)` }));
    const menu = await screen.findByRole('menu');
    const items = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent ?? '');
    fireEvent.keyDown(menu, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    return items;
  }

  it('offers the moves of the domain’s table: a delivered one may be cancelled, a cancelled one reopened into progress', async () => {
    renderApp(<DeliverablesBoard clientId="c-1" mode="leader" retainers={[]} />, {
      viewer: makeViewer('LEADER'),
      mocks: [leaderList],
    });
    await screen.findByRole('region', { name: 'Delivered' });
    expect(await offered('Architecture review')).toEqual(['In progress', 'Cancelled']);
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 cancelled' }));
    expect(await offered('Data strategy')).toEqual(['Planned', 'In progress']);
  });
});
