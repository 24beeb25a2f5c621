// The Apollo client: same-origin /graphql with the session cookie, JSON POSTs only (the API has
// CSRF prevention on), and a cache that knows how the contract's connections paginate.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { notifyUnauthenticated } from '@/auth/session-events';

/** Operations that are expected to answer UNAUTHENTICATED without the session having expired. */
const SIGNED_OUT_OPERATIONS = new Set(['Viewer', 'LogIn', 'SignUp', 'AcceptInvitation', 'LogOut']);

interface Connection {
  nodes: unknown[];
}

/** A `{ nodes, pageInfo, totalCount }` connection: a page fetched with `after` is appended. */
function connectionPolicy(keyArgs: string[]): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          timeEntries: connectionPolicy(['filter']),
          meetings: connectionPolicy(['filter']),
          accountabilityLog: connectionPolicy(['clientId', 'kinds']),
          invoices: connectionPolicy(['filter']),
          outbox: connectionPolicy([]),
        },
      },
      Viewer: { keyFields: [] },
      Dashboard: { keyFields: ['month'] },
      Workspace: { merge: true },
      Money: { merge: true },
      MonthBalance: { merge: true },
      Capacity: { merge: true },
      Membership: { merge: true },
    },
  });
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const http = new HttpLink({
    uri,
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  });
  const sessionGuard = new ErrorLink(({ error, operation }) => {
    if (SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '')) return;
    if (!CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) notifyUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionGuard, http]),
    cache: createCache(),
    // A ledger's figures move whenever anyone logs time or issues an invoice: every page shows
    // what it has at once and refreshes it from the API when it opens.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
