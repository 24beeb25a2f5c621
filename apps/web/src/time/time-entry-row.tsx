// One time entry in the client's list (a table row, or a list item on a phone): date, duration, category, note, retainer, billable,
// locked; edit and delete for the leader while the month is open. Read-only (the client viewer's
// view of their billable time): date, duration, category and note only.
import { ActionIcon, Badge, Box, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { graphql } from '@/gql';
import type { TimeEntryRow_EntryFragment } from '@/gql/graphql';
import { formatDate, formatDays, formatMinutes } from '@/shared/format';
import { categoryLabel } from './categories';

export const timeEntryRowFragment = graphql(`
  fragment TimeEntryRow_entry on TimeEntry {
    id
    date
    minutes
    category
    description
    billable
    locked
    retainer {
      id
      title
    }
  }
`);

interface EntryProps {
  entry: TimeEntryRow_EntryFragment;
  minutesPerDay: number;
  showRetainer: boolean;
  /** Without them the entry is read-only: no flags, no actions. */
  onEdit?: (entry: TimeEntryRow_EntryFragment) => void;
  onDelete?: (entry: TimeEntryRow_EntryFragment) => void;
}

function EntryDuration({ entry, minutesPerDay }: Pick<EntryProps, 'entry' | 'minutesPerDay'>) {
  return (
    <>
      {formatMinutes(entry.minutes)}
      <Text span size="xs" c="dimmed">
        {' '}
        ({formatDays(entry.minutes, minutesPerDay)})
      </Text>
    </>
  );
}

function EntryFlags({ entry }: Pick<EntryProps, 'entry'>) {
  if (entry.billable && !entry.locked) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {!entry.billable && (
        <Badge color="gray" variant="light">
          Non-billable
        </Badge>
      )}
      {entry.locked && (
        <Badge color="gray" variant="outline">
          Locked
        </Badge>
      )}
    </Group>
  );
}

/** Edit and delete, while the entry's month is not invoiced. */
function EntryActions({ entry, onEdit, onDelete }: Pick<EntryProps, 'entry' | 'onEdit' | 'onDelete'>) {
  if (entry.locked || !onEdit || !onDelete) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Actions for the entry of ${formatDate(entry.date)}, ${formatMinutes(entry.minutes)} ${categoryLabel[entry.category]}`}
        >
          <span aria-hidden>⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onEdit(entry)}>Edit</Menu.Item>
        <Menu.Item color="red" onClick={() => onDelete(entry)}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function TimeEntryRow({ entry, minutesPerDay, showRetainer, onEdit, onDelete }: EntryProps) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(entry.date)}</Table.Td>
      <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
        <EntryDuration entry={entry} minutesPerDay={minutesPerDay} />
      </Table.Td>
      <Table.Td>{categoryLabel[entry.category]}</Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {entry.description || '—'}
        </Text>
        {showRetainer && (
          <Text size="xs" c="dimmed">
            {entry.retainer.title}
          </Text>
        )}
      </Table.Td>
      {onEdit && onDelete && (
        <>
          <Table.Td>
            <EntryFlags entry={entry} />
          </Table.Td>
          <Table.Td ta="right">
            <EntryActions entry={entry} onEdit={onEdit} onDelete={onDelete} />
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}

/** The same entry as a list item, for a phone: a six-column table does not fit 375 px. */
export function TimeEntryItem({ entry, minutesPerDay, showRetainer, onEdit, onDelete }: EntryProps) {
  return (
    <Box component="li" px="sm" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {formatDate(entry.date)} ·{' '}
            <span className="tabular">
              <EntryDuration entry={entry} minutesPerDay={minutesPerDay} />
            </span>
          </Text>
          <Text size="xs" c="dimmed">
            {categoryLabel[entry.category]}
            {showRetainer ? ` · ${entry.retainer.title}` : ''}
          </Text>
          {entry.description && (
            <Text size="sm" lineClamp={3}>
              {entry.description}
            </Text>
          )}
          {onEdit && onDelete && <EntryFlags entry={entry} />}
        </Stack>
        <EntryActions entry={entry} onEdit={onEdit} onDelete={onDelete} />
      </Group>
    </Box>
  );
}
