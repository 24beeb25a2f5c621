// Previous / next month, with the month's name between and a way back to the current month.
import { addMonths } from '@allot/domain';
import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { formatMonth } from './format';

export function MonthSwitcher({
  month,
  currentMonth,
  onChange,
}: {
  month: string;
  currentMonth: string;
  onChange: (month: string) => void;
}) {
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label="Month">
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => onChange(addMonths(month, -1))}
        aria-label={`Previous month, ${formatMonth(addMonths(month, -1))}`}
      >
        <span aria-hidden>‹</span>
      </ActionIcon>
      <Text fw={600} miw={130} ta="center" aria-live="polite">
        {formatMonth(month)}
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => onChange(addMonths(month, 1))}
        aria-label={`Next month, ${formatMonth(addMonths(month, 1))}`}
      >
        <span aria-hidden>›</span>
      </ActionIcon>
      {/* Always laid out, hidden on the current month: appearing after a first click on an arrow
          would shift the arrows from under the pointer. (Hidden, it is out of the tab order.) */}
      <Button
        variant="subtle"
        size="xs"
        onClick={() => onChange(currentMonth)}
        style={month === currentMonth ? { visibility: 'hidden' } : undefined}
      >
        This month
      </Button>
    </Group>
  );
}
