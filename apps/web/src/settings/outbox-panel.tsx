// Settings → Outbox: every e-mail the workspace sent or would have sent, and each one as its
// recipient sees it. Without an SMTP server (the embedded default) messages stay here, not sent,
// so this is also where an invitation e-mail can be read before anything is configured.
//
// The HTML part is shown in an iframe with an empty sandbox: no scripts, no forms, no navigation,
// and an origin of its own, so nothing in a message can touch the app around it.
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Code, Group, Modal, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { OutboxQuery, OutboxStatus } from '@/gql/graphql';
import { formatDateTime } from '@/shared/format';
import { PageLoader, QueryError } from '@/shared/query-state';
import { outboxQuery } from './outbox.query';

type Message = OutboxQuery['outbox']['nodes'][number];

const PAGE_SIZE = 20;

const STATUS: Record<OutboxStatus, { label: string; color: string }> = {
  QUEUED: { label: 'Queued', color: 'blue' },
  SENT: { label: 'Sent', color: 'teal' },
  FAILED: { label: 'Failed', color: 'red' },
  NOT_SENT: { label: 'Not sent: no SMTP configured', color: 'gray' },
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <Badge color={STATUS[status].color} variant="light">
      {STATUS[status].label}
    </Badge>
  );
}

export function OutboxPanel() {
  const outbox = useQuery(outboxQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<Message | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const page = outbox.data?.outbox;

  const loadMore = async () => {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      // The cache appends the older page (connectionPolicy in app/apollo.ts).
      await outbox.fetchMore({ variables: { first: PAGE_SIZE, after: page.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="outbox-title">
      <Group justify="space-between" p="md" pb={0}>
        <Title order={2} fz="md" id="outbox-title">
          Outbox
        </Title>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => void outbox.refetch()}
          loading={outbox.loading && !!outbox.data}
        >
          Refresh
        </Button>
      </Group>
      <Text size="sm" c="dimmed" px="md" pt={4}>
        The e-mail Allot sends for this workspace, such as invitations, newest first.
      </Text>
      {outbox.loading && !outbox.data ? (
        <PageLoader label="Loading the outbox" />
      ) : !page ? (
        <Stack p="md">
          <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
        </Stack>
      ) : page.nodes.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          No e-mail yet. Inviting someone sends the first.
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Outbox">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Subject</Table.Th>
                  {/* Room for the longest status, "Not sent: no SMTP configured", uncut. */}
                  <Table.Th style={{ minWidth: 250 }}>Status</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((message) => (
                  <Table.Tr key={message.id}>
                    <Table.Td>{message.recipient}</Table.Td>
                    <Table.Td>{message.subject}</Table.Td>
                    <Table.Td>
                      <OutboxStatusBadge status={message.status} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(message.createdAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setOpen(message)}
                        aria-label={`Open the e-mail to ${message.recipient}: ${message.subject}`}
                      >
                        Open
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {page.pageInfo.hasNextPage && (
            <Group justify="center" p="md">
              <Button variant="default" size="xs" onClick={() => void loadMore()} loading={loadingMore}>
                Show older e-mail
              </Button>
            </Group>
          )}
        </>
      )}
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.subject ?? ''} size="xl">
        {open && <OutboxMessageView message={open} />}
      </Modal>
    </Paper>
  );
}

export function OutboxMessageView({ message }: { message: Message }) {
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">
          To <strong>{message.recipient}</strong>
        </Text>
        <OutboxStatusBadge status={message.status} />
      </Group>
      <Text size="xs" c="dimmed">
        Created {formatDateTime(message.createdAt)}
        {message.sentAt ? `, sent ${formatDateTime(message.sentAt)}` : ''}
        {message.attempts > 0 ? ` · ${message.attempts} ${message.attempts === 1 ? 'attempt' : 'attempts'}` : ''}
      </Text>
      {message.lastError && (
        <Alert
          color={message.status === 'FAILED' ? 'red' : 'gray'}
          variant="light"
          title={message.status === 'NOT_SENT' ? 'Not sent' : 'Last attempt'}
        >
          {message.lastError}
        </Alert>
      )}
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html">As the recipient sees it</Tabs.Tab>
          <Tabs.Tab value="text">Text version</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          <iframe
            title={`E-mail to ${message.recipient}`}
            sandbox=""
            srcDoc={message.html}
            referrerPolicy="no-referrer"
            style={{
              width: '100%',
              height: 560,
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 4,
              background: '#fff',
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} aria-label="Text of the e-mail">
            {message.text}
          </Code>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
