// The page for an address the app does not know.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
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
