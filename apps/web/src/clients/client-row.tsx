// One client in the clients table: name (links to its page), country, currency, archived badge.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import type { ClientRow_ClientFragment } from '@/gql/graphql';
import { countryName, currencyName } from '@/shared/format';

export const clientRowFragment = graphql(`
  fragment ClientRow_client on Client {
    id
    name
    legalName
    country
    currency
    archived
  }
`);

export function ClientRow({ client }: { client: ClientRow_ClientFragment }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
          {client.name}
        </Anchor>
        {client.legalName && client.legalName !== client.name && (
          <Text size="xs" c="dimmed">
            {client.legalName}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {countryName(client.country)}{' '}
          <Text span size="xs" c="dimmed">
            ({client.country})
          </Text>
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={currencyName(client.currency)}>
          {client.currency}
        </Text>
      </Table.Td>
      <Table.Td>
        {client.archived ? (
          <Badge color="gray" variant="light">
            Archived
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            Active
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
