// One entry of the accountability log: kind, title, body, owner and due date for commitments and
// action items (with their current status), what it refers to, who wrote it and when.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { graphql } from '@/gql';
import type { ActionStatus, LogEntryItem_EntryFragment, LogKind } from '@/gql/graphql';
import { formatDate, formatDateTime } from '@/shared/format';

export const logEntryItemFragment = graphql(`
  fragment LogEntryItem_entry on LogEntry {
    id
    seq
    kind
    title
    body
    owner
    dueDate
    actionStatus
    refersTo {
      id
      seq
      kind
      title
    }
    author {
      id
      name
    }
    occurredAt
    hash
  }
`);

export const logKindLabel: Record<LogKind, string> = {
  DECISION: 'Decision',
  COMMITMENT: 'Commitment',
  ACTION_ITEM: 'Action item',
  RISK: 'Risk',
  OUTCOME: 'Outcome',
  NOTE: 'Note',
  COMMENT: 'Comment',
  STATUS_CHANGE: 'Status change',
  SYSTEM: 'System',
};

export const logKindColor: Record<LogKind, string> = {
  DECISION: 'brand',
  COMMITMENT: 'violet',
  ACTION_ITEM: 'orange',
  RISK: 'red',
  OUTCOME: 'teal',
  NOTE: 'gray',
  COMMENT: 'cyan',
  STATUS_CHANGE: 'gray',
  SYSTEM: 'gray',
};

const actionColor: Record<ActionStatus, string> = { OPEN: 'orange', DONE: 'teal', DROPPED: 'gray' };

export function LogEntryItem({
  entry,
  actions,
  today,
}: {
  entry: LogEntryItem_EntryFragment;
  /** Buttons the signed-in role may use on this entry. */
  actions?: { label: string; onClick: () => void; disabled?: boolean }[];
  /** Today in the workspace's zone, to flag open action items past their due date. */
  today?: string;
}) {
  const overdue = entry.actionStatus === 'OPEN' && !!entry.dueDate && !!today && entry.dueDate < today;
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        <Badge color={logKindColor[entry.kind]} variant="light" size="sm">
          {logKindLabel[entry.kind]}
        </Badge>
        <Text fw={600} size="sm">
          {entry.title}
        </Text>
        {entry.actionStatus && (
          <Badge color={actionColor[entry.actionStatus]} variant="outline" size="sm">
            {entry.actionStatus === 'OPEN' ? 'Open' : entry.actionStatus === 'DONE' ? 'Done' : 'Dropped'}
          </Badge>
        )}
        {overdue && (
          <Badge color="red" variant="light" size="sm">
            Overdue
          </Badge>
        )}
      </Group>
      {entry.body && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {entry.body}
        </Text>
      )}
      {(entry.owner || entry.dueDate) && (
        <Text size="xs">
          {entry.owner && <>Owner: {entry.owner}</>}
          {entry.owner && entry.dueDate && ' · '}
          {entry.dueDate && <>Due {formatDate(entry.dueDate)}</>}
        </Text>
      )}
      {entry.refersTo && (
        <Text size="xs" c="dimmed">
          About #{entry.refersTo.seq} {logKindLabel[entry.refersTo.kind].toLowerCase()} “{entry.refersTo.title}”
        </Text>
      )}
      <Text size="xs" c="dimmed">
        #{entry.seq} · {formatDateTime(entry.occurredAt)}
        {entry.author ? ` · ${entry.author.name}` : ' · system'}
      </Text>
      {actions && actions.length > 0 && (
        <Group gap={4}>
          {actions.map((a) => (
            <Button key={a.label} size="compact-xs" variant="subtle" onClick={a.onClick} disabled={a.disabled}>
              {a.label}
              {/* Many entries carry the same buttons: name the entry for screen readers. */}
              <span className="visually-hidden"> #{entry.seq}</span>
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
