// The server's own verification of a client's hash chain: it tells the badge when the log changed
// (mutations refetch it by name) and whether the server itself reports a break.
import { graphql } from '@/gql';

export const verifyAccountabilityLogQuery = graphql(`
  query VerifyAccountabilityLog($clientId: ID!) {
    verifyAccountabilityLog(clientId: $clientId) {
      ok
      entryCount
      headHash
      firstBrokenSeq
    }
  }
`);
