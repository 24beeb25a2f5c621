// The invitations still waiting for an answer, with a way to take one back (a link sent to the
// wrong address, someone who left). The link itself is shown only once, when it is made: to send
// it again, revoke and invite anew.
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { roleLabel } from '@/auth/session-context';
import type { PendingInvitationsQuery } from '@/gql/graphql';
import { errorMessage } from '@/shared/errors';
import { formatDateTime } from '@/shared/format';
import { useNotify } from '@/shared/notify';
import { PageLoader, QueryError } from '@/shared/query-state';
import { pendingInvitationsQuery } from './pending-invitations.query';
import { revokeInvitationMutation } from './revoke-invitation.mutation';

type Invitation = PendingInvitationsQuery['invitations'][number];

export function PendingInvitations({ now = () => Date.now() }: { now?: () => number }) {
  const pending = useQuery(pendingInvitationsQuery);
  const [revoke, { loading }] = useMutation(revokeInvitationMutation, { refetchQueries: [pendingInvitationsQuery] });
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const notify = useNotify();

  const confirm = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { id: revoking.id } });
      notify(`The invitation for ${revoking.email} was revoked: its link no longer works.`);
      setRevoking(null);
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="pending-title">
      <Title order={2} fz="md" p="md" pb={0} id="pending-title">
        Pending invitations
      </Title>
      {pending.loading && !pending.data ? (
        <PageLoader label="Loading invitations" />
      ) : !pending.data ? (
        <Stack p="md">
          <QueryError error={pending.error} onRetry={() => void pending.refetch()} />
        </Stack>
      ) : pending.data.invitations.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          No invitation is waiting for an answer.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Pending invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.data.invitations.map((invitation) => {
                const expired = new Date(invitation.expiresAt).getTime() <= now();
                return (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>
                      {roleLabel[invitation.role]}
                      {invitation.client ? `, ${invitation.client.name}` : ''}
                    </Table.Td>
                    <Table.Td>
                      {expired ? (
                        <Badge color="gray" variant="light">
                          Expired {formatDateTime(invitation.expiresAt)}
                        </Badge>
                      ) : (
                        formatDateTime(invitation.expiresAt)
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRevoking(invitation)}
                        aria-label={`Revoke the invitation for ${invitation.email}`}
                      >
                        Revoke
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title="Revoke this invitation?">
        <Stack gap="md">
          <Text size="sm">
            The link sent to {revoking?.email} stops working at once. You can invite them again later.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setRevoking(null)}>
              Keep it
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()} data-autofocus>
              Revoke invitation
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
