// The accountability log as a timeline, newest first, with the chain-verified badge, a filter by
// kind, and what each role may add: the leader writes entries and closes action items; the client
// viewer comments on or acknowledges entries.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Chip, Group, Modal, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '@/auth/session-context';
import type { ActionStatus, LogEntryItem_EntryFragment, LogKind } from '@/gql/graphql';
import { todayIn } from '@/shared/calendar';
import { errorMessage } from '@/shared/errors';
import { useNotify } from '@/shared/notify';
import { PageLoader, QueryError } from '@/shared/query-state';
import { accountabilityLogQuery } from './accountability-log.query';
import { appendLogEntryMutation, LOG_DEPENDENT_QUERIES } from './append-log-entry.mutation';
import { AppendEntryForm } from './append-entry-form';
import { ChainBadge } from './chain-badge';
import { logKindColor, LogEntryItem, logKindLabel } from './log-entry-item';
import { setActionItemStatusMutation } from './set-action-item-status.mutation';

const PAGE = 50;
const ACKNOWLEDGED = 'Acknowledged';
const FILTERS: LogKind[] = [
  'DECISION',
  'COMMITMENT',
  'ACTION_ITEM',
  'RISK',
  'OUTCOME',
  'NOTE',
  'COMMENT',
  'STATUS_CHANGE',
  'SYSTEM',
];

export function LogPanel({ clientId, mode }: { clientId: string; mode: 'leader' | 'viewer' }) {
  const notify = useNotify();
  const [kinds, setKinds] = useState<LogKind[]>([]);
  const [commenting, setCommenting] = useState<LogEntryItem_EntryFragment | null>(null);
  const [acknowledging, setAcknowledging] = useState<ReadonlySet<string>>(new Set());
  const { viewer, workspace } = useSession();
  const variables = { clientId, kinds: kinds.length ? kinds : null, first: PAGE };
  const { data, loading, error, refetch, fetchMore } = useQuery(accountabilityLogQuery, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const [setActionStatus] = useMutation(setActionItemStatusMutation, { refetchQueries: LOG_DEPENDENT_QUERIES });
  const [append] = useMutation(appendLogEntryMutation, { refetchQueries: LOG_DEPENDENT_QUERIES });

  const changeAction = async (entry: LogEntryItem_EntryFragment, status: ActionStatus) => {
    try {
      await setActionStatus({ variables: { id: entry.id, status, note: null } });
      notify(`“${entry.title}” marked ${status === 'DONE' ? 'done' : status === 'DROPPED' ? 'dropped' : 'open'}`);
    } catch (e) {
      notify(errorMessage(e), 'error');
    }
  };

  const acknowledge = async (entry: LogEntryItem_EntryFragment) => {
    setAcknowledging((ids) => new Set(ids).add(entry.id));
    try {
      await append({
        variables: { input: { clientId, kind: 'COMMENT', title: ACKNOWLEDGED, body: '', refersToId: entry.id } },
      });
      notify(`Acknowledged #${entry.seq}`);
    } catch (e) {
      notify(errorMessage(e), 'error');
    } finally {
      setAcknowledging((ids) => {
        const rest = new Set(ids);
        rest.delete(entry.id);
        return rest;
      });
    }
  };

  const actionsFor = (entry: LogEntryItem_EntryFragment) => {
    if (mode === 'leader') {
      if (entry.kind !== 'ACTION_ITEM') return [];
      if (entry.actionStatus === 'OPEN')
        return [
          { label: 'Mark done', onClick: () => void changeAction(entry, 'DONE') },
          { label: 'Drop', onClick: () => void changeAction(entry, 'DROPPED') },
        ];
      return [{ label: 'Reopen', onClick: () => void changeAction(entry, 'OPEN') }];
    }
    if (entry.kind === 'COMMENT' || entry.kind === 'STATUS_CHANGE') return [];
    const comment = { label: 'Comment', onClick: () => setCommenting(entry) };
    // Once is enough: the acknowledgement is itself an entry of the log, which cannot be taken back.
    if (acknowledged.has(entry.id)) return [comment];
    return [
      comment,
      { label: 'Acknowledge', onClick: () => void acknowledge(entry), disabled: acknowledging.has(entry.id) },
    ];
  };

  const entries = [...(data?.accountabilityLog.nodes ?? [])].sort((a, b) => b.seq - a.seq);
  const acknowledged = new Set(
    entries
      .filter((e) => e.kind === 'COMMENT' && e.title === ACKNOWLEDGED && e.author?.id === viewer.user.id && e.refersTo)
      .map((e) => e.refersTo!.id),
  );
  const today = todayIn(workspace.timezone);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <ChainBadge clientId={clientId} />
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={2} fz="md">
            {mode === 'viewer' ? 'Add a comment' : 'Add to the log'}
          </Title>
          <AppendEntryForm clientId={clientId} mode={mode} />
        </Stack>
      </Paper>
      <Chip.Group multiple value={kinds} onChange={(v) => setKinds(v as LogKind[])}>
        <Group gap={6} role="group" aria-label="Show only these kinds">
          {FILTERS.map((k) => (
            <Chip key={k} value={k} size="xs" color={logKindColor[k]} variant="outline">
              {logKindLabel[k]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {loading && !data ? (
        <PageLoader label="Loading the log" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : entries.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text c="dimmed" ta="center">
            {kinds.length
              ? 'No entries of these kinds.'
              : mode === 'leader'
                ? 'The log is empty. Record a meeting or add a decision to start it.'
                : 'Nothing has been logged yet.'}
          </Text>
        </Paper>
      ) : (
        <>
          <Timeline bulletSize={14} lineWidth={2} aria-label="Accountability log">
            {entries.map((entry) => (
              <Timeline.Item key={entry.id} color={logKindColor[entry.kind]}>
                <LogEntryItem entry={entry} actions={actionsFor(entry)} today={today} />
              </Timeline.Item>
            ))}
          </Timeline>
          <Group justify="space-between" wrap="wrap">
            <Text size="xs" c="dimmed">
              {entries.length} of {data.accountabilityLog.totalCount} entries
            </Text>
            {data.accountabilityLog.pageInfo.hasNextPage && (
              <Button
                variant="default"
                size="xs"
                loading={loading}
                onClick={() =>
                  void fetchMore({ variables: { ...variables, after: data.accountabilityLog.pageInfo.endCursor } })
                }
              >
                Load older entries
              </Button>
            )}
          </Group>
        </>
      )}
      <Modal opened={commenting !== null} onClose={() => setCommenting(null)} title="Comment" size="lg">
        {commenting && (
          <AppendEntryForm clientId={clientId} mode="viewer" refersTo={commenting} onDone={() => setCommenting(null)} />
        )}
      </Modal>
    </Stack>
  );
}
