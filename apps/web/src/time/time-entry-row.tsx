// One time entry in the client's list: date, duration, category, note, retainer, billable,
// locked; edit and delete for the leader while the month is open.
import { ActionIcon, Badge, Group, Menu, Table, Text } from '@mantine/core';
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

export function TimeEntryRow({
  entry,
  minutesPerDay,
  showRetainer,
  onEdit,
  onDelete,
}: {
  entry: TimeEntryRow_EntryFragment;
  minutesPerDay: number;
  showRetainer: boolean;
  onEdit: (entry: TimeEntryRow_EntryFragment) => void;
  onDelete: (entry: TimeEntryRow_EntryFragment) => void;
}) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(entry.date)}</Table.Td>
      <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
        {formatMinutes(entry.minutes)}
        <Text span size="xs" c="dimmed">
          {' '}
          ({formatDays(entry.minutes, minutesPerDay)})
        </Text>
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
      <Table.Td>
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
      </Table.Td>
      <Table.Td ta="right">
        {!entry.locked && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Actions for the entry of ${formatDate(entry.date)}`}>
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
        )}
      </Table.Td>
    </Table.Tr>
  );
}
