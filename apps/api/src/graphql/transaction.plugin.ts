// Ends each GraphQL request's transaction before the response is sent: commit when the
// operation succeeded, roll back when any error occurred, so a refused request writes nothing
// and a client never sees success for a write that did not commit.
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { RequestScope } from '../database/request-scope.js';
import { isDatabaseUnavailable } from '../database/connection-errors.js';

interface Context {
  req: Request & { allotScope?: RequestScope };
}

const logger = new Logger('Transaction');

export function transactionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(requestContext) {
      // Held from here until the transaction is ended below: a client that disconnects meanwhile
      // does not end it under the resolvers still running.
      const held = requestContext.contextValue.req?.allotScope;
      held?.enter();
      return {
        async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<Context>) {
          const scope = requestContext.contextValue.req?.allotScope;
          if (!scope) return;
          try {
            await endTransaction(scope, requestContext);
          } finally {
            if (scope === held) await scope.exit();
          }
        },
      };
    },
  };
}

async function endTransaction(scope: RequestScope, requestContext: GraphQLRequestContextWillSendResponse<Context>): Promise<void> {
  const body = requestContext.response.body;
  if (body.kind !== 'single') {
    await scope.rollback();
    return;
  }
  const failed = (body.singleResult.errors?.length ?? 0) > 0;
  if (failed) {
    await scope.rollback();
    return;
  }
  try {
    await scope.commit();
  } catch (error) {
    logger.error(`Commit failed: ${error instanceof Error ? error.message : String(error)}`);
    // The connection went away during COMMIT: whether it was saved cannot be known here.
    const failure = isDatabaseUnavailable(error)
      ? new GraphQLError('The database became unavailable while finishing this request: a change it made may not have been saved. Check, then retry.', {
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        })
      : new GraphQLError('The change could not be saved because of a concurrent change. Please retry.', {
          extensions: { code: 'CONFLICT' },
        });
    body.singleResult.data = null;
    body.singleResult.errors = [failure.toJSON()];
  }
}
