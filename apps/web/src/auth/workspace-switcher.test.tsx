import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderApp } from '@/test/render';
import { switchWorkspaceMutation } from './switch-workspace.mutation';
import { WorkspaceSwitcher } from './workspace-switcher';

const twoWorkspaces = makeViewer('LEADER', {
  memberships: [
    {
      __typename: 'Membership',
      role: 'LEADER',
      workspace: { __typename: 'Workspace', id: 'ws-1', name: 'Jane Doe Advisory' },
      client: null,
    },
    {
      __typename: 'Membership',
      role: 'CLIENT_VIEWER',
      workspace: { __typename: 'Workspace', id: 'ws-2', name: 'Other Fractional' },
      client: { __typename: 'Client', id: 'c-9', name: 'Jane’s Startup' },
    },
  ],
});

describe('WorkspaceSwitcher', () => {
  it('only names the workspace when there is nothing to switch to', async () => {
    renderApp(<WorkspaceSwitcher />);
    expect(await screen.findByText('Jane Doe Advisory')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lists the other memberships and switches to the one chosen', async () => {
    const switched = vi.fn();
    renderApp(<WorkspaceSwitcher onSwitched={switched} />, {
      viewer: twoWorkspaces,
      mocks: [
        {
          request: { query: switchWorkspaceMutation, variables: { workspaceId: 'ws-2' } },
          result: {
            data: {
              switchWorkspace: { __typename: 'AuthPayload', expiresAt: '2026-05-01T00:00:00Z', viewer: twoWorkspaces },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: /Switch workspace/ }));
    const item = await screen.findByRole('menuitem', { name: /Other Fractional/ });
    expect(item.textContent).toContain('Client viewer · Jane’s Startup');
    fireEvent.click(item);
    await waitFor(() => expect(switched).toHaveBeenCalledTimes(1));
  });
});
