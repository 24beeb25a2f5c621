// The server's verification of a client's hash chain, for the "chain verified" badge.
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
