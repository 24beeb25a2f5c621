// Rendering a component as the app does — Mantine theme, Apollo (with mocked responses), a router
// and a signed-in session — for component tests.
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '@/app/apollo';
import { cssVariablesResolver, theme } from '@/app/theme';
import { SessionProvider } from '@/auth/session-context';
import type { Role, SessionViewer_ViewerFragment } from '@/gql/graphql';
import { NotifyProvider } from '@/shared/notify';
import { routerFlushSync } from '@/shared/use-view-params';

export function makeViewer(
  role: Role = 'LEADER',
  overrides: Partial<Pick<SessionViewer_ViewerFragment, 'memberships'>> = {},
): SessionViewer_ViewerFragment {
  const workspace = {
    __typename: 'Workspace' as const,
    id: 'ws-1',
    name: 'Jane Doe Advisory',
    timezone: 'Europe/Amsterdam',
    currency: 'EUR',
    hoursPerDay: 8,
  };
  const client =
    role === 'CLIENT_VIEWER' ? { __typename: 'Client' as const, id: 'c-1', name: 'Northwind Robotics' } : null;
  return {
    __typename: 'Viewer',
    user: { __typename: 'User', id: 'u-1', name: 'Jane Doe', email: 'jane@example.test' },
    membership: { __typename: 'Membership', role, workspace, client },
    memberships: overrides.memberships ?? [
      {
        __typename: 'Membership',
        role,
        workspace: { __typename: 'Workspace', id: 'ws-1', name: workspace.name },
        client,
      },
    ],
  };
}

interface Options {
  mocks?: ReadonlyArray<MockLink.MockedResponse<any, any>>;
  viewer?: SessionViewer_ViewerFragment | null;
  /** The path the component is rendered at, and its route pattern. */
  path?: string;
  route?: string;
  /** Other routes, so navigation can be asserted ("/clients/:id" → a marker). */
  otherRoutes?: { path: string; element: ReactNode }[];
}

export function renderApp(ui: ReactElement, options: Options = {}) {
  const { mocks = [], viewer = makeViewer(), path = '/', route = path, otherRoutes = [] } = options;
  const element = viewer ? <SessionProvider viewer={viewer}>{ui}</SessionProvider> : ui;
  const router = createMemoryRouter(
    [{ path: route, element }, ...otherRoutes, { path: '*', element: <div>Elsewhere</div> }],
    { initialEntries: [path] },
  );
  const utils = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <MockedProvider mocks={mocks} cache={createCache()}>
        <NotifyProvider>
          <RouterProvider router={router} flushSync={routerFlushSync} />
        </NotifyProvider>
      </MockedProvider>
    </MantineProvider>,
  );
  return { ...utils, router };
}

/** A GraphQL error response as the API sends it. */
export function graphQLError(message: string, code: string, field?: string) {
  return { message, extensions: field ? { code, field } : { code } };
}
