// What the router shows while the first page's code loads, and when a route fails to render
// (most often: a chunk that no longer exists after a new deployment).
import { Alert, Button, Center, Code, Loader, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function BootScreen() {
  return (
    <Center mih="100vh" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed" size="sm">
          Loading Allot…
        </Text>
      </Stack>
    </Center>
  );
}

export function RouteErrorBoundary() {
  const error = useRouteError();
  const chunkFailed =
    error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Center mih="100vh" p="md">
      <Stack maw={480} gap="md">
        <Title order={1} fz={24}>
          {chunkFailed ? 'Allot has been updated' : 'Something went wrong'}
        </Title>
        <Alert color={chunkFailed ? 'blue' : 'red'} variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              {chunkFailed
                ? 'A newer version is available. Reload the page to continue.'
                : 'This page could not be shown. Reloading usually helps; if not, please tell us what you were doing.'}
            </Text>
            {!chunkFailed && <Code block>{detail}</Code>}
          </Stack>
        </Alert>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
}
