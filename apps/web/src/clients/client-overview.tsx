// The overview tab: the balance history chart and the retainers with their terms. The leader
// starts retainers and changes allocations from here.
import { monthRange } from '@allot/domain';
import { Button, Group, Modal, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { balanceHistory } from '@/balance/balance-history';
import type { ClientDetailQuery, RetainerCard_RetainerFragment } from '@/gql/graphql';
import { AdjustAllocationForm } from '@/retainers/adjust-allocation-form';
import { AmendAllocationForm } from '@/retainers/amend-allocation-form';
import { CreateRetainerForm } from '@/retainers/create-retainer-form';
import { EditRetainerForm } from '@/retainers/edit-retainer-form';
import { RetainerCard, type RetainerAction } from '@/retainers/retainer-card';

const BalanceChart = lazy(() => import('@/balance/balance-chart'));

type Client = NonNullable<ClientDetailQuery['client']>;

export function ClientOverview({
  client,
  mode,
  fromMonth,
  currentMonth,
}: {
  client: Client;
  mode: 'leader' | 'viewer';
  fromMonth: string;
  currentMonth: string;
}) {
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<{ kind: RetainerAction; retainer: RetainerCard_RetainerFragment } | null>(null);
  const rows = balanceHistory(
    client.retainers.map((r) => r.balances),
    monthRange(fromMonth, currentMonth),
  );
  const retainers = [...client.retainers].sort(
    (a, b) =>
      Number(a.endMonth != null && a.endMonth < currentMonth) -
        Number(b.endMonth != null && b.endMonth < currentMonth) || a.startMonth.localeCompare(b.startMonth),
  );
  const close = () => setAction(null);

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="history-title">
        <Title order={2} fz="md" mb="sm" id="history-title">
          Last twelve months
        </Title>
        {client.retainers.length === 0 ? (
          <Text size="sm" c="dimmed">
            No history yet.
          </Text>
        ) : (
          <Suspense fallback={<Skeleton h={280} aria-label="Loading chart" />}>
            <BalanceChart rows={rows} />
          </Suspense>
        )}
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="retainers-title">
        <Group justify="space-between">
          <Title order={2} fz="md" id="retainers-title">
            {retainers.length === 1 ? 'Retainer' : 'Retainers'}
          </Title>
          {mode === 'leader' && (
            <Button variant="default" onClick={() => setCreating(true)}>
              New retainer
            </Button>
          )}
        </Group>
        {retainers.length === 0 ? (
          <Paper withBorder p="lg" radius="md">
            <Text c="dimmed" ta="center">
              {mode === 'leader'
                ? 'No retainer yet. Create one with the days and fee you agreed; then time can be logged.'
                : 'No retainer is set up yet.'}
            </Text>
          </Paper>
        ) : (
          retainers.map((r) => (
            <RetainerCard
              key={r.id}
              retainer={r}
              currentMonth={currentMonth}
              onAction={mode === 'leader' ? (kind, retainer) => setAction({ kind, retainer }) : undefined}
            />
          ))
        )}
      </Stack>

      <Modal opened={creating} onClose={() => setCreating(false)} title="New retainer" size="xl">
        <CreateRetainerForm
          clientId={client.id}
          currency={client.currency}
          startMonth={currentMonth}
          onDone={() => setCreating(false)}
        />
      </Modal>
      <Modal
        opened={action !== null}
        onClose={close}
        size="lg"
        title={
          action?.kind === 'amend'
            ? `Change days or fee — ${action.retainer.title}`
            : action?.kind === 'adjust'
              ? `Adjust one month — ${action.retainer.title}`
              : `Edit ${action?.retainer.title ?? 'retainer'}`
        }
      >
        {action?.kind === 'amend' && (
          <AmendAllocationForm
            retainer={action.retainer}
            currency={client.currency}
            month={currentMonth}
            onDone={close}
          />
        )}
        {action?.kind === 'adjust' && (
          <AdjustAllocationForm retainer={action.retainer} month={currentMonth} onDone={close} />
        )}
        {action?.kind === 'edit' && <EditRetainerForm retainer={action.retainer} onDone={close} />}
      </Modal>
    </Stack>
  );
}
