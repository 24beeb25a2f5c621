// The app's providers: Mantine theme, the Apollo client (made in main.tsx), and the router.
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { routerFlushSync } from '@/shared/use-view-params';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

export function App({ client }: { client: ApolloClient }) {
  const [router] = useState(() => createAppRouter());
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} flushSync={routerFlushSync} />
      </ApolloProvider>
    </MantineProvider>
  );
}
