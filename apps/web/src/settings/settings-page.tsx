// The leader's settings: workspace details, capacity, invoice prefix; members and invitations;
// the outbox of the e-mail the workspace sends.
import { useQuery } from '@apollo/client/react';
import { Tabs } from '@mantine/core';
import { PageHeader } from '@/shared/page-header';
import { PageLoader, QueryError } from '@/shared/query-state';
import { useViewParams } from '@/shared/use-view-params';
import { MembersPanel } from './members-panel';
import { OutboxPanel } from './outbox-panel';
import { WorkspaceForm } from './workspace-form';
import { workspaceSettingsQuery } from './workspace-settings.query';

export function SettingsPage() {
  const [params, updateParams] = useViewParams();
  const requested = params.get('tab');
  const tab = requested === 'members' || requested === 'outbox' ? requested : 'workspace';
  const { data, loading, error, refetch } = useQuery(workspaceSettingsQuery);
  return (
    <>
      <PageHeader title="Settings" />
      <Tabs
        value={tab}
        onChange={(v) =>
          updateParams((next) => {
            if (v === 'members' || v === 'outbox') next.set('tab', v);
            else next.delete('tab');
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="workspace">Workspace</Tabs.Tab>
          <Tabs.Tab value="members">Members and invitations</Tabs.Tab>
          <Tabs.Tab value="outbox">Outbox</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="workspace">
          {loading && !data ? (
            <PageLoader label="Loading settings" />
          ) : !data ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : (
            <WorkspaceForm key={data.workspace.id} workspace={data.workspace} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="outbox">
          <OutboxPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
