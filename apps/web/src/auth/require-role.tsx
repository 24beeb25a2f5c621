// Renders a page only for the roles it is meant for; the API enforces the same rules, this keeps
// a mistyped address from showing a page that would only fail.
import type { ReactNode } from 'react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Role } from '@/gql/graphql';
import { useSession } from './session-context';

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { role } = useSession();
  if (roles.includes(role)) return <>{children}</>;
  return (
    <Stack gap="sm" py="xl">
      <Title order={1} fz={24}>
        Page not found
      </Title>
      <Text c="dimmed">There is nothing at this address, or it is not shared with you.</Text>
      <Anchor component={Link} to="/">
        Go to your home page
      </Anchor>
    </Stack>
  );
}
