// A REST handler (a download) holds its request's scope while it runs, so a client that goes
// away mid-way does not end the transaction under it; the handler ends it by the normal rule.
// GraphQL requests are held by the transaction plugin instead, from start to response.
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { finalize, type Observable } from 'rxjs';
import type { RequestScope } from './request-scope.js';

@Injectable()
export class ScopeHoldInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const scope = context.switchToHttp().getRequest<Request & { allotScope?: RequestScope }>().allotScope;
    if (!scope) return next.handle();
    scope.enter();
    return next.handle().pipe(finalize(() => void scope.exit().catch(() => undefined)));
  }
}
