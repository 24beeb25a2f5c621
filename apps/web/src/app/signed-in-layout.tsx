// Everything behind sign-in: loads the viewer (UNAUTHENTICATED → the sign-in page), provides the
// session, and frames the pages in the app shell.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Center, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { onUnauthenticated } from '@/auth/session-events';
import { SessionProvider } from '@/auth/session-context';
import { viewerQuery } from '@/auth/viewer.query';
import { hasErrorCode } from '@/shared/errors';
import { PageLoader, QueryError } from '@/shared/query-state';
import { AppShellLayout } from './app-shell-layout';

export function SignedInLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(viewerQuery);
  const here = `${location.pathname}${location.search}`;

  useEffect(
    () =>
      onUnauthenticated(() => {
        navigate(
          `/sign-in?reason=expired&next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
          {
            replace: true,
          },
        );
        void client.clearStore();
      }),
    [client, navigate],
  );

  if (error && hasErrorCode(error, 'UNAUTHENTICATED')) {
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  if (data) {
    return (
      <SessionProvider viewer={data.viewer}>
        <AppShellLayout />
      </SessionProvider>
    );
  }
  if (loading || !error) {
    return (
      <Center mih="100vh">
        <PageLoader label="Opening your workspace" />
      </Center>
    );
  }
  return (
    <Center mih="100vh" p="md">
      <Stack maw={480} w="100%">
        <QueryError error={error} title="Could not open your workspace" onRetry={() => void refetch()} />
        <Button variant="subtle" onClick={() => navigate('/sign-in')}>
          Go to the sign-in page
        </Button>
      </Stack>
    </Center>
  );
}
