// The client viewer's home: the engagement of their own company, and nothing of anyone else's.
import { Text } from '@mantine/core';
import { useSession } from '@/auth/session-context';
import { ClientWorkspace } from './client-workspace';

export function ClientViewerHome() {
  const { client } = useSession();
  if (!client)
    return <Text c="dimmed">Your invitation is not linked to a client. Ask the leader to invite you again.</Text>;
  return <ClientWorkspace clientId={client.id} mode="viewer" />;
}
