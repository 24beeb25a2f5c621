// The signed-in user's menu: who they are, and signing out (the API clears the cookie).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/shared/errors';
import { useNotify } from '@/shared/notify';
import { logOutMutation } from './log-out.mutation';
import { roleLabel, useSession } from './session-context';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

export function UserMenu() {
  const { viewer, role } = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const notify = useNotify();
  const [logOut, { loading }] = useMutation(logOutMutation);

  const signOut = async () => {
    try {
      await logOut();
      navigate('/sign-in', { replace: true });
      await client.clearStore();
    } catch (error) {
      notify(`Could not sign out: ${errorMessage(error)}`, 'error');
    }
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton style={{ borderRadius: '50%' }}>
          <Avatar color="brand" variant="filled" radius="xl" size={36} aria-hidden>
            {initials(viewer.user.name)}
          </Avatar>
          <span className="visually-hidden">Account: {viewer.user.name}</span>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {viewer.user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {viewer.user.email}
          </Text>
          <Text size="xs" c="dimmed">
            {roleLabel[role]}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()} disabled={loading} color="red">
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
