// Adding a client. On success the new client joins the cached lists at once and its page opens.
import { useMutation } from '@apollo/client/react';
import { Paper } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSession } from '@/auth/session-context';
import { PageHeader } from '@/shared/page-header';
import { useNotify } from '@/shared/notify';
import { cleanClient, ClientForm, emptyClient } from './client-form';
import { createClientMutation } from './create-client.mutation';

export function CreateClientPage() {
  const { workspace } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const [createClient, { loading }] = useMutation(createClientMutation, {
    update(cache, { data }) {
      const created = data?.createClient;
      if (!created) return;
      cache.modify({
        fields: {
          clients(existing, { toReference }) {
            const ref = toReference(created);
            return Array.isArray(existing) && ref ? [...existing, ref] : existing;
          },
        },
      });
    },
  });

  return (
    <>
      <PageHeader title="New client" subtitle="The company's details appear on its invoices." />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" maw={880}>
        <ClientForm
          initial={emptyClient(workspace.currency)}
          currencyEditable
          submitLabel="Create client"
          saving={loading}
          onCancel={() => navigate('/clients')}
          onSubmit={async (values) => {
            const { data } = await createClient({ variables: { input: cleanClient(values) } });
            const created = data?.createClient;
            if (!created) return;
            notify(`${created.name} added`);
            navigate(`/clients/${created.id}`);
          }}
        />
      </Paper>
    </>
  );
}
