// Loading and error states shared by every page: a labelled loader, and an alert that says what
// went wrong with a way to try again.
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { errorMessage, hasErrorCode } from './errors';

export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed" size="sm">
          {label}…
        </Text>
      </Stack>
    </Center>
  );
}

export function QueryError({
  error,
  onRetry,
  title = 'Could not load this',
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const notFound = hasErrorCode(error, 'NOT_FOUND');
  return (
    <Alert color="red" variant="light" title={notFound ? 'Not found' : title} role="alert">
      <Stack gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && !notFound && (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** A form-level error (anything not shown at a field). */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" title="Not saved">
      {message}
    </Alert>
  );
}
