// Members of the workspace and invitations: invite a client CEO (for one client), an accountant
// or another leader, and copy the invitation link to send them; see and revoke pending ones.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { roleLabel } from '@/auth/session-context';
import { clientsListQuery } from '@/clients/clients-list.query';
import type { InviteMemberMutation, Role } from '@/gql/graphql';
import { formatDateTime } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { FormError, PageLoader, QueryError } from '@/shared/query-state';
import { inviteMemberMutation } from './invite-member.mutation';
import { membersQuery } from './members.query';
import { PendingInvitations } from './pending-invitations';
import { pendingInvitationsQuery } from './pending-invitations.query';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLES: Role[] = ['CLIENT_VIEWER', 'ACCOUNTANT', 'LEADER'];

export function invitationLink(token: string, origin = window.location.origin): string {
  return `${origin}/accept-invitation?token=${encodeURIComponent(token)}`;
}

export function MembersPanel() {
  const members = useQuery(membersQuery);
  const clients = useQuery(clientsListQuery, { variables: { includeArchived: false } });
  const [invite, { loading }] = useMutation(inviteMemberMutation, { refetchQueries: [pendingInvitationsQuery] });
  const [invitation, setInvitation] = useState<InviteMemberMutation['inviteMember'] | null>(null);
  const form = useFormState({ email: '', role: 'CLIENT_VIEWER' as Role, clientId: '' });
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      email: EMAIL.test(v.email.trim()) ? undefined : 'Enter their e-mail address',
      clientId: v.role === 'CLIENT_VIEWER' && !v.clientId ? 'Choose the client they may see' : undefined,
    }));
    if (!ok) return;
    try {
      const { data } = await invite({
        variables: {
          input: {
            email: values.email.trim(),
            role: values.role,
            clientId: values.role === 'CLIENT_VIEWER' ? values.clientId : null,
          },
        },
      });
      setInvitation(data?.inviteMember ?? null);
      form.reset({ email: '', role: values.role, clientId: '' });
    } catch (error) {
      form.applyError(error);
    }
  };

  const clientOptions = [...(clients.data?.clients ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, label: c.name }));

  return (
    <Stack gap="lg">
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="invite-title">
        <form onSubmit={submit} noValidate aria-label="Invite someone">
          <Stack gap="md">
            <Title order={2} fz="md" id="invite-title">
              Invite someone
            </Title>
            <Text size="sm" c="dimmed">
              A client viewer sees only the client you choose; an accountant sees invoices and marks them paid.
            </Text>
            <FormError message={form.general} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput label="E-mail" type="email" required {...form.text('email')} />
              <NativeSelect
                label="Role"
                data={ROLES.map((r) => ({ value: r, label: roleLabel[r] }))}
                {...form.text('role')}
              />
              {values.role === 'CLIENT_VIEWER' && (
                <NativeSelect
                  label="Client"
                  required
                  data={[{ value: '', label: clients.loading ? 'Loading…' : 'Choose a client…' }, ...clientOptions]}
                  {...form.text('clientId')}
                />
              )}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={loading}>
                Create invitation
              </Button>
            </Group>
            {invitation && (
              <Alert color="teal" variant="light" title={`Invitation for ${invitation.email}`} role="status">
                <Stack gap="xs">
                  <Text size="sm">
                    Allot e-mails this link to {invitation.email} ({roleLabel[invitation.role]}
                    {invitation.client ? `, ${invitation.client.name}` : ''}); you can also send it yourself. It expires{' '}
                    {formatDateTime(invitation.expiresAt)}. The e-mail is in Settings → Outbox.
                  </Text>
                  <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} aria-label="Invitation link">
                    {invitationLink(invitation.token)}
                  </Code>
                  <Group>
                    <CopyButton value={invitationLink(invitation.token)}>
                      {({ copied, copy }) => (
                        <Button
                          size="xs"
                          variant={copied ? 'light' : 'filled'}
                          color={copied ? 'teal' : undefined}
                          onClick={copy}
                        >
                          {copied ? 'Link copied' : 'Copy link'}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                </Stack>
              </Alert>
            )}
          </Stack>
        </form>
      </Paper>

      <PendingInvitations />

      <Paper withBorder radius="md" component="section" aria-labelledby="members-title">
        <Title order={2} fz="md" p="md" pb={0} id="members-title">
          Members
        </Title>
        {members.loading && !members.data ? (
          <PageLoader label="Loading members" />
        ) : !members.data ? (
          <Stack p="md">
            <QueryError error={members.error} onRetry={() => void members.refetch()} />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Members">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>E-mail</Table.Th>
                  <Table.Th>Role</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.members.map((m) => (
                  <Table.Tr key={`${m.user.id}-${m.role}-${m.client?.id ?? ''}`}>
                    <Table.Td>{m.user.name}</Table.Td>
                    <Table.Td>{m.user.email}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={m.role === 'LEADER' ? 'brand' : m.role === 'ACCOUNTANT' ? 'violet' : 'cyan'}
                      >
                        {roleLabel[m.role]}
                      </Badge>
                      {m.client && (
                        <Text span size="sm" ml={6}>
                          {m.client.name}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
