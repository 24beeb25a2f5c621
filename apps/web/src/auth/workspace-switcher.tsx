// Lists the user's memberships and moves the session to another one. The page reloads after a
// switch so that nothing of the previous workspace stays in memory.
import { useMutation } from '@apollo/client/react';
import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '@/shared/errors';
import { useNotify } from '@/shared/notify';
import { roleLabel, useSession } from './session-context';
import { switchWorkspaceMutation } from './switch-workspace.mutation';

function reloadHome() {
  window.location.assign('/');
}

export function WorkspaceSwitcher({ onSwitched = reloadHome }: { onSwitched?: () => void }) {
  const { viewer, workspace, role, client } = useSession();
  const notify = useNotify();
  const [switchWorkspace] = useMutation(switchWorkspaceMutation);
  const [pending, setPending] = useState<string | null>(null);
  const others = viewer.memberships.filter((m) => m.workspace.id !== workspace.id);
  const current = (
    <Stack gap={0} style={{ minWidth: 0 }} align="flex-start">
      <Text fw={600} size="sm" truncate="end" maw={200}>
        {workspace.name}
      </Text>
      <Text size="xs" c="dimmed" truncate="end" maw={200}>
        {roleLabel[role]}
        {client ? ` · ${client.name}` : ''}
      </Text>
    </Stack>
  );
  if (others.length === 0) return current;

  const choose = async (workspaceId: string) => {
    setPending(workspaceId);
    try {
      await switchWorkspace({ variables: { workspaceId } });
      onSwitched();
    } catch (error) {
      notify(errorMessage(error), 'error');
    } finally {
      setPending(null);
    }
  };

  return (
    <Menu position="bottom-start" width={280} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          h="auto"
          py={6}
          px={8}
          loading={pending !== null}
          styles={{ inner: { justifyContent: 'flex-start' } }}
        >
          <span className="visually-hidden">Switch workspace. Current: </span>
          <Group gap="xs" wrap="nowrap">
            {current}
            <Text span c="dimmed" aria-hidden>
              ▾
            </Text>
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Switch workspace</Menu.Label>
        {others.map((m) => (
          <Menu.Item key={m.workspace.id} onClick={() => void choose(m.workspace.id)}>
            <Text size="sm" fw={500}>
              {m.workspace.name}
            </Text>
            <Text size="xs" c="dimmed">
              {roleLabel[m.role]}
              {m.client ? ` · ${m.client.name}` : ''}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
