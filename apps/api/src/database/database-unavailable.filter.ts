// A database that cannot be reached (stopped, restarting, connections cut) is an expected outage,
// not a bug: REST routes (downloads) answer 503 with code SERVICE_UNAVAILABLE instead of a bare
// 500, and resolvers fail with the same coded error, logged in one line rather than a stack trace
// per request. graphql/format-error.ts maps whatever reaches it by another way.
import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { isDatabaseUnavailable } from './connection-errors.js';
import { ServiceUnavailableError } from '../common/errors.js';

const logger = new Logger('Database');

@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const unavailable = isDatabaseUnavailable(exception) && !(exception instanceof ServiceUnavailableError);
    if (unavailable) logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    if (host.getType() !== 'http') {
      // GraphQL: an error returned here becomes the field's error; undefined keeps Nest's default.
      return unavailable ? new ServiceUnavailableError() : undefined;
    }
    super.catch(unavailable ? new ServiceUnavailableError() : exception, host);
    return undefined;
  }
}
