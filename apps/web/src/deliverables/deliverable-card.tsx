// One deliverable on the board: title, due date (overdue flagged), description, and the moves
// the signed-in role may make, as the domain's DELIVERABLE_MOVES lists them.
import { deliverableMoves, type DeliverableMove } from '@allot/domain';
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

/** A client viewer's answer as a button: accepting, or a move that asks what should change. */
function answerLabel(move: DeliverableMove): string {
  if (move.commentRequired) return 'Request changes';
  return move.to === 'ACCEPTED' ? 'Accept' : deliverableStatusLabel[move.to];
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
  /** A move that needs a comment: the board asks for it, then moves to `to`. */
  onRequestChanges?: (d: DeliverableCard_DeliverableFragment, to: DeliverableStatus) => void;
}) {
  const moves = deliverableMoves(mode === 'leader' ? 'LEADER' : 'CLIENT_VIEWER', deliverable.status);
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
        {mode === 'viewer' && moves.length > 0 && (
          <Group gap="xs">
            {moves.map((m) => (
              <Button
                key={m.to}
                size="xs"
                variant={m.commentRequired ? 'default' : 'filled'}
                onClick={() => (m.commentRequired ? onRequestChanges?.(deliverable, m.to) : onMove(deliverable, m.to))}
              >
                {answerLabel(m)}
              </Button>
            ))}
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
                  {moves.map((m) => (
                    <Menu.Item key={m.to} onClick={() => onMove(deliverable, m.to)}>
                      {deliverableStatusLabel[m.to]}
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
