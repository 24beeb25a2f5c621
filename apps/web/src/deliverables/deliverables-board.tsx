// The deliverables board: a column per status (cancelled ones tucked away). The leader moves
// cards along; the client viewer accepts delivered work or requests changes with a comment.
import { isDeliverableOverdue } from '@allot/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '@/auth/session-context';
import type { DeliverableCard_DeliverableFragment, DeliverableStatus } from '@/gql/graphql';
import { todayIn } from '@/shared/calendar';
import { errorMessage } from '@/shared/errors';
import { useNotify } from '@/shared/notify';
import { PageLoader, QueryError } from '@/shared/query-state';
import { clientDeliverablesQuery } from './client-deliverables.query';
import { DeliverableCard, deliverableStatusLabel } from './deliverable-card';
import { DeliverableForm } from './deliverable-form';
import { DELIVERABLE_DEPENDENT_QUERIES, setDeliverableStatusMutation } from './set-deliverable-status.mutation';

const COLUMNS: DeliverableStatus[] = ['PLANNED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED'];

export function DeliverablesBoard({
  clientId,
  mode,
  retainers,
}: {
  clientId: string;
  mode: 'leader' | 'viewer';
  retainers: { id: string; title: string }[];
}) {
  const notify = useNotify();
  const { workspace } = useSession();
  const { data, loading, error, refetch } = useQuery(clientDeliverablesQuery, { variables: { clientId } });
  const [setStatus] = useMutation(setDeliverableStatusMutation, { refetchQueries: DELIVERABLE_DEPENDENT_QUERIES });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<DeliverableCard_DeliverableFragment | null>(null);
  const [changing, setChanging] = useState<{
    deliverable: DeliverableCard_DeliverableFragment;
    to: DeliverableStatus;
  } | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [showCancelled, setShowCancelled] = useState(false);
  const [accepting, setAccepting] = useState<DeliverableCard_DeliverableFragment | null>(null);

  // A client's acceptance is final (recorded in the log, no way back): ask once more.
  const onMove = (d: DeliverableCard_DeliverableFragment, status: DeliverableStatus) => {
    if (mode === 'viewer' && status === 'ACCEPTED') setAccepting(d);
    else void move(d, status);
  };

  const move = async (d: DeliverableCard_DeliverableFragment, status: DeliverableStatus, note?: string) => {
    try {
      await setStatus({
        variables: { id: d.id, status, comment: note ?? null },
        optimisticResponse: {
          __typename: 'Mutation',
          setDeliverableStatus: {
            ...d,
            status,
            overdue: isDeliverableOverdue({ dueDate: d.dueDate, status }, todayIn(workspace.timezone)),
          },
        },
      });
      notify(
        status === 'ACCEPTED'
          ? `“${d.title}” accepted`
          : note
            ? 'Changes requested'
            : `“${d.title}” moved to ${deliverableStatusLabel[status]}`,
      );
      return true;
    } catch (e) {
      notify(errorMessage(e), 'error');
      return false;
    }
  };

  const requestChanges = async () => {
    if (!changing) return;
    if (!comment.trim()) {
      setCommentError('Say what should change');
      return;
    }
    if (await move(changing.deliverable, changing.to, comment.trim())) {
      setChanging(null);
      setComment('');
    }
  };

  if (loading && !data) return <PageLoader label="Loading deliverables" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;

  const all = [...data.deliverables].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const cancelled = all.filter((d) => d.status === 'CANCELLED');

  return (
    <Stack gap="md">
      {mode === 'leader' && (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>New deliverable</Button>
        </Group>
      )}
      {all.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text c="dimmed" ta="center">
            {mode === 'leader'
              ? 'No deliverables yet. Add what you promised to deliver, with a due date.'
              : 'No deliverables have been planned yet.'}
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          {COLUMNS.map((status) => {
            const cards = all.filter((d) => d.status === status);
            return (
              <Paper
                key={status}
                bg="gray.1"
                p="sm"
                radius="md"
                component="section"
                aria-label={deliverableStatusLabel[status]}
              >
                <Stack gap="sm">
                  <Group justify="space-between">
                    <Title order={2} fz="sm">
                      {deliverableStatusLabel[status]}
                    </Title>
                    <Badge variant="light" color="gray">
                      {cards.length}
                    </Badge>
                  </Group>
                  {cards.length === 0 && (
                    <Text size="xs" c="dimmed">
                      Nothing here.
                    </Text>
                  )}
                  {cards.map((d) => (
                    <DeliverableCard
                      key={d.id}
                      deliverable={d}
                      mode={mode}
                      onMove={onMove}
                      onEdit={mode === 'leader' ? setEditing : undefined}
                      onRequestChanges={(x, to) => {
                        setChanging({ deliverable: x, to });
                        setComment('');
                        setCommentError(null);
                      }}
                    />
                  ))}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
      {cancelled.length > 0 && (
        <Stack gap="sm">
          <Group>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => setShowCancelled((v) => !v)}
              aria-expanded={showCancelled}
            >
              {showCancelled ? 'Hide' : 'Show'} {cancelled.length} cancelled
            </Button>
          </Group>
          {showCancelled && (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
              {cancelled.map((d) => (
                <DeliverableCard key={d.id} deliverable={d} mode={mode} onMove={onMove} />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New deliverable" size="lg">
        <DeliverableForm clientId={clientId} retainers={retainers} onDone={() => setCreating(false)} />
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title="Edit deliverable" size="lg">
        {editing && (
          <DeliverableForm
            clientId={clientId}
            retainers={retainers}
            deliverable={editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal opened={accepting !== null} onClose={() => setAccepting(null)} title="Accept this deliverable?">
        <Stack gap="md">
          <Text size="sm">
            Accepting “{accepting?.title}” confirms the work was delivered as agreed. Your acceptance is recorded in the
            accountability log and cannot be taken back; if something should change, request changes instead.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setAccepting(null)}>
              Cancel
            </Button>
            <Button
              data-autofocus
              onClick={() => {
                if (accepting) void move(accepting, 'ACCEPTED');
                setAccepting(null);
              }}
            >
              Accept
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={changing !== null} onClose={() => setChanging(null)} title="Request changes">
        <Stack gap="md">
          <Text size="sm">
            “{changing?.deliverable.title}” goes back to {changing ? deliverableStatusLabel[changing.to] : ''} with your
            comment, which is added to the log.
          </Text>
          <Textarea
            label="What should change?"
            required
            autosize
            minRows={3}
            data-autofocus
            value={comment}
            error={commentError}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setCommentError(null);
            }}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setChanging(null)}>
              Cancel
            </Button>
            <Button onClick={() => void requestChanges()}>Request changes</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
