import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { PendingInvitations } from './pending-invitations';
import { pendingInvitationsQuery } from './pending-invitations.query';
import { revokeInvitationMutation } from './revoke-invitation.mutation';

const invitation = (
  id: string,
  email: string,
  expiresAt: string,
  client: { id: string; name: string } | null = null,
) => ({
  __typename: 'PendingInvitation',
  id,
  email,
  role: client ? 'CLIENT_VIEWER' : 'ACCOUNTANT',
  client: client ? { __typename: 'Client', ...client } : null,
  createdAt: '2026-11-20T10:00:00Z',
  expiresAt,
});

const NOW = () => Date.parse('2026-12-04T12:00:00Z');
const listed = (invitations: unknown[]) => ({
  request: { query: pendingInvitationsQuery },
  result: { data: { invitations } },
});

describe('PendingInvitations', () => {
  it('lists pending invitations with role, client and expiry, marking expired ones', async () => {
    renderApp(<PendingInvitations now={NOW} />, {
      mocks: [
        listed([
          invitation('i-1', 'ceo@northwind.example', '2026-12-10T10:00:00Z', { id: 'c-1', name: 'Northwind Robotics' }),
          invitation('i-2', 'books@accounting.example', '2026-12-01T10:00:00Z'),
        ]),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Pending invitations' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getByText('ceo@northwind.example')).toBeTruthy();
    expect(within(first).getByText(/Northwind Robotics/)).toBeTruthy();
    expect(within(first).queryByText(/Expired/)).toBeNull();
    expect(within(second).getByText(/Expired/)).toBeTruthy();
  });

  it('says so when nothing is pending', async () => {
    renderApp(<PendingInvitations now={NOW} />, { mocks: [listed([])] });
    expect(await screen.findByText('No invitation is waiting for an answer.')).toBeTruthy();
  });

  it('revokes an invitation only after confirmation, then shows the list without it', async () => {
    const pending = invitation('i-2', 'books@accounting.example', '2026-12-10T10:00:00Z');
    renderApp(<PendingInvitations now={NOW} />, {
      mocks: [
        listed([pending]),
        {
          request: { query: revokeInvitationMutation, variables: { id: 'i-2' } },
          result: { data: { revokeInvitation: true } },
        },
        listed([]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke the invitation for books@accounting.example' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this invitation?' });
    expect(within(dialog).getByText(/stops working at once/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));
    expect(await screen.findByText('No invitation is waiting for an answer.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/was revoked: its link no longer works/)).toBeTruthy();
  });
});
