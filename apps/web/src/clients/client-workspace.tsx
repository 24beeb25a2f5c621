// Everything about one client, in tabs: overview (balance history, retainers), time, meetings,
// deliverables, the accountability log, invoices. The leader sees and changes it all; the client
// viewer sees their own company only: its billable time read-only, meetings without private notes.
import { addMonths } from '@allot/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Menu, Modal, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '@/auth/session-context';
import { BalanceSummary } from '@/balance/balance-summary';
import { DeliverablesBoard } from '@/deliverables/deliverables-board';
import { LogPanel } from '@/log/log-panel';
import { MeetingsPanel } from '@/meetings/meetings-panel';
import { currentMonthIn, todayIn } from '@/shared/calendar';
import { errorMessage } from '@/shared/errors';
import { countryName, formatMonth } from '@/shared/format';
import { useNotify } from '@/shared/notify';
import { PageHeader } from '@/shared/page-header';
import { PageLoader, QueryError } from '@/shared/query-state';
import { usePhoneLayout } from '@/shared/use-phone-layout';
import { useViewParams } from '@/shared/use-view-params';
import { useQuickEntry } from '@/time/quick-entry-context';
import { TimeEntriesPanel } from '@/time/time-entries-panel';
import { archiveClientMutation } from './archive-client.mutation';
import { clientDetailQuery } from './client-detail.query';
import { cleanClient, ClientForm } from './client-form';
import { ClientInvoicesPanel } from './client-invoices-panel';
import { ClientOverview } from './client-overview';
import { updateClientMutation } from './update-client.mutation';

type Mode = 'leader' | 'viewer';
const TABS: Record<Mode, { value: string; label: string }[]> = {
  leader: [
    { value: 'overview', label: 'Overview' },
    { value: 'time', label: 'Time' },
    { value: 'meetings', label: 'Meetings' },
    { value: 'deliverables', label: 'Deliverables' },
    { value: 'log', label: 'Log' },
    { value: 'invoices', label: 'Invoices' },
  ],
  viewer: [
    { value: 'overview', label: 'Overview' },
    { value: 'time', label: 'Time' },
    { value: 'meetings', label: 'Meetings' },
    { value: 'deliverables', label: 'Deliverables' },
    { value: 'log', label: 'Log' },
    { value: 'invoices', label: 'Invoices' },
  ],
};

export function ClientWorkspace({ clientId, mode }: { clientId: string; mode: Mode }) {
  const { workspace, minutesPerDay } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const quickEntry = useQuickEntry();
  const [params, updateParams] = useViewParams();
  const currentMonth = currentMonthIn(workspace.timezone);
  const fromMonth = addMonths(currentMonth, -11);
  const tabs = TABS[mode];
  const tab = tabs.some((t) => t.value === params.get('tab')) ? (params.get('tab') as string) : 'overview';
  const phone = usePhoneLayout();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);

  const { data, loading, error, refetch } = useQuery(clientDetailQuery, {
    variables: { id: clientId, month: currentMonth, from: fromMonth },
  });
  const [updateClient, updating] = useMutation(updateClientMutation);
  const [archiveClient, archivingState] = useMutation(archiveClientMutation, {
    refetchQueries: ['ClientsList', 'Dashboard', 'QuickEntryOptions'],
  });

  if (loading && !data) return <PageLoader label="Loading client" />;
  if (!data) return <QueryError error={error} title="Could not load this client" onRetry={() => void refetch()} />;
  const client = data.client;
  if (!client) {
    return <QueryError error={new Error('This client does not exist or is not shared with you.')} title="Not found" />;
  }

  const activeRetainers = client.retainers.filter(
    (r) => r.startMonth <= currentMonth && (!r.endMonth || currentMonth <= r.endMonth),
  );

  const archive = async () => {
    try {
      await archiveClient({ variables: { id: client.id } });
      notify(`${client.name} archived`);
      setArchiving(false);
      navigate('/clients');
    } catch (e) {
      notify(errorMessage(e), 'error');
    }
  };

  return (
    <>
      <PageHeader
        title={client.name}
        badge={
          client.archived ? (
            <Badge color="gray" variant="light">
              Archived
            </Badge>
          ) : undefined
        }
        subtitle={`${client.legalName} · ${countryName(client.country)} · ${client.currency}`}
        actions={
          mode === 'leader' && (
            <>
              {!client.archived && (
                <Button onClick={() => quickEntry.open({ clientId: client.id })}>
                  Log time<span className="visually-hidden"> for {client.name}</span>
                </Button>
              )}
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="default">
                    More<span className="visually-hidden"> actions for {client.name}</span>…
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => setEditing(true)}>Edit details</Menu.Item>
                  {!client.archived && (
                    <Menu.Item color="red" onClick={() => setArchiving(true)}>
                      Archive client
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            </>
          )
        }
      />
      <Stack gap="lg">
        <BalanceSummary
          balance={client.balance}
          title={`This month · ${formatMonth(currentMonth)}`}
          covered={activeRetainers.length > 0}
        />
        <Tabs
          // On a phone the tabs wrap onto two rows: as pills that reads as a set of buttons
          // rather than an underline broken in two.
          variant={phone ? 'pills' : 'default'}
          value={tab}
          onChange={(value) => {
            updateParams((next) => {
              if (value && value !== 'overview') next.set('tab', value);
              else next.delete('tab');
            });
          }}
          keepMounted={false}
        >
          <Tabs.List style={phone ? { gap: 4 } : undefined}>
            {tabs.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overview" pt="md">
            <ClientOverview client={client} mode={mode} fromMonth={fromMonth} currentMonth={currentMonth} />
          </Tabs.Panel>
          <Tabs.Panel value="time" pt="md">
            <TimeEntriesPanel
              clientId={client.id}
              currentMonth={currentMonth}
              minutesPerDay={minutesPerDay}
              multipleRetainers={client.retainers.length > 1}
              {...(mode === 'leader'
                ? { onLogTime: () => quickEntry.open({ clientId: client.id }) }
                : { readOnly: true as const })}
            />
          </Tabs.Panel>
          <Tabs.Panel value="meetings" pt="md">
            <MeetingsPanel
              clientId={client.id}
              canManage={mode === 'leader'}
              retainers={client.retainers}
              minutesPerDay={minutesPerDay}
              today={todayIn(workspace.timezone)}
            />
          </Tabs.Panel>
          <Tabs.Panel value="deliverables" pt="md">
            <DeliverablesBoard clientId={client.id} mode={mode} retainers={activeRetainers} />
          </Tabs.Panel>
          <Tabs.Panel value="log" pt="md">
            <LogPanel clientId={client.id} mode={mode} />
          </Tabs.Panel>
          <Tabs.Panel value="invoices" pt="md">
            <ClientInvoicesPanel
              clientId={client.id}
              emptyHint={
                mode === 'leader'
                  ? 'No invoices yet. Generate the month’s drafts on the Invoices page.'
                  : 'No invoices have been issued to you yet.'
              }
            />
          </Tabs.Panel>
        </Tabs>
      </Stack>

      <Modal opened={editing} onClose={() => setEditing(false)} title={`Edit ${client.name}`} size="xl">
        {editing && (
          <ClientForm
            initial={{
              name: client.name,
              legalName: client.legalName,
              addressLine: client.addressLine,
              city: client.city,
              postalCode: client.postalCode,
              country: client.country,
              vatId: client.vatId ?? '',
              billingEmail: client.billingEmail,
              currency: client.currency,
            }}
            currencyEditable={false}
            submitLabel="Save"
            saving={updating.loading}
            onCancel={() => setEditing(false)}
            onSubmit={async (values) => {
              const { currency: _currency, ...input } = cleanClient(values);
              await updateClient({ variables: { input: { id: client.id, ...input } } });
              notify('Client updated');
              setEditing(false);
            }}
          />
        )}
      </Modal>
      <Modal opened={archiving} onClose={() => setArchiving(false)} title={`Archive ${client.name}?`}>
        <Stack gap="md">
          <Text size="sm">
            The client leaves your dashboard and lists. Its retainers, time, log and invoices are kept; you can still
            find it under “Show archived clients”.
          </Text>
          <Paper>
            <Stack gap="xs" align="flex-end">
              <Button color="red" loading={archivingState.loading} onClick={() => void archive()}>
                Archive
              </Button>
            </Stack>
          </Paper>
        </Stack>
      </Modal>
    </>
  );
}
