// The leader's capacity for the month: days sold (allocated) and used/projected, against the
// days they can sell.
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { DashboardQuery } from '@/gql/graphql';
import { formatDays } from '@/shared/format';

type Capacity = NonNullable<DashboardQuery['dashboard']['capacity']>;

function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, (part / whole) * 100) : 0;
}

export function CapacityPanel({ capacity, minutesPerDay }: { capacity: Capacity; minutesPerDay: number }) {
  const d = (m: number) => formatDays(m, minutesPerDay);
  const over = capacity.allocatedMinutes > capacity.capacityMinutes;
  const projectedExtra = Math.max(0, capacity.projectedUsedMinutes - capacity.usedMinutes);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Capacity">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>Sold</Text>
            <Text size="sm" className="tabular" c={over ? 'red.9' : undefined} fw={over ? 700 : 400}>
              {d(capacity.allocatedMinutes)} of {d(capacity.capacityMinutes)} capacity
            </Text>
          </Group>
          <Progress
            value={share(capacity.allocatedMinutes, capacity.capacityMinutes)}
            color={over ? 'red' : 'brand'}
            size="lg"
            aria-label={`Allocated ${d(capacity.allocatedMinutes)} of ${d(capacity.capacityMinutes)} capacity`}
          />
          {over && (
            <Text size="xs" c="red.9">
              You have sold {d(capacity.allocatedMinutes - capacity.capacityMinutes)} more than you can deliver.
            </Text>
          )}
        </Stack>
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>Used</Text>
            <Text size="sm" className="tabular">
              {d(capacity.usedMinutes)} · projected {d(capacity.projectedUsedMinutes)}
            </Text>
          </Group>
          <Progress.Root size="lg">
            <Progress.Section
              value={share(capacity.usedMinutes, capacity.capacityMinutes)}
              color="teal"
              aria-label={`Used ${d(capacity.usedMinutes)}, projected ${d(capacity.projectedUsedMinutes)} of ${d(capacity.capacityMinutes)} capacity`}
            />
            <Progress.Section
              withAria={false}
              value={Math.min(
                100 - share(capacity.usedMinutes, capacity.capacityMinutes),
                share(projectedExtra, capacity.capacityMinutes),
              )}
              color="teal"
              style={{ opacity: 0.35 }}
            />
          </Progress.Root>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
