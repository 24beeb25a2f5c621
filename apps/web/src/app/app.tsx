// The app's providers: Mantine theme, one Apollo client, and the router.
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { routerFlushSync } from '@/shared/use-view-params';
import { createApolloClient } from './apollo';
import { prefetchSignedIn } from './prefetch';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const [client] = useState(() => {
    const apollo = createApolloClient();
    prefetchSignedIn(apollo);
    return apollo;
  });
  const [router] = useState(() => createAppRouter());
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} flushSync={routerFlushSync} />
      </ApolloProvider>
    </MantineProvider>
  );
}
