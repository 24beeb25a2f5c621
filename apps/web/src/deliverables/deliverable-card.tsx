// One deliverable on the board: title, due date (overdue flagged), description, and the moves
// the signed-in role may make.
import { Badge, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { graphql } from '@/gql';
import type { DeliverableCard_DeliverableFragment, DeliverableStatus } from '@/gql/graphql';
import { formatDate, formatDateTime } from '@/shared/format';

export const deliverableCardFragment = graphql(`
  fragment DeliverableCard_deliverable on Deliverable {
    id
    title
    description
    dueDate
    status
    overdue
    deliveredAt
    acceptedAt
    retainer {
      id
      title
    }
  }
`);

export const deliverableStatusLabel: Record<DeliverableStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DELIVERED: 'Delivered',
  ACCEPTED: 'Accepted',
  CANCELLED: 'Cancelled',
};

/** The statuses the leader may move a deliverable to from `status`. */
export function leaderMoves(status: DeliverableStatus): DeliverableStatus[] {
  switch (status) {
    case 'PLANNED':
      return ['IN_PROGRESS', 'DELIVERED', 'CANCELLED'];
    case 'IN_PROGRESS':
      return ['DELIVERED', 'PLANNED', 'CANCELLED'];
    case 'DELIVERED':
      return ['IN_PROGRESS'];
    case 'CANCELLED':
      return ['PLANNED'];
    case 'ACCEPTED':
      return [];
  }
}

export function DeliverableCard({
  deliverable,
  mode,
  onMove,
  onEdit,
  onRequestChanges,
}: {
  deliverable: DeliverableCard_DeliverableFragment;
  mode: 'leader' | 'viewer';
  onMove: (d: DeliverableCard_DeliverableFragment, status: DeliverableStatus) => void;
  onEdit?: (d: DeliverableCard_DeliverableFragment) => void;
  onRequestChanges?: (d: DeliverableCard_DeliverableFragment) => void;
}) {
  const moves = mode === 'leader' ? leaderMoves(deliverable.status) : [];
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={deliverable.title}>
      <Stack gap={6}>
        <Text fw={600} size="sm">
          {deliverable.title}
        </Text>
        <Group gap={6}>
          {deliverable.dueDate && (
            <Text size="xs" c={deliverable.overdue ? 'red.9' : 'dimmed'} fw={deliverable.overdue ? 600 : 400}>
              Due {formatDate(deliverable.dueDate)}
            </Text>
          )}
          {deliverable.overdue && (
            <Badge color="red" variant="light" size="sm">
              Overdue
            </Badge>
          )}
        </Group>
        {deliverable.description && (
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {deliverable.description}
          </Text>
        )}
        {deliverable.status === 'DELIVERED' && deliverable.deliveredAt && (
          <Text size="xs" c="dimmed">
            Delivered {formatDateTime(deliverable.deliveredAt)}
          </Text>
        )}
        {deliverable.status === 'ACCEPTED' && deliverable.acceptedAt && (
          <Text size="xs" c="dimmed">
            Accepted {formatDateTime(deliverable.acceptedAt)}
          </Text>
        )}
        {mode === 'viewer' && deliverable.status === 'DELIVERED' && (
          <Group gap="xs">
            <Button size="xs" onClick={() => onMove(deliverable, 'ACCEPTED')}>
              Accept
            </Button>
            <Button size="xs" variant="default" onClick={() => onRequestChanges?.(deliverable)}>
              Request changes
            </Button>
          </Group>
        )}
        {mode === 'leader' && (moves.length > 0 || onEdit) && (
          <Group gap="xs">
            {moves.length > 0 && (
              <Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="default">
                    Move to…<span className="visually-hidden"> (“{deliverable.title}”)</span>
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {moves.map((s) => (
                    <Menu.Item key={s} onClick={() => onMove(deliverable, s)}>
                      {deliverableStatusLabel[s]}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
            {onEdit && deliverable.status !== 'ACCEPTED' && (
              <Button size="xs" variant="subtle" onClick={() => onEdit(deliverable)}>
                Edit<span className="visually-hidden"> “{deliverable.title}”</span>
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
